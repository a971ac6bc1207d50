import type {
  ArtefactEvidenceChangedEvent,
  ArtefactLockedEvent,
  ArtefactSubmittedEvent,
  DatasetClassificationChangedEvent,
  DatasetCreatedEvent,
  DatasetIndicatorLinkedEvent,
  DatasetIndicatorUnlinkedEvent,
  DatasetUpdatedEvent,
  QualityAssessedEvent,
} from '@bma-kpi/contracts-catalog';
import { CatalogEvents } from '@bma-kpi/contracts-catalog';
import { createOutboxMessage } from '@bma-kpi/messaging';

import type { RequestMeta } from './request-meta';

/** Builds the outbox messages of the catalog service's events. */
export const CatalogEventFactory = {
  artefactSubmitted: (data: ArtefactSubmittedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<ArtefactSubmittedEvent>(CatalogEvents.artefactSubmitted, data, meta),
  artefactEvidenceChanged: (data: ArtefactEvidenceChangedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<ArtefactEvidenceChangedEvent>(CatalogEvents.artefactEvidenceChanged, data, meta),
  artefactLocked: (data: ArtefactLockedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<ArtefactLockedEvent>(CatalogEvents.artefactLocked, data, meta),
  datasetCreated: (data: DatasetCreatedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DatasetCreatedEvent>(CatalogEvents.datasetCreated, data, meta),
  datasetUpdated: (data: DatasetUpdatedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DatasetUpdatedEvent>(CatalogEvents.datasetUpdated, data, meta),
  datasetClassificationChanged: (data: DatasetClassificationChangedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DatasetClassificationChangedEvent>(CatalogEvents.datasetClassificationChanged, data, meta),
  datasetIndicatorLinked: (data: DatasetIndicatorLinkedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DatasetIndicatorLinkedEvent>(CatalogEvents.datasetIndicatorLinked, data, meta),
  datasetIndicatorUnlinked: (data: DatasetIndicatorUnlinkedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DatasetIndicatorUnlinkedEvent>(CatalogEvents.datasetIndicatorUnlinked, data, meta),
  qualityAssessed: (data: QualityAssessedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<QualityAssessedEvent>(CatalogEvents.qualityAssessed, data, meta),
};
