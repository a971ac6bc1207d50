import type { INestMicroservice } from '@nestjs/common';

import type { EvaluationMessages } from '@bma-kpi/contracts-evaluation';
import { EvaluationEvents } from '@bma-kpi/contracts-evaluation';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the tests start the real indicators service to check the cross-service contract; evaluation sources reach it only through its contracts.
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { ServiceClient } from '@bma-kpi/messaging';
import { serviceTestTransports, type ServiceTestTransport } from '@bma-kpi/testing-services';

import { createEvaluationService } from '../lib/evaluation-service.bootstrap';
import type { EvaluationServiceOptions } from '../lib/evaluation-service.options';

export { eventually, inProcessTransport, natsTransport } from '@bma-kpi/testing-services';

/** One transport of the evaluation int-specs; the in-process one records every evaluation event. */
export type EvaluationTestTransport = ServiceTestTransport;

/** The transports every evaluation int-spec runs on, named for describe.each. */
export const evaluationTestTransports = serviceTestTransports(Object.values(EvaluationEvents));

/** A running evaluation service and a client of it. */
export interface RunningEvaluationService {
  service: INestMicroservice;
  client: ServiceClient<EvaluationMessages>;
  close(): Promise<void>;
}

/**
 * Starts the real indicators service on the transport with a fresh database, so that the
 * evaluation service reads indicators and receives their events as in production.
 */
export async function startIndicatorsService(transport: EvaluationTestTransport, databaseName: string): Promise<INestMicroservice> {
  const service = await createIndicatorsService(transport.server('indicators'), {
    databaseUrl: await transport.databaseUrl(databaseName),
    eventBus: transport.eventBus,
    outboxPollIntervalMs: 100,
    logging: { service: 'indicators', level: 'silent', pretty: false },
  });

  await service.listen();

  return service;
}

/**
 * Starts the evaluation service on the transport with a fresh database and a connection to the
 * indicators service on the same transport, and returns a client of it.
 */
export async function startEvaluationService(
  transport: EvaluationTestTransport,
  options: Partial<Pick<EvaluationServiceOptions, 'calendar' | 'consumer'>> = {},
): Promise<RunningEvaluationService> {
  const service = await createEvaluationService(transport.server('evaluation'), {
    databaseUrl: await transport.databaseUrl('evaluation'),
    eventBus: transport.eventBus,
    outboxPollIntervalMs: 100,
    logging: { service: 'evaluation', level: 'silent', pretty: false },
    indicators: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 2000 },
    ...options,
  });
  const proxy = transport.client();

  await service.listen();

  return {
    service,
    client: new ServiceClient(proxy, { service: 'evaluation', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 }),
    close: async () => {
      await service.close();
      await proxy.close();
    },
  };
}
