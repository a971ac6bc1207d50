import type { QualityCounts, QualityFinding, QualityScores } from '@bma-kpi/catalog-domain';

/** Status of an assessment job. */
export type QualityJobStatusValue = 'queued' | 'running' | 'done' | 'failed';

/** Input of a new assessment job: the resource file and who requested the assessment. */
export interface QualityJobInput {
  datasetId: string;
  resourceId: string;
  objectSha256: string;
  format: string;
  bytesTotal: number;
  trigger: 'upload' | 'request';
  requestedBy: string;
  correlationId: string | null;
}

/** A stored assessment: the job's state and progress, and its scores once done. */
export interface QualityAssessmentRecord {
  id: string;
  datasetId: string;
  resourceId: string;
  objectSha256: string;
  format: string;
  status: QualityJobStatusValue;
  trigger: string;
  requestedBy: string;
  correlationId: string | null;
  attempts: number;
  rowsProcessed: number;
  bytesRead: number;
  bytesTotal: number;
  scores: QualityScores;
  counts: QualityCounts | null;
  findingsTotal: number;
  reportSha256: string | null;
  errorMessage: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Outcome of a finished assessment that QualityRepository.complete stores. */
export interface QualityOutcome {
  scores: QualityScores;
  counts: QualityCounts;
  /** The kept findings, in file order. */
  findings: QualityFinding[];
  reportSha256: string;
  rowsProcessed: number;
  bytesRead: number;
}

/** A kept finding with its position in the file's findings. */
export interface StoredQualityFinding extends QualityFinding {
  position: number;
}

/** Mean of the latest scores of one agency's assessed datasets. */
export interface AgencyQualityRow {
  agencyCode: string;
  datasets: number;
  scores: QualityScores;
}
