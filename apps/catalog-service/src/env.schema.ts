import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';

import { withDistrictCatalogEnv, withQualityEnv } from '@bma-kpi/catalog-feature';
import { ServiceEnv } from '@bma-kpi/config';
import { withObjectStoreEnv } from '@bma-kpi/object-store';

/** Environment of the standalone catalog service (distributed mode). */
export class CatalogServiceEnv extends withQualityEnv(withDistrictCatalogEnv(withObjectStoreEnv(ServiceEnv))) {
  /** `postgresql://user@host:5432/db?schema=catalog`, or `pglite:<folder>` for a single instance. */
  @IsString()
  CATALOG_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/bma_kpi?schema=catalog';

  /**
   * Time in milliseconds to wait for the indicators service when a link is made or listed. Keep it
   * below the gateway's REQUEST_TIMEOUT_MS, so a slow indicators service degrades link lists only.
   */
  @Type(() => Number)
  @Min(100)
  @Max(60_000)
  @IsInt()
  INDICATORS_REQUEST_TIMEOUT_MS = 3000;
}
