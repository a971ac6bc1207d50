import type { ClientProxy } from '@nestjs/microservices';

import type { EventBusOptions } from '@bma-kpi/messaging';
import type { LoggingOptions } from '@bma-kpi/logging';
import type { ObjectStore } from '@bma-kpi/object-store';
import type { BoundingBox } from '@bma-kpi/catalog-domain';

import type { QualitySettings } from './quality.options';

/** Settings the host app (standalone service or embedded) gives the catalog service. */
export interface CatalogServiceOptions {
  /** `postgresql://…?schema=catalog`, `pglite:<folder>` or `pglite:memory`. */
  databaseUrl: string;
  eventBus: EventBusOptions;
  outboxPollIntervalMs: number;
  logging: LoggingOptions;
  /**
   * Store of the evidence files, which the service checks before it records one. The service closes
   * it on shutdown. Without it every evidence file is reported missing from the store.
   */
  objectStore?: ObjectStore;
  /**
   * Connection to the indicators service, which checks and describes the indicators of links.
   * Without it the service behaves as if the indicators service were down, so linking fails with
   * SERVICE_UNAVAILABLE and link lists mark every indicator `unavailable`.
   */
  indicators?: IndicatorsConnectionOptions;
  /** Data quality assessment settings; DEFAULT_QUALITY_SETTINGS fills in what is left out. */
  quality?: Partial<QualitySettings>;
  /** District Catalog settings; the defaults of DEFAULT_DISTRICT_CATALOG_SETTINGS when absent. */
  districtCatalog?: Partial<DistrictCatalogSettings>;
  /**
   * Source of the current instant for submission times, statuses and sweeps. Tests give a fixed
   * or movable clock; hosts leave it out and get the system clock.
   */
  clock?: () => Date;
}

/** Settings of the District Catalog in the catalog service. */
export interface DistrictCatalogSettings {
  /** Box every submitted coordinate must fall within. */
  boundingBox: BoundingBox;
  /** False stops the periodic missing-report sweep; the sweep endpoint still works. */
  sweepEnabled: boolean;
  /** Milliseconds between two periodic sweeps. */
  sweepIntervalMs: number;
}

/** Transport and timeout of the catalog service's requests to the indicators service. */
export interface IndicatorsConnectionOptions {
  /** NATS in the distributed mode, in-process when embedded. The catalog service closes it on shutdown. */
  proxy: ClientProxy;
  subjectPrefix: string;
  /**
   * Time in milliseconds to wait for each reply. Keep it below the gateway's request timeout, so a
   * slow indicators service degrades a link list instead of timing out the whole request.
   */
  timeoutMs: number;
}

export const CATALOG_SERVICE_OPTIONS = Symbol('CATALOG_SERVICE_OPTIONS');
