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

/** Data of the link events. `fieldId` and `fieldName` are null for a link to the whole dataset. */
export interface DatasetIndicatorLinkEventData {
  linkId: string;
  datasetId: string;
  slug: string;
  indicatorId: string;
  fieldId: string | null;
  fieldName: string | null;
}

/** A dataset, or one of its dictionary fields, was linked to an indicator. */
export type DatasetIndicatorLinkedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.datasetIndicatorLinked,
  DatasetIndicatorLinkEventData
>;

/** A link between a dataset, or one of its dictionary fields, and an indicator was removed. */
export type DatasetIndicatorUnlinkedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.datasetIndicatorUnlinked,
  DatasetIndicatorLinkEventData
>;

/** Data category and classification level of a dataset; `classification` is null when the metadata sets none. */
export interface DatasetClassification {
  dataCategory: string;
  classification: string | null;
}

/** The data category or the classification level of a dataset changed. */
export type DatasetClassificationChangedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.datasetClassificationChanged,
  { datasetId: string; slug: string; agencyCode: string; version: number; previous: DatasetClassification; current: DatasetClassification }
>;

/** Identity of the artefact version an artefact event is about. */
export interface ArtefactEventData {
  artefactId: string;
  agencyCode: string;
  /** Buddhist-era fiscal year. */
  fiscalYear: number;
  kind: string;
  version: number;
}

/** An artefact version was stored: version 1 by create, a later one by supersede (then `supersedesId` is set). */
export type ArtefactSubmittedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.artefactSubmitted,
  ArtefactEventData & { title: string; supersedesId: string | null; evidenceSha256: string[] }
>;

/** An evidence file was attached to (`added`) or detached from (`removed`) an artefact version. */
export type ArtefactEvidenceChangedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.artefactEvidenceChanged,
  ArtefactEventData & { change: 'added' | 'removed'; evidenceId: string; sha256: string; fileName: string }
>;

/** An artefact was locked because a signed-off evaluation references it; `actor` is who locked it. */
export type ArtefactLockedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.artefactLocked,
  ArtefactEventData & { lockedAt: string; reason: string; evaluationId: string | null }
>;

/** A data quality assessment of a resource file finished; scores are 0–100 decimal text, null when not assessed. */
export type QualityAssessedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.qualityAssessed,
  {
    assessmentId: string;
    datasetId: string;
    slug: string;
    agencyCode: string;
    resourceId: string;
    trigger: string;
    scores: Record<'completeness' | 'validity' | 'uniqueness' | 'encoding' | 'timeliness' | 'overall', string | null>;
    findingsTotal: number;
  }
>;

/** Every event of the catalog service. */
export type CatalogEventPayload =
  | DatasetCreatedEvent
  | DatasetUpdatedEvent
  | DatasetClassificationChangedEvent
  | DatasetIndicatorLinkedEvent
  | DatasetIndicatorUnlinkedEvent
  | ArtefactSubmittedEvent
  | ArtefactEvidenceChangedEvent
  | ArtefactLockedEvent
  | QualityAssessedEvent;
