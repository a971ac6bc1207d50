import type { INestMicroservice } from '@nestjs/common';
import type { CustomStrategy } from '@nestjs/microservices';

import { createServiceApp } from '@bma-kpi/messaging';

import { CatalogServiceModule } from './catalog-service.module';
import type { CatalogServiceOptions } from './catalog-service.options';

/** Creates the catalog service on a transport strategy (NATS or in-process); start it with `listen()`. */
export function createCatalogService(
  strategy: CustomStrategy['strategy'],
  options: CatalogServiceOptions,
): Promise<INestMicroservice> {
  return createServiceApp(CatalogServiceModule.register(options), strategy);
}
