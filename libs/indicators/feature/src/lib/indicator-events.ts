import { randomUUID } from 'node:crypto';

import type {
  IndicatorCreatedEvent,
  IndicatorUpdatedEvent,
  ProgressReportedEvent,
} from '@bma-kpi/contracts-indicators';
import { IndicatorsEvents } from '@bma-kpi/contracts-indicators';
import type { OutboxMessage } from '@bma-kpi/messaging';

import type { RequestMeta } from './request-meta';

type Envelope = IndicatorCreatedEvent | IndicatorUpdatedEvent | ProgressReportedEvent;

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

/** Builds the outbox messages of the indicators service's events. */
export const IndicatorEventFactory = {
  created: (data: IndicatorCreatedEvent['data'], meta: RequestMeta) =>
    toOutbox<IndicatorCreatedEvent>(IndicatorsEvents.indicatorCreated, data, meta),
  updated: (data: IndicatorUpdatedEvent['data'], meta: RequestMeta) =>
    toOutbox<IndicatorUpdatedEvent>(IndicatorsEvents.indicatorUpdated, data, meta),
  progressReported: (data: ProgressReportedEvent['data'], meta: RequestMeta) =>
    toOutbox<ProgressReportedEvent>(IndicatorsEvents.progressReported, data, meta),
};
