import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

import type { RoundCalendarConfig } from '@bma-kpi/evaluation-domain';
import { DEFAULT_ROUND_CALENDAR_CONFIG, MAX_ENTRY_DEADLINE_DAY, MAX_REVIEW_PERIOD_DAYS } from '@bma-kpi/evaluation-domain';

type EnvClass<T> = new () => T;

/** Adds the evaluation calendar's variables to an environment class, for every host of the service. */
export function withEvaluationCalendarEnv<T extends object>(Base: EnvClass<T>) {
  class EvaluationCalendarEnv extends (Base as EnvClass<object>) {
    /** Day of the next month until which agencies may enter a month's progress, Bangkok time. */
    @Type(() => Number)
    @Min(1)
    @Max(MAX_ENTRY_DEADLINE_DAY)
    @IsInt()
    EVALUATION_ENTRY_DEADLINE_DAY = DEFAULT_ROUND_CALENDAR_CONFIG.entryDeadlineDay;

    /** Days evaluators have to review a quarter after its entry deadline. */
    @Type(() => Number)
    @Min(1)
    @Max(MAX_REVIEW_PERIOD_DAYS)
    @IsInt()
    EVALUATION_REVIEW_PERIOD_DAYS = DEFAULT_ROUND_CALENDAR_CONFIG.reviewPeriodDays;
  }

  return EvaluationCalendarEnv as EnvClass<T & EvaluationCalendarEnv>;
}

/** Builds the round calendar that the variables of withEvaluationCalendarEnv describe. */
export function evaluationCalendarOf(env: { EVALUATION_ENTRY_DEADLINE_DAY: number; EVALUATION_REVIEW_PERIOD_DAYS: number }): RoundCalendarConfig {
  return { entryDeadlineDay: env.EVALUATION_ENTRY_DEADLINE_DAY, reviewPeriodDays: env.EVALUATION_REVIEW_PERIOD_DAYS, roundOverrides: [] };
}
