/** Scores 0–100 with two decimals; null for a dimension that was not assessed. */
export interface QualityScoresResponse {
  completeness: number | null;
  validity: number | null;
  uniqueness: number | null;
  encoding: number | null;
  timeliness: number | null;
  overall: number | null;
}

/** An assessment: the job's status and progress while it runs, its scores and counts once done. */
export interface QualityAssessmentResponse {
  id: string;
  datasetId: string;
  resourceId: string;
  /** SHA-256 of the assessed file. */
  sha256: string;
  format: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  trigger: string;
  requestedBy: string;
  progress: { rowsProcessed: number; bytesRead: number; bytesTotal: number; percent: number };
  scores: QualityScoresResponse;
  /** Counts of the engine (rows, cells, findings per rule); null until done. */
  counts: Record<string, unknown> | null;
  /** Every finding of the file; the findings listing keeps the first QUALITY_MAX_FINDINGS, the report has all. */
  findingsTotal: number;
  reportAvailable: boolean;
  errorMessage: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A page of assessments, newest first. */
export interface QualityHistoryResponse {
  items: QualityAssessmentResponse[];
  total: number;
  page: number;
  pageSize: number;
}

/** One finding of an assessment. `row` is the row number as in the file; null for the whole file. */
export interface QualityFindingResponse {
  position: number;
  row: number | null;
  column: string | null;
  rule: string;
  dimension: string;
  messageTh: string;
  messageEn: string;
  value: string | null;
}

/** A page of kept findings in file order. */
export interface QualityFindingsResponse {
  assessmentId: string;
  items: QualityFindingResponse[];
  total: number;
  page: number;
  pageSize: number;
}

/** Location of an assessment's row-level report in the object store. */
export interface QualityReportResponse {
  sha256: string;
  sizeBytes: number;
  fileName: string;
}

/** Mean scores of one agency's datasets, each dataset counted by its latest finished assessment. */
export interface AgencyQualityResponse {
  agencyCode: string;
  datasets: number;
  scores: QualityScoresResponse;
}

/** Per-agency quality means, for the governance scorecard. */
export interface AgencyQualityRollupResponse {
  /** Buddhist-era fiscal year, or null for every assessment's latest. */
  fiscalYear: number | null;
  agencies: AgencyQualityResponse[];
}
