import type {
  ArtefactEvidenceChangedEvent,
  ArtefactLockedEvent,
  ArtefactSubmittedEvent,
  AssessmentReturnedEvent,
  AssessmentReviewedEvent,
  AssessmentSubmittedEvent,
  DatasetClassificationChangedEvent,
  DatasetCreatedEvent,
  DatasetIndicatorLinkedEvent,
  DatasetIndicatorUnlinkedEvent,
  DatasetUpdatedEvent,
  DistrictSubmissionLateEvent,
  DistrictSubmissionMissingEvent,
  DistrictSubmissionSubmittedEvent,
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
  assessmentSubmitted: (data: AssessmentSubmittedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<AssessmentSubmittedEvent>(CatalogEvents.assessmentSubmitted, data, meta),
  assessmentReviewed: (data: AssessmentReviewedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<AssessmentReviewedEvent>(CatalogEvents.assessmentReviewed, data, meta),
  assessmentReturned: (data: AssessmentReturnedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<AssessmentReturnedEvent>(CatalogEvents.assessmentReturned, data, meta),
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
  districtSubmissionSubmitted: (data: DistrictSubmissionSubmittedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DistrictSubmissionSubmittedEvent>(CatalogEvents.districtSubmissionSubmitted, data, meta),
  districtSubmissionLate: (data: DistrictSubmissionLateEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DistrictSubmissionLateEvent>(CatalogEvents.districtSubmissionLate, data, meta),
  districtSubmissionMissing: (data: DistrictSubmissionMissingEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<DistrictSubmissionMissingEvent>(CatalogEvents.districtSubmissionMissing, data, meta),
  qualityAssessed: (data: QualityAssessedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<QualityAssessedEvent>(CatalogEvents.qualityAssessed, data, meta),
};
