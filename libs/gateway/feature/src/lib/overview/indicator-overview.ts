import type { IndicatorDatasetLink } from '@bma-kpi/contracts-catalog';
import { EvaluationErrorCode, type EvaluationResponse, type FlagResponse, type RoundResponse } from '@bma-kpi/contracts-evaluation';
import type { IndicatorDetail, ProgressResponse } from '@bma-kpi/contracts-indicators';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

/** Fiscal quarters in the order the overview lists them. */
export const fiscalQuarters = [1, 2, 3, 4] as const;

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

/** Returns the quarters of a fiscal year that have an evaluation round, from the round list. */
export function quartersWithRounds(rounds: Pick<RoundResponse, 'fiscalYear' | 'quarter'>[], fiscalYear: number): Set<number> {
  return new Set(rounds.filter((round) => round.fiscalYear === fiscalYear).map((round) => round.quarter));
}

/**
 * Builds the evaluations and flags sections from the lookup of each quarter, in quarter order. A
 * quarter without a round is `noRound`: its lookup is null, or it failed with
 * EVALUATION_ROUND_NOT_FOUND. Any other failure makes both sections unavailable, because a
 * partial year would read as quarters without evaluations.
 */
export function evaluationSections(
  fiscalYear: number,
  results: (Settled<EvaluationResponse> | null)[],
): Pick<IndicatorOverview, 'evaluations' | 'flags'> {
  const quarters: QuarterEvaluation[] = [];
  const flags: QuarterFlag[] = [];

  for (const [index, result] of results.entries()) {
    const quarter = fiscalQuarters[index] ?? index + 1;

    if (result === null) {
      quarters.push({ quarter, status: 'noRound' });
    } else if (result.ok) {
      const { round, id, state, quarterValue, score, scoreIsPreview, inputChangedAt, version } = result.value;

      quarters.push({ quarter, status: 'evaluated', evaluation: { id, state, quarterValue, score, scoreIsPreview, inputChangedAt, version, roundPhase: round.phase } });
      flags.push(...result.value.flags.map((flag) => ({ ...flag, quarter })));
    } else if (result.error instanceof DomainException && result.error.code === EvaluationErrorCode.roundNotFound) {
      quarters.push({ quarter, status: 'noRound' });
    } else {
      const reason = unavailable(result.error);

      return { evaluations: reason, flags: reason };
    }
  }

  return { evaluations: { status: 'ok', data: { fiscalYear, quarters } }, flags: { status: 'ok', data: { items: flags } } };
}
