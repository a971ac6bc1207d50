import type { INestMicroservice } from '@nestjs/common';

import type { CatalogMessages } from '@bma-kpi/contracts-catalog';
import { CatalogEvents } from '@bma-kpi/contracts-catalog';
import { ServiceClient } from '@bma-kpi/messaging';
import { serviceTestTransports, type ServiceTestTransport } from '@bma-kpi/testing-services';

import { createCatalogService } from '../lib/catalog-service.bootstrap';
import type { CatalogServiceOptions } from '../lib/catalog-service.options';

export { countEvents, eventually } from '@bma-kpi/testing-services';

/** One transport of the catalog int-specs; the in-process one records every catalog event. */
export type CatalogTestTransport = ServiceTestTransport;

/** The transports every catalog int-spec runs on, named for describe.each. */
export const catalogTestTransports = serviceTestTransports(Object.values(CatalogEvents));

/** A running catalog service and a client of it. */
export interface RunningCatalogService {
  service: INestMicroservice;
  client: ServiceClient<CatalogMessages>;
  close(): Promise<void>;
}

/** Starts the catalog service on the transport with a fresh database and returns a client of it. */
export async function startCatalogService(
  transport: CatalogTestTransport,
  options: Partial<Pick<CatalogServiceOptions, 'objectStore' | 'indicators' | 'clock' | 'districtCatalog' | 'quality'>> = {},
): Promise<RunningCatalogService> {
  const service = await createCatalogService(transport.server('catalog'), {
    databaseUrl: await transport.databaseUrl('catalog'),
    eventBus: transport.eventBus,
    outboxPollIntervalMs: 100,
    logging: { service: 'catalog', level: 'silent', pretty: false },
    ...options,
  });
  const proxy = transport.client();

  await service.listen();

  return {
    service,
    client: new ServiceClient(proxy, { service: 'catalog', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 }),
    close: async () => {
      await service.close();
      await proxy.close();
    },
  };
}
