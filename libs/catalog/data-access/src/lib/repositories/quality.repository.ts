import { toSkipTake, type Page, type PageRequest } from '@bma-kpi/database';
import type { QualityDimension, QualityRuleCode } from '@bma-kpi/catalog-domain';

import type { PrismaClient } from '../../generated/prisma/client';
import { toQualityAssessmentRecord } from './quality-record.mapper';
import type { AgencyQualityRow, QualityAssessmentRecord, StoredQualityFinding } from './quality.types';

/** Filter of a findings listing. */
export interface QualityFindingFilter {
  rule?: string;
  row?: number;
}

interface RollupRow {
  agencyCode: string;
  datasets: bigint | number;
  completeness: string | null;
  validity: string | null;
  uniqueness: string | null;
  encoding: string | null;
  timeliness: string | null;
  overall: string | null;
}

/** Reads data quality assessments: single jobs, history, kept findings and per-agency means. */
export class QualityRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async get(id: string): Promise<QualityAssessmentRecord | null> {
    const row = await this.prisma.qualityAssessment.findUnique({ where: { id } });

    return row === null ? null : toQualityAssessmentRecord(row);
  }

  /** Returns the newest finished assessment of the dataset, or of one of its resources. */
  async latestDone(datasetId: string, resourceId?: string): Promise<QualityAssessmentRecord | null> {
    const row = await this.prisma.qualityAssessment.findFirst({
      where: { datasetId, status: 'done', ...(resourceId === undefined ? {} : { resourceId }) },
      orderBy: [{ finishedAt: 'desc' }, { createdAt: 'desc' }],
    });

    return row === null ? null : toQualityAssessmentRecord(row);
  }

  /** Lists every assessment of the dataset, or of one resource, newest first. */
  async history(datasetId: string, page: PageRequest, resourceId?: string): Promise<Page<QualityAssessmentRecord>> {
    const where = { datasetId, ...(resourceId === undefined ? {} : { resourceId }) };
    const [rows, total] = await Promise.all([
      this.prisma.qualityAssessment.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], ...toSkipTake(page) }),
      this.prisma.qualityAssessment.count({ where }),
    ]);

    return { items: rows.map(toQualityAssessmentRecord), total };
  }

  /** Lists the kept findings of an assessment in file order. */
  async findings(assessmentId: string, page: PageRequest, filter: QualityFindingFilter = {}): Promise<Page<StoredQualityFinding>> {
    const where = {
      assessmentId,
      ...(filter.rule === undefined ? {} : { rule: filter.rule }),
      ...(filter.row === undefined ? {} : { row: filter.row }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.qualityFinding.findMany({ where, orderBy: { position: 'asc' }, ...toSkipTake(page) }),
      this.prisma.qualityFinding.count({ where }),
    ]);
    const items = rows.map(({ assessmentId: _assessmentId, rule, dimension, ...row }) => ({
      ...row,
      rule: rule as QualityRuleCode,
      dimension: dimension as QualityDimension,
    }));

    return { items, total };
  }

  /**
   * Averages, per agency, the scores of each dataset's latest finished assessment, optionally only
   * of assessments finished in [from, to) (instants). AVG skips nulls, so a dimension that was not
   * assessed for a dataset does not count for it. The means are rounded half up to two places.
   */
  async agencyMeans(range?: { from: Date; to: Date }, agencyCode?: string): Promise<AgencyQualityRow[]> {
    const from = range?.from ?? new Date(0);
    const to = range?.to ?? new Date('9999-12-31T00:00:00Z');
    const rows = await this.prisma.$queryRaw<RollupRow[]>`
      WITH latest AS (
        SELECT DISTINCT ON (q."datasetId") q.*, d."agencyCode"
        FROM "QualityAssessment" q JOIN "Dataset" d ON d.id = q."datasetId"
        WHERE q.status = 'done' AND q."finishedAt" >= ${from} AND q."finishedAt" < ${to}
          AND (${agencyCode ?? null}::text IS NULL OR d."agencyCode" = ${agencyCode ?? null}::text)
        ORDER BY q."datasetId", q."finishedAt" DESC, q."createdAt" DESC
      )
      SELECT "agencyCode", count(*) AS datasets,
        round(avg(completeness), 2)::text AS completeness, round(avg(validity), 2)::text AS validity,
        round(avg(uniqueness), 2)::text AS uniqueness, round(avg(encoding), 2)::text AS encoding,
        round(avg(timeliness), 2)::text AS timeliness, round(avg(overall), 2)::text AS overall
      FROM latest GROUP BY "agencyCode" ORDER BY "agencyCode"`;

    return rows.map(({ agencyCode: code, datasets, ...scores }) => ({ agencyCode: code, datasets: Number(datasets), scores }));
  }
}
