import type { DatasetCreatedEvent, DatasetUpdatedEvent } from '@bma-kpi/contracts-catalog';
import { CatalogEvents } from '@bma-kpi/contracts-catalog';
import { createOutboxMessage } from '@bma-kpi/messaging';

import type { RequestMeta } from './request-meta';

/** Builds the outbox messages of the catalog service's events. */
export const CatalogEventFactory = {
  datasetCreated: (data: DatasetCreatedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DatasetCreatedEvent>(CatalogEvents.datasetCreated, data, meta),
  datasetUpdated: (data: DatasetUpdatedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DatasetUpdatedEvent>(CatalogEvents.datasetUpdated, data, meta),
};
