import type { EvaluationTransitionEventData, RoundSignedOffEvent } from '@bma-kpi/contracts-evaluation';
import type { IndicatorDetail } from '@bma-kpi/contracts-indicators';
import {
  notificationKindMetadata,
  type NotificationAudience,
  type NotificationKind,
  type TemplateVariables,
} from '@bma-kpi/notification-domain';
import { toBangkokIsoDate } from '@bma-kpi/util-thai';

/** Evaluation event data the inbox notices read: the transition fields, or the input-changed ones. */
export type EvaluationNoticeData = Pick<EvaluationTransitionEventData, 'evaluationId' | 'fiscalYear' | 'quarter' | 'indicatorId' | 'agencyCode'> & {
  reason?: string | null;
  score?: Record<string, unknown> | null;
  changedAt?: string;
};

/**
 * Returns the inbox of an audience. NOTE: until users and subscriptions exist, an agency's notices
 * go to a shared inbox `agency:<code>`, evaluators share `evaluators` and agency heads
 * `agency-head:<code>`. Integrations get no inbox items, because they will receive webhooks.
 */
export function inboxOf(audience: NotificationAudience, agencyCode: string | null): string | null {
  if (agencyCode === null && audience !== 'evaluator') {
    return null;
  }
  switch (audience) {
    case 'agency':
      return `agency:${agencyCode}`;
    case 'evaluator':
      return 'evaluators';
    case 'agencyHead':
      return `agency-head:${agencyCode}`;
    case 'integration':
      return null;
  }
}

/** Returns the inboxes a kind goes to for an agency, in the kind's audience order. */
export function inboxesFor(kind: NotificationKind, agencyCode: string | null): string[] {
  return notificationKindMetadata(kind).audiences.flatMap((audience) => inboxOf(audience, agencyCode) ?? []);
}

/** Returns the percent of a stored score, or undefined when the quarter has no score. */
function scorePercentOf(score: Record<string, unknown> | null | undefined): number | undefined {
  return score?.['status'] === 'scored' && typeof score['percent'] === 'number' ? score['percent'] : undefined;
}

/**
 * Builds the template variables of an evaluation notice from the event and the indicator it is
 * about. Optional values are left out when the event has none, so a template that needs them
 * fails loudly rather than printing a blank.
 */
export function evaluationNoticeVariables(data: EvaluationNoticeData, indicator: IndicatorDetail, publicBaseUrl: string): TemplateVariables {
  const scorePercent = scorePercentOf(data.score);

  return {
    kpiCode: indicator.code ?? indicator.id,
    // An imported record may have no title; the code or id already names the KPI.
    kpiTitleTh: indicator.title ?? '(ไม่มีชื่อตัวชี้วัด)',
    agencyNameTh: indicator.agency?.nameTh ?? data.agencyCode,
    fiscalYear: data.fiscalYear,
    quarter: data.quarter,
    link: `${publicBaseUrl}/api/v1/evaluations/rounds/${data.fiscalYear}/${data.quarter}/indicators/${data.indicatorId}`,
    ...(data.reason ? { reason: data.reason } : {}),
    ...(scorePercent === undefined ? {} : { scorePercent }),
    ...(data.changedAt ? { changedOn: toBangkokIsoDate(data.changedAt) } : {}),
  };
}

/** Builds the template variables of the notice that a round was signed off. */
export function roundSignedOffVariables(data: RoundSignedOffEvent['data'], publicBaseUrl: string): TemplateVariables {
  return {
    fiscalYear: data.fiscalYear,
    quarter: data.quarter,
    signedOffOn: toBangkokIsoDate(data.signedOffAt),
    link: `${publicBaseUrl}/api/v1/evaluations/summary?fiscalYear=${data.fiscalYear}&quarter=${data.quarter}`,
  };
}
