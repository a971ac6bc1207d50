import { decimalToString, toSkipTake, type Page, type PageRequest } from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { agencyReferenceSelect, progressOrder, toAgencyReference, toProgressRecord, toQuarterTargetRecord } from './indicator.mapper';
import type { AgencyReference, ProgressRecord, QuarterTargetRecord } from './indicator.types';

/** Filters of ProgressExportRepository.page; `codeNormalized` and `code` match either form of a KPI code. */
export interface ProgressExportQuery extends PageRequest {
  fiscalYear: number;
  /** Limits the progress notes to one fiscal quarter; indicators without notes in it are still listed. */
  quarter?: number;
  agencyCode?: string;
  codeNormalized?: string;
  /** Printed code, matched exactly when the code has no normal form. */
  code?: string;
  ids?: string[];
}

/** An indicator with the columns that the export reads, and its progress notes of the period. */
export interface ProgressExportRecord {
  id: string;
  code: string | null;
  title: string | null;
  fiscalYear: number;
  agency: AgencyReference | null;
  unit: string | null;
  decimals: number;
  targetValue: string | null;
  actualValue: string | null;
  updatedAt: string;
  quarterTargets: QuarterTargetRecord[];
  progress: ProgressRecord[];
}

function conditionsOf(query: ProgressExportQuery): Prisma.IndicatorWhereInput {
  return {
    fiscalYear: query.fiscalYear,
    ...(query.agencyCode === undefined ? {} : { agency: { code: query.agencyCode } }),
    ...(query.codeNormalized === undefined ? {} : { codeNormalized: query.codeNormalized }),
    ...(query.code === undefined ? {} : { code: query.code }),
    ...(query.ids === undefined ? {} : { id: { in: query.ids } }),
  };
}

/**
 * Reads pages of indicators with their quarter plan and progress for other systems. A page takes a
 * fixed number of statements whatever its size: one count, one read of the indicators and one per
 * related table (agency, quarter targets, progress), never one per indicator.
 */
export class ProgressExportRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async page(query: ProgressExportQuery): Promise<Page<ProgressExportRecord>> {
    const { skip, take } = toSkipTake(query);
    const where = conditionsOf(query);
    const total = await this.prisma.indicator.count({ where });
    const rows = await this.prisma.indicator.findMany({
      where,
      include: {
        agency: { select: agencyReferenceSelect },
        quarterTargets: { orderBy: { quarter: 'asc' } },
        progressReports: {
          where: query.quarter === undefined ? { fiscalYear: query.fiscalYear } : { fiscalYear: query.fiscalYear, quarter: query.quarter },
          orderBy: progressOrder,
        },
      },
      orderBy: [{ codeNormalized: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      skip,
      take,
    });

    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        code: row.code,
        title: row.title,
        fiscalYear: row.fiscalYear,
        agency: toAgencyReference(row.agency),
        unit: row.unit,
        decimals: row.decimals,
        targetValue: decimalToString(row.targetValue),
        actualValue: decimalToString(row.actualValue),
        updatedAt: row.updatedAt.toISOString(),
        quarterTargets: row.quarterTargets.map(toQuarterTargetRecord),
        progress: row.progressReports.map(toProgressRecord),
      })),
    };
  }
}
