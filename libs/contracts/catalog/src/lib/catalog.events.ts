import type { CatalogEvents } from './catalog.subjects';

/** Envelope of every catalog event: who caused it, when, and under which request. */
export interface CatalogEventEnvelope<TSubject extends string, TData> {
  eventId: string;
  subject: TSubject;
  /** ISO 8601 instant. */
  occurredAt: string;
  correlationId: string | null;
  actor: string;
  data: TData;
}

/** A new dataset was stored. */
export type DatasetCreatedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.datasetCreated,
  { datasetId: string; slug: string; agencyCode: string; titleTh: string; dataCategory: string }
>;

/** A dataset or its data dictionary changed. `changedFields` names the changed columns, or `dictionary` for the field list. */
export type DatasetUpdatedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.datasetUpdated,
  { datasetId: string; slug: string; version: number; changedFields: string[] }
>;

/** Every event of the catalog service. */
export type CatalogEventPayload = DatasetCreatedEvent | DatasetUpdatedEvent;
