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

/** Identity of the district × item × month report a district submission event is about. */
export interface DistrictSubmissionEventData {
  /** Buddhist-era fiscal year. */
  fiscalYear: number;
  /** Ministry of Interior geocode of the district office. */
  district: string;
  districtNameTh: string;
  itemCode: string;
  itemNameTh: string;
  /** Reported month, `YYYY-MM`. */
  month: string;
  /** ISO 8601 instant at the end of the due day in Bangkok. */
  dueAt: string;
}

/** A district office submitted (version 1) or corrected (a later version) its report of one item for one month. */
export type DistrictSubmissionSubmittedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.districtSubmissionSubmitted,
  DistrictSubmissionEventData & { submissionId: string; version: number; status: 'onTime' | 'late'; submittedAt: string; recordCount: number }
>;

/** A district office's first submission of a report arrived after its due day. */
export type DistrictSubmissionLateEvent = CatalogEventEnvelope<
  typeof CatalogEvents.districtSubmissionLate,
  DistrictSubmissionEventData & { submissionId: string; submittedAt: string }
>;

/** A report's due day passed with nothing submitted. Emitted once per district, item and month. */
export type DistrictSubmissionMissingEvent = CatalogEventEnvelope<
  typeof CatalogEvents.districtSubmissionMissing,
  DistrictSubmissionEventData & { detectedAt: string }
>;

/** Data of every assessment event: the assessment, its scope, its state and its scores. */
export interface AssessmentEventData {
  assessmentId: string;
  kind: 'readiness' | 'security';
  agencyCode: string;
  /** Buddhist-era fiscal year. */
  fiscalYear: number;
  /** The dataset of a security assessment, or null for readiness. */
  datasetId: string | null;
  status: string;
  /** Times the agency has submitted the assessment, this submission included. */
  submissionCount: number;
  /** Score 0–100 with 2 decimals, or null when no question applies. */
  overallScore: number | null;
  componentScores: { code: string; score: number | null }[];
}

/** An agency submitted (or resubmitted) an assessment for review. */
export type AssessmentSubmittedEvent = CatalogEventEnvelope<typeof CatalogEvents.assessmentSubmitted, AssessmentEventData>;

/** An evaluator accepted or rejected an assessment for good. `actor` is the evaluator. */
export type AssessmentReviewedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.assessmentReviewed,
  AssessmentEventData & { decision: 'accept' | 'reject'; reason: string | null }
>;

/** An evaluator returned an assessment to the agency for more evidence. `questionCodes` lists the answers to rework. */
export type AssessmentReturnedEvent = CatalogEventEnvelope<
  typeof CatalogEvents.assessmentReturned,
  AssessmentEventData & { reason: string | null; questionCodes: string[] }
>;

/** A data quality assessment of a resource file finished. Scores are 0–100 decimal text, or null when not assessed. */
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
  | DistrictSubmissionSubmittedEvent
  | DistrictSubmissionLateEvent
  | DistrictSubmissionMissingEvent
  | AssessmentSubmittedEvent
  | AssessmentReviewedEvent
  | AssessmentReturnedEvent
  | QualityAssessedEvent;
