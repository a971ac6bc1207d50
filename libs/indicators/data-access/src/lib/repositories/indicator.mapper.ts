import { dateToIso, decimalToString } from '@bma-kpi/database';
import type { Prisma } from '../../generated/prisma/client';
import type { PlanNodeRecord } from './plan.repository';
import type {
  AgencyReference,
  IndicatorDetail,
  IndicatorScoringRecord,
  IndicatorSummary,
  JsonValue,
  PlanPathEntry,
  ProgressRecord,
  QuarterTargetRecord,
} from './indicator.types';

export const agencyReferenceSelect = { id: true, code: true, nameTh: true, nameEn: true } as const;
export const planNodeReferenceSelect = { id: true, code: true, level: true, nameTh: true, nameEn: true } as const;

export const summaryInclude = {
  agency: { select: agencyReferenceSelect },
  planNode: { select: planNodeReferenceSelect },
} as const;

/** Progress notes by report date (undated last), then in the order they were stored. */
export const progressOrder = [
  { reportDate: { sort: 'asc', nulls: 'last' } },
  { createdAt: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ProgressReportOrderByWithRelationInput[];

export const detailInclude = {
  agency: { select: agencyReferenceSelect },
  quarterTargets: { orderBy: { quarter: 'asc' } },
  progressReports: { orderBy: progressOrder },
} satisfies Prisma.IndicatorInclude;

/** Columns that scoring reads; long texts such as definitions and raw note text are left out. */
export const scoringSelect = {
  id: true,
  fiscalYear: true,
  kpiType: true,
  unit: true,
  decimals: true,
  direction: true,
  targetValue: true,
  actualValue: true,
  planNodeId: true,
  agency: { select: agencyReferenceSelect },
  quarterTargets: { orderBy: { quarter: 'asc' } },
  progressReports: {
    orderBy: progressOrder,
    select: { id: true, reportDate: true, fiscalYear: true, quarter: true, sectionQuarter: true, value: true, text: true, createdAt: true },
  },
} satisfies Prisma.IndicatorSelect;

type ScoringRow = Prisma.IndicatorGetPayload<{ select: typeof scoringSelect }>;

type SummaryRow = Prisma.IndicatorGetPayload<{ include: typeof summaryInclude }>;

type DetailRow = Prisma.IndicatorGetPayload<{ include: typeof detailInclude }>;

export function toAgencyReference(agency: AgencyReference | null): AgencyReference | null {
  return agency === null ? null : { id: agency.id, code: agency.code, nameTh: agency.nameTh, nameEn: agency.nameEn };
}

export function toPlanPathEntry(node: PlanPathEntry | PlanNodeRecord): PlanPathEntry {
  return { id: node.id, code: node.code, level: node.level, nameTh: node.nameTh, nameEn: node.nameEn };
}

export function toSummary(row: SummaryRow): IndicatorSummary {
  return {
    id: row.id,
    code: row.code,
    codeNormalized: row.codeNormalized,
    title: row.title,
    familyNumber: row.familyNumber,
    kpiType: row.kpiType,
    resultLevel: row.resultLevel,
    unit: row.unit,
    fiscalYear: row.fiscalYear,
    agency: toAgencyReference(row.agency),
    planNode: row.planNode === null ? null : toPlanPathEntry(row.planNode),
    targetValue: decimalToString(row.targetValue),
    actualValue: decimalToString(row.actualValue),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDetail(row: DetailRow, planPath: PlanNodeRecord[]): IndicatorDetail {
  const { planNode: _leaf, ...summary } = toSummary({ ...row, planNode: null });

  return {
    ...summary,
    typeRaw: row.typeRaw,
    decimals: row.decimals,
    direction: row.direction,
    planNodeId: row.planNodeId,
    planPath: planPath.map(toPlanPathEntry),
    assessment: row.assessment as JsonValue | null,
    definitions: row.definitions as JsonValue,
    calculation: row.calculation as JsonValue | null,
    verification: row.verification as JsonValue | null,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    quarterTargets: row.quarterTargets.map(toQuarterTargetRecord),
    progress: row.progressReports.map(toProgressRecord),
  };
}

export function toQuarterTargetRecord(row: Prisma.QuarterTargetGetPayload<object>): QuarterTargetRecord {
  return {
    quarter: row.quarter,
    plannedValue: decimalToString(row.plannedValue),
    assessmentScore: decimalToString(row.assessmentScore),
    pairRaw: row.pairRaw,
  };
}

export function toProgressRecord(row: Prisma.ProgressReportGetPayload<object>): ProgressRecord {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    reportDate: dateToIso(row.reportDate),
    fiscalYear: row.fiscalYear,
    quarter: row.quarter,
    rawDate: row.rawDate,
    dateAmbiguous: row.dateAmbiguous,
    sectionQuarter: row.sectionQuarter,
    value: decimalToString(row.value),
    text: row.text,
    rawText: row.rawText,
    fingerprint: row.fingerprint,
    source: row.source,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toScoringRecord(row: ScoringRow, planPath: PlanNodeRecord[]): IndicatorScoringRecord {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    kpiType: row.kpiType,
    unit: row.unit,
    agency: toAgencyReference(row.agency),
    targetValue: decimalToString(row.targetValue),
    actualValue: decimalToString(row.actualValue),
    decimals: row.decimals,
    direction: row.direction,
    planPath: planPath.map(toPlanPathEntry),
    quarterTargets: row.quarterTargets.map(toQuarterTargetRecord),
    progress: row.progressReports.map((note) => ({
      id: note.id,
      reportDate: dateToIso(note.reportDate),
      fiscalYear: note.fiscalYear,
      quarter: note.quarter,
      sectionQuarter: note.sectionQuarter,
      value: decimalToString(note.value),
      text: note.text,
      createdAt: note.createdAt.toISOString(),
    })),
  };
}
