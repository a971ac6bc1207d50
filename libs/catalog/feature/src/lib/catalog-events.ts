import { randomUUID } from 'node:crypto';

import type { DatasetCreatedEvent, DatasetUpdatedEvent } from '@bma-kpi/contracts-catalog';
import { CatalogEvents } from '@bma-kpi/contracts-catalog';
import type { OutboxMessage } from '@bma-kpi/messaging';

import type { RequestMeta } from './request-meta';

type Envelope = DatasetCreatedEvent | DatasetUpdatedEvent;

function toOutbox<E extends Envelope>(subject: E['subject'], data: E['data'], meta: RequestMeta): OutboxMessage {
  const eventId = randomUUID();
  const payload = {
    eventId,
    subject,
    occurredAt: new Date().toISOString(),
    correlationId: meta.correlationId,
    actor: meta.actor,
    data,
  } as E;

  return { id: eventId, subject, payload, correlationId: meta.correlationId };
}

/** Builds the outbox messages of the catalog service's events. */
export const CatalogEventFactory = {
  datasetCreated: (data: DatasetCreatedEvent['data'], meta: RequestMeta) =>
    toOutbox<DatasetCreatedEvent>(CatalogEvents.datasetCreated, data, meta),
  datasetUpdated: (data: DatasetUpdatedEvent['data'], meta: RequestMeta) =>
    toOutbox<DatasetUpdatedEvent>(CatalogEvents.datasetUpdated, data, meta),
};
