import { Injectable } from '@nestjs/common';

import type {
  EvaluationSummaryRequest,
  EvaluationSummaryResponse,
  SummaryPlanLevel,
  SummaryStatsResponse,
} from '@bma-kpi/contracts-evaluation';
import type { ScoringIndicator } from '@bma-kpi/contracts-indicators';
import {
  EvaluationRepository,
  ModelAssignmentRepository,
  ReactionRepository,
  RoundRepository,
  type EvaluationOutcomeRecord,
} from '@bma-kpi/evaluation-data-access';
import { summariseOutcomes, type IndicatorOutcome, type OutcomeGroup, type OutcomeStats, type ScoreResult } from '@bma-kpi/evaluation-domain';

import { evaluateIndicator } from './evaluation-view';
import { IndicatorsClient } from './indicators.client';
import { readStoredModel, type StoredScoringModel } from './model-assignment.mapper';
import type { RequestMeta } from './request-meta';

const kpiTypeNames: Record<string, { th: string; en: string }> = {
  routine: { th: 'ตัวชี้วัดงานประจำ', en: 'Routine KPI' },
  strategic: { th: 'ตัวชี้วัดเชิงยุทธศาสตร์', en: 'Strategic KPI' },
  goalLevel: { th: 'ตัวชี้วัดเป้าประสงค์', en: 'Goal-level KPI' },
};

const ungrouped: OutcomeGroup = { key: 'none', nameTh: 'ไม่ระบุ', nameEn: 'Not stated' };

/** Stored evaluations of each quarter, by indicator id. */
type StoredByQuarter = Map<number, Map<string, EvaluationOutcomeRecord>>;

/** What the outcome of one indicator and quarter depends on besides the indicator. */
interface OutcomeContext {
  assigned: StoredScoringModel | null;
  stored: EvaluationOutcomeRecord | undefined;
  /** Evidence files of each agency's catalog artefacts in the fiscal year, by agency code. */
  evidence: Map<string, number>;
}

/** Grouping of a summary: the field, and the plan level when grouping by plan node. */
interface Grouping {
  groupBy: EvaluationSummaryRequest['groupBy'];
  planLevel: SummaryPlanLevel;
}

/** Group of an indicator: its agency, its plan node at the chosen level, or its KPI type. */
export function groupOf(indicator: ScoringIndicator, { groupBy, planLevel }: Grouping): OutcomeGroup {
  switch (groupBy) {
    case 'agency':
      return indicator.agency?.code ? { key: indicator.agency.code, nameTh: indicator.agency.nameTh, nameEn: indicator.agency.nameEn } : ungrouped;
    case 'planNode': {
      const node = indicator.planPath.find((entry) => entry.level === planLevel);

      return node === undefined ? ungrouped : { key: node.code, nameTh: node.nameTh, nameEn: node.nameEn };
    }
    case 'kpiType': {
      const names = indicator.kpiType === null ? undefined : kpiTypeNames[indicator.kpiType];

      return names === undefined || indicator.kpiType === null ? ungrouped : { key: indicator.kpiType, nameTh: names.th, nameEn: names.en };
    }
  }
}

// A stored result counts whether it is a score or the reason there is none: once an evaluator has
// scored the quarter, later progress no longer changes it.
function isStoredScore(score: unknown): score is ScoreResult {
  const status = typeof score === 'object' && score !== null ? (score as { status?: unknown }).status : undefined;

  return status === 'scored' || status === 'unscorable';
}

/**
 * Sums up the results of a fiscal year up to a quarter, reading every indicator of the year from
 * the indicators service in batches. A quarter that an evaluator has scored counts with its stored
 * score and flags. Any other quarter counts with a preview computed from the current data.
 */
@Injectable()
export class SummaryService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly evaluations: EvaluationRepository,
    private readonly models: ModelAssignmentRepository,
    private readonly indicators: IndicatorsClient,
    private readonly reactions: ReactionRepository,
  ) {}

  async summarise(request: EvaluationSummaryRequest, meta: RequestMeta): Promise<EvaluationSummaryResponse> {
    const quarters = Array.from({ length: request.quarter }, (_, index) => index + 1);
    const stored = await this.storedOutcomes(request.fiscalYear, quarters);
    const evidence = await this.reactions.evidenceByAgency(request.fiscalYear, request.agency);
    const grouping: Grouping = { groupBy: request.groupBy, planLevel: request.planLevel ?? 'dimension' };
    const outcomes: IndicatorOutcome[] = [];
    const sources = { stored: 0, preview: 0 };

    await this.indicators.forEachDetailBatch(request.fiscalYear, request.agency, meta, async (batch) => {
      const assigned = await this.assignedModels(batch, request.fiscalYear);

      for (const indicator of batch) {
        const group = groupOf(indicator, grouping);

        for (const quarter of quarters) {
          const outcome = this.outcomeOf(indicator, quarter, {
            assigned: assigned.get(indicator.id) ?? null,
            stored: stored.get(quarter)?.get(indicator.id),
            evidence,
          });

          sources[outcome.source] += 1;
          outcomes.push({ ...outcome.outcome, group });
        }
      }
    });
    const summary = summariseOutcomes(outcomes, quarters);
    const groups = summary.groups
      .map(({ group, quarters: stats }) => ({ ...group, current: lastOf(stats), trend: stats.map(toStatsResponse) }))
      .sort((left, right) => left.key.localeCompare(right.key));

    return {
      fiscalYear: request.fiscalYear,
      quarter: request.quarter,
      groupBy: request.groupBy,
      planLevel: request.groupBy === 'planNode' ? grouping.planLevel : null,
      agency: request.agency ?? null,
      groups,
      overall: { current: lastOf(summary.overall), trend: summary.overall.map(toStatsResponse) },
      sources,
    };
  }

  private outcomeOf(
    indicator: ScoringIndicator,
    quarter: number,
    { assigned, stored, evidence }: OutcomeContext,
  ): { outcome: Omit<IndicatorOutcome, 'group'>; source: 'stored' | 'preview' } {
    if (stored !== undefined && isStoredScore(stored.score)) {
      return { outcome: { quarter, score: stored.score, state: stored.state, flagCount: stored.flags.length }, source: 'stored' };
    }
    const agencyCode = indicator.agency?.code;
    const view = evaluateIndicator(indicator, assigned, { fiscalYear: indicator.fiscalYear, quarter }, {
      evidenceCount: agencyCode && assigned?.requiresEvidence ? (evidence.get(agencyCode) ?? 0) : undefined,
    });

    return { outcome: { quarter, score: view.score, state: stored?.state ?? null, flagCount: view.flags.length }, source: 'preview' };
  }

  private async storedOutcomes(fiscalYear: number, quarters: number[]): Promise<StoredByQuarter> {
    const result: StoredByQuarter = new Map();

    for (const quarter of quarters) {
      const round = await this.rounds.getByPeriod(fiscalYear, quarter);
      const rows = round === null ? [] : await this.evaluations.listOutcomes(round.id);

      result.set(quarter, new Map(rows.map((row) => [row.indicatorId, row])));
    }

    return result;
  }

  private async assignedModels(batch: ScoringIndicator[], fiscalYear: number): Promise<Map<string, StoredScoringModel>> {
    const records = batch.length === 0 ? [] : await this.models.listCurrent(batch.map((indicator) => indicator.id), fiscalYear);

    return new Map(records.map((record) => [record.indicatorId, readStoredModel(record)]));
  }
}

function toStatsResponse(stats: OutcomeStats): SummaryStatsResponse {
  return { ...stats, states: { ...stats.states } };
}

function lastOf(stats: OutcomeStats[]): SummaryStatsResponse {
  const last = stats.at(-1);

  if (last === undefined) {
    throw new RangeError('A summary covers at least one quarter.');
  }

  return toStatsResponse(last);
}
