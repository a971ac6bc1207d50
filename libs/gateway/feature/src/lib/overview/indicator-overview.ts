import type { IndicatorDatasetLink } from '@bma-kpi/contracts-catalog';
import type { EvaluationResponse, FlagResponse, IndicatorEvaluationsResponse } from '@bma-kpi/contracts-evaluation';
import type { IndicatorDetail, ProgressResponse } from '@bma-kpi/contracts-indicators';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

/** One part of the overview: its data, or why the service that owns it did not provide it. */
export type OverviewSection<T> =
  | { status: 'ok'; data: T }
  | { status: 'unavailable'; code: string; messageTh: string; messageEn: string };

/** The evaluation of one quarter, or `noRound` when no evaluation round of that quarter is open yet. */
export type QuarterEvaluation =
  | { quarter: number; status: 'noRound' }
  | {
      quarter: number;
      status: 'evaluated';
      evaluation: Pick<EvaluationResponse, 'id' | 'state' | 'quarterValue' | 'score' | 'scoreIsPreview' | 'inputChangedAt' | 'version'> & {
        roundPhase: EvaluationResponse['round']['phase'];
      };
    };

/** A consistency flag with the quarter whose evaluation raised it. */
export type QuarterFlag = FlagResponse & { quarter: number };

/** Everything about one indicator, gathered from the indicators, evaluation and catalog services. */
export interface IndicatorOverview {
  indicatorId: string;
  definition: OverviewSection<Omit<IndicatorDetail, 'quarterTargets' | 'progress' | 'target' | 'actual' | 'achievementPercent' | 'assessment'>>;
  targets: OverviewSection<Pick<IndicatorDetail, 'target' | 'quarterTargets' | 'assessment'>>;
  progress: OverviewSection<{ actual: number | null; achievementPercent: number | null; items: ProgressResponse[] }>;
  evaluations: OverviewSection<{ fiscalYear: number; quarters: QuarterEvaluation[] }>;
  datasets: OverviewSection<{ items: IndicatorDatasetLink[] }>;
  flags: OverviewSection<{ items: QuarterFlag[] }>;
}

const sectionNames = ['definition', 'targets', 'progress', 'evaluations', 'datasets', 'flags'] as const;

/** True when every section is available, so the overview may be cached. */
export function isComplete(overview: IndicatorOverview): boolean {
  return sectionNames.every((name) => overview[name].status === 'ok');
}

/** Settled result of one service call: the reply, or the error it failed with. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Waits for a call without throwing, so one failed service does not fail the others. */
export async function settle<T>(call: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Marks a section unavailable with the error's code and messages; other errors become INTERNAL_ERROR without details. */
export function unavailable(error: unknown): OverviewSection<never> {
  if (error instanceof DomainException) {
    return { status: 'unavailable', code: error.code, messageTh: error.messageTh, messageEn: error.messageEn };
  }

  return {
    status: 'unavailable',
    code: CommonErrorCode.internal,
    messageTh: 'ไม่สามารถดึงข้อมูลส่วนนี้ได้',
    messageEn: 'This section could not be read.',
  };
}

/** Rethrows an error that concerns the whole overview: the indicator does not exist or the id is invalid. */
export function assertIndicatorReadable(result: Settled<IndicatorDetail>): void {
  if (!result.ok && result.error instanceof DomainException && isClientError(result.error.code)) {
    throw result.error;
  }
}

function isClientError(code: string): boolean {
  return code !== CommonErrorCode.serviceUnavailable && code !== CommonErrorCode.serviceTimeout && code !== CommonErrorCode.internal && code !== CommonErrorCode.responseTooLarge;
}

/** Splits the indicator detail into the definition, targets and progress sections. */
export function indicatorSections(result: Settled<IndicatorDetail>): Pick<IndicatorOverview, 'definition' | 'targets' | 'progress'> {
  if (!result.ok) {
    const reason = unavailable(result.error);

    return { definition: reason, targets: reason, progress: reason };
  }
  const { quarterTargets, progress, target, actual, achievementPercent, assessment, ...definition } = result.value;

  return {
    definition: { status: 'ok', data: definition },
    targets: { status: 'ok', data: { target, quarterTargets, assessment } },
    progress: { status: 'ok', data: { actual, achievementPercent, items: progress } },
  };
}

/**
 * Builds the evaluations and flags sections from the evaluation service's list of the indicator's
 * quarters. A quarter without a round is `noRound`. When the indicator itself could not be read
 * both sections share its reason, and when the list failed they carry the list's error.
 */
export function evaluationSections(
  indicator: Settled<IndicatorDetail>,
  result: Settled<IndicatorEvaluationsResponse>,
): Pick<IndicatorOverview, 'evaluations' | 'flags'> {
  if (!indicator.ok) {
    return bothUnavailable(indicator.error);
  }
  if (!result.ok) {
    return bothUnavailable(result.error);
  }
  const quarters: QuarterEvaluation[] = [];
  const flags: QuarterFlag[] = [];

  for (const { quarter, evaluation } of result.value.quarters) {
    if (evaluation === null) {
      quarters.push({ quarter, status: 'noRound' });
      continue;
    }
    const { round, id, state, quarterValue, score, scoreIsPreview, inputChangedAt, version } = evaluation;

    quarters.push({ quarter, status: 'evaluated', evaluation: { id, state, quarterValue, score, scoreIsPreview, inputChangedAt, version, roundPhase: round.phase } });
    flags.push(...evaluation.flags.map((flag) => ({ ...flag, quarter })));
  }

  return {
    evaluations: { status: 'ok', data: { fiscalYear: result.value.fiscalYear, quarters } },
    flags: { status: 'ok', data: { items: flags } },
  };
}

function bothUnavailable(error: unknown): Pick<IndicatorOverview, 'evaluations' | 'flags'> {
  const reason = unavailable(error);

  return { evaluations: reason, flags: reason };
}
