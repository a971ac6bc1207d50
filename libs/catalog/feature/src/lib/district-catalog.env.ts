import { Type } from 'class-transformer';
import { IsBoolean, IsInt, Matches, Max, Min } from 'class-validator';

import { EnvBoolean } from '@bma-kpi/config';
import { parseBoundingBox } from '@bma-kpi/catalog-domain';

import type { DistrictCatalogSettings } from './catalog-service.options';
import { DEFAULT_DISTRICT_CATALOG_SETTINGS } from './district-catalog.settings';

type EnvClass<T> = new () => T;

const defaultBox = DEFAULT_DISTRICT_CATALOG_SETTINGS.boundingBox;

/** Adds the District Catalog variables to an app's environment class. */
export function withDistrictCatalogEnv<T extends object>(Base: EnvClass<T>) {
  class DistrictCatalogEnv extends (Base as EnvClass<object>) {
    /** `minLon,minLat,maxLon,maxLat` in WGS 84 degrees; every submitted coordinate must fall within it. */
    @Matches(/^\s*-?\d+(\.\d+)?\s*(,\s*-?\d+(\.\d+)?\s*){3}$/, {
      message: '$property must be four numbers minLon,minLat,maxLon,maxLat such as 100.32,13.49,100.94,13.96',
    })
    DISTRICT_GEOMETRY_BBOX = `${defaultBox.minLon},${defaultBox.minLat},${defaultBox.maxLon},${defaultBox.maxLat}`;

    /** False stops the periodic missing-report sweep; POST /api/v1/district-catalog/sweeps still runs one. */
    @EnvBoolean()
    @IsBoolean()
    DISTRICT_SWEEP_ENABLED = DEFAULT_DISTRICT_CATALOG_SETTINGS.sweepEnabled;

    /** Milliseconds between two missing-report sweeps. */
    @Type(() => Number)
    @Min(10_000)
    @Max(86_400_000)
    @IsInt()
    DISTRICT_SWEEP_INTERVAL_MS = DEFAULT_DISTRICT_CATALOG_SETTINGS.sweepIntervalMs;
  }

  return DistrictCatalogEnv as EnvClass<T & DistrictCatalogEnv>;
}

/** The variables of withDistrictCatalogEnv. */
export interface DistrictCatalogEnvValues {
  DISTRICT_GEOMETRY_BBOX: string;
  DISTRICT_SWEEP_ENABLED: boolean;
  DISTRICT_SWEEP_INTERVAL_MS: number;
}

/** Builds the District Catalog settings; throws a RangeError naming DISTRICT_GEOMETRY_BBOX when a minimum is not below its maximum. */
export function districtCatalogSettingsOf(env: DistrictCatalogEnvValues): DistrictCatalogSettings {
  const boundingBox = parseBoundingBox(env.DISTRICT_GEOMETRY_BBOX);

  if (boundingBox === null) {
    throw new RangeError(`Invalid DISTRICT_GEOMETRY_BBOX: it must have minLon below maxLon and minLat below maxLat, got "${env.DISTRICT_GEOMETRY_BBOX}".`);
  }

  return { boundingBox, sweepEnabled: env.DISTRICT_SWEEP_ENABLED, sweepIntervalMs: env.DISTRICT_SWEEP_INTERVAL_MS };
}
