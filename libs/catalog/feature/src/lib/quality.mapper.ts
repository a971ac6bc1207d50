import type { DictionaryFieldRecord, QualityAssessmentRecord, StoredQualityFinding } from '@bma-kpi/catalog-data-access';
import type { QualityField } from '@bma-kpi/catalog-domain';
import type { DictionaryDataType, QualityAssessmentResponse, QualityFindingResponse, QualityScoresResponse } from '@bma-kpi/contracts-catalog';

/** Formats whose files the assessment reads, by the resource's upper-case format. */
export const ASSESSABLE_FORMATS = ['CSV', 'XLSX'] as const;

export type AssessableFormat = (typeof ASSESSABLE_FORMATS)[number];

/** Returns CSV or XLSX for an uploaded file of either format, from the resource's format or media type. */
export function assessableFormat(format: string, mediaType: string | null): AssessableFormat | null {
  const upper = format.trim().toUpperCase();

  if (upper === 'CSV' || mediaType === 'text/csv') {
    return 'CSV';
  }
  if (upper === 'XLSX' || mediaType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') {
    return 'XLSX';
  }

  return null;
}

export function toQualityField(record: DictionaryFieldRecord): QualityField {
  return {
    name: record.name,
    labelTh: record.labelTh,
    type: record.dataType as DictionaryDataType,
    required: record.required,
    primaryKey: record.primaryKey,
    allowedValues: record.allowedValues.map(String),
    ...(record.size === null ? {} : { size: record.size }),
    ...(record.precision === null ? {} : { precision: record.precision }),
    ...(record.minValue === null ? {} : { minValue: record.minValue }),
    ...(record.maxValue === null ? {} : { maxValue: record.maxValue }),
  };
}

function percentOf(job: QualityAssessmentRecord): number {
  if (job.status === 'done') {
    return 100;
  }

  return job.bytesTotal === 0 ? 0 : Math.min(99, Math.floor((job.bytesRead * 100) / job.bytesTotal));
}

/** Turns stored decimal text into JSON numbers, as every score of the API is. */
export function scoreNumbers(scores: Record<keyof QualityScoresResponse, string | null>): QualityScoresResponse {
  const number = (value: string | null) => (value === null ? null : Number(value));

  return {
    completeness: number(scores.completeness),
    validity: number(scores.validity),
    uniqueness: number(scores.uniqueness),
    encoding: number(scores.encoding),
    timeliness: number(scores.timeliness),
    overall: number(scores.overall),
  };
}

export function toQualityAssessmentResponse(job: QualityAssessmentRecord): QualityAssessmentResponse {
  return {
    id: job.id,
    datasetId: job.datasetId,
    resourceId: job.resourceId,
    sha256: job.objectSha256,
    format: job.format,
    status: job.status,
    trigger: job.trigger,
    requestedBy: job.requestedBy,
    progress: { rowsProcessed: job.rowsProcessed, bytesRead: job.bytesRead, bytesTotal: job.bytesTotal, percent: percentOf(job) },
    scores: scoreNumbers(job.scores),
    counts: job.counts === null ? null : { ...job.counts },
    findingsTotal: job.findingsTotal,
    reportAvailable: job.reportSha256 !== null,
    errorMessage: job.errorMessage,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

export function toQualityFindingResponse(finding: StoredQualityFinding): QualityFindingResponse {
  return { ...finding };
}
