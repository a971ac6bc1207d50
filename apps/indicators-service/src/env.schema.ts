import { IsString } from 'class-validator';

import { ServiceEnv } from '@bma-kpi/config';

/** Environment of the standalone indicators service (distributed mode). */
export class IndicatorsServiceEnv extends ServiceEnv {
  /** `postgresql://user@host:5432/db?schema=indicators`; `pglite:<folder>` also works for one instance. */
  @IsString()
  INDICATORS_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/bma_kpi?schema=indicators';
}
