import { IsString } from 'class-validator';

import { ServiceEnv } from '@bma-kpi/config';

/** Environment of the standalone catalog service (distributed mode). */
export class CatalogServiceEnv extends ServiceEnv {
  /** `postgresql://user@host:5432/db?schema=catalog`, or `pglite:<folder>` for a single instance. */
  @IsString()
  CATALOG_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/bma_kpi?schema=catalog';
}
