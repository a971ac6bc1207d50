import type { EvaluationListItem, EvaluationListResponse, FlagResponse } from '@bma-kpi/contracts-evaluation';
import type { ProgressExportItem } from '@bma-kpi/contracts-indicators';

/** An evaluation result as the integration API returns it, with its indicator's code and agency names. */
export interface IntegrationEvaluation {
  evaluationId: string;
  indicator: { id: string; code: string | null; title: string | null };
  /** Names are null when the indicators service no longer returns the indicator. */
  agency: { code: string; nameTh: string | null; nameEn: string | null };
  state: string;
  signedOff: boolean;
  /** The quarter's value stored with the last score, as the evaluation service computed it. */
  quarterValue: Record<string, unknown> | null;
  /** The stored score (percent or level by the scoring model), decimals as text. */
  score: Record<string, unknown> | null;
  flags: FlagResponse[];
  inputChangedAt: string | null;
  updatedAt: string;
}

/** One page of the evaluation results of a round. */
export interface IntegrationEvaluationPage extends Omit<EvaluationListResponse, 'items'> {
  items: IntegrationEvaluation[];
}

/**
 * Joins a page of evaluations with the indicators it names. An indicator that the indicators
 * service no longer returns keeps the evaluation's agency code, with null code, title and names.
 */
export function toIntegrationEvaluationPage(page: EvaluationListResponse, indicators: readonly ProgressExportItem[]): IntegrationEvaluationPage {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));

  return { ...page, items: page.items.map((item) => toIntegrationEvaluation(item, byId.get(item.indicatorId))) };
}

function toIntegrationEvaluation(item: EvaluationListItem, indicator: ProgressExportItem | undefined): IntegrationEvaluation {
  return {
    evaluationId: item.id,
    indicator: { id: item.indicatorId, code: indicator?.code ?? null, title: indicator?.title ?? null },
    agency: {
      code: item.agencyCode,
      nameTh: indicator?.agency?.nameTh ?? null,
      nameEn: indicator?.agency?.nameEn ?? null,
    },
    state: item.state,
    signedOff: item.signedOff,
    quarterValue: item.quarterValue,
    score: item.score,
    flags: item.flags,
    inputChangedAt: item.inputChangedAt,
    updatedAt: item.updatedAt,
  };
}
