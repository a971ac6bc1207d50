import type {
  IndicatorCreatedEvent,
  IndicatorUpdatedEvent,
  ProgressReportedEvent,
} from '@bma-kpi/contracts-indicators';
import { IndicatorsEvents } from '@bma-kpi/contracts-indicators';
import { createOutboxMessage } from '@bma-kpi/messaging';

import type { RequestMeta } from './request-meta';

/** Builds the outbox messages of the indicators service's events. */
export const IndicatorEventFactory = {
  created: (data: IndicatorCreatedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<IndicatorCreatedEvent>(IndicatorsEvents.indicatorCreated, data, meta),
  updated: (data: IndicatorUpdatedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<IndicatorUpdatedEvent>(IndicatorsEvents.indicatorUpdated, data, meta),
  progressReported: (data: ProgressReportedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<ProgressReportedEvent>(IndicatorsEvents.progressReported, data, meta),
};
