import { Inject, Injectable } from '@nestjs/common';

import { BANGKOK_BOUNDING_BOX } from '@bma-kpi/catalog-domain';

import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions, type DistrictCatalogSettings } from './catalog-service.options';

/** District Catalog settings when the host gives none: Bangkok's box and a sweep every five minutes. */
export const DEFAULT_DISTRICT_CATALOG_SETTINGS: DistrictCatalogSettings = {
  boundingBox: BANGKOK_BOUNDING_BOX,
  sweepEnabled: true,
  sweepIntervalMs: 5 * 60_000,
};

/** The current instant and the District Catalog settings that the host gave the service. */
@Injectable()
export class DistrictCatalogContext {
  readonly settings: DistrictCatalogSettings;
  private readonly clock: () => Date;

  constructor(@Inject(CATALOG_SERVICE_OPTIONS) options: CatalogServiceOptions) {
    this.settings = { ...DEFAULT_DISTRICT_CATALOG_SETTINGS, ...options.districtCatalog };
    this.clock = options.clock ?? (() => new Date());
  }

  now(): Date {
    return this.clock();
  }
}
