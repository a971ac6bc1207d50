import type { QualityCounts } from '@bma-kpi/catalog-domain';

import type { QualityAssessment } from '../../generated/prisma/client';
import type { QualityAssessmentRecord } from './quality.types';

type DecimalLike = { toFixed(places: number): string } | null;

function score(value: DecimalLike): string | null {
  return value === null ? null : value.toFixed(2);
}

/** Converts a stored assessment row to the record that services read. */
export function toQualityAssessmentRecord(row: QualityAssessment): QualityAssessmentRecord {
  return {
    id: row.id,
    datasetId: row.datasetId,
    resourceId: row.resourceId,
    objectSha256: row.objectSha256,
    format: row.format,
    status: row.status,
    trigger: row.trigger,
    requestedBy: row.requestedBy,
    correlationId: row.correlationId,
    attempts: row.attempts,
    rowsProcessed: row.rowsProcessed,
    bytesRead: Number(row.bytesRead),
    bytesTotal: Number(row.bytesTotal),
    scores: {
      completeness: score(row.completeness),
      validity: score(row.validity),
      uniqueness: score(row.uniqueness),
      encoding: score(row.encoding),
      timeliness: score(row.timeliness),
      overall: score(row.overall),
    },
    counts: row.counts === null ? null : (row.counts as unknown as QualityCounts),
    findingsTotal: row.findingsTotal,
    reportSha256: row.reportSha256,
    errorMessage: row.errorMessage,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
