import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';

import { ServiceEnv } from '@bma-kpi/config';
import { withEvaluationCalendarEnv } from '@bma-kpi/evaluation-feature';

/** Environment of the standalone evaluation service (distributed mode). */
export class EvaluationServiceEnv extends withEvaluationCalendarEnv(ServiceEnv) {
  /** `postgresql://user@host:5432/db?schema=evaluation`, or `pglite:<folder>` for a single instance. */
  @IsString()
  EVALUATION_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/bma_kpi?schema=evaluation';

  /**
   * Time in milliseconds to wait for the indicators service when an evaluation reads its indicator.
   * Keep it below the gateway's REQUEST_TIMEOUT_MS.
   */
  @Type(() => Number)
  @Min(100)
  @Max(60_000)
  @IsInt()
  INDICATORS_REQUEST_TIMEOUT_MS = 3000;
}
