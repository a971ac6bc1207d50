import Decimal from 'decimal.js';

import type {
  AgencySummary,
  IndicatorDetail,
  IndicatorSummary,
  PlanNodeSummary,
  ProgressResponse,
  QuarterTargetResponse,
  ScoringIndicator,
} from '@bma-kpi/contracts-indicators';
import type {
  AgencyReference,
  IndicatorDetail as IndicatorDetailRecord,
  IndicatorScoringRecord,
  IndicatorSummary as IndicatorSummaryRecord,
  PlanPathEntry,
  ProgressRecord,
  QuarterTargetRecord,
} from '@bma-kpi/indicators-data-access';
import { formatThaiDate } from '@bma-kpi/util-thai';

/** Decimals used when a listing does not carry the indicator's own setting. */
const defaultDecimals = 2;

/**
 * Rounds stored decimal text to the indicator's declared decimals, half away from zero (the rule
 * Thai government reports use), and returns it as a JSON number.
 */
export function roundToNumber(value: string | null, decimals: number): number | null {
  return value === null ? null : new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
}

/** actual / target × 100 with 2 decimals; null when either is missing or the target is 0 (not set). */
export function achievementPercent(target: string | null, actual: string | null): number | null {
  if (target === null || actual === null || new Decimal(target).isZero()) {
    return null;
  }

  return new Decimal(actual).div(target).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

function toAgencySummary(agency: AgencyReference | null): AgencySummary | null {
  return agency && { code: agency.code, nameTh: agency.nameTh, nameEn: agency.nameEn };
}

function toPlanNodeSummary(node: PlanPathEntry): PlanNodeSummary {
  return { level: node.level as PlanNodeSummary['level'], code: node.code, nameTh: node.nameTh, nameEn: node.nameEn };
}

function summaryFields(record: IndicatorSummaryRecord | IndicatorDetailRecord, decimals: number) {
  return {
    id: record.id,
    code: record.code,
    title: record.title,
    kpiType: record.kpiType,
    resultLevel: record.resultLevel,
    unit: record.unit,
    fiscalYear: record.fiscalYear,
    agency: toAgencySummary(record.agency),
    target: roundToNumber(record.targetValue, decimals),
    actual: roundToNumber(record.actualValue, decimals),
    achievementPercent: achievementPercent(record.targetValue, record.actualValue),
    version: record.version,
    updatedAt: record.updatedAt,
  };
}

export function toIndicatorSummary(record: IndicatorSummaryRecord): IndicatorSummary {
  return {
    ...summaryFields(record, 'decimals' in record ? (record.decimals as number) : defaultDecimals),
    planNode: record.planNode && toPlanNodeSummary(record.planNode),
  };
}

export function toProgressResponse(record: ProgressRecord, decimals: number): ProgressResponse {
  return {
    id: record.id,
    indicatorId: record.indicatorId,
    date: record.reportDate,
    dateTh: record.reportDate ? formatThaiDate(record.reportDate) : null,
    fiscalYear: record.fiscalYear,
    quarter: record.quarter,
    rawDate: record.rawDate,
    dateAmbiguous: record.dateAmbiguous,
    sectionQuarter: record.sectionQuarter,
    value: roundToNumber(record.value, decimals),
    text: record.text,
    rawText: record.rawText,
    source: record.source,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
  };
}

function toQuarterTarget(record: QuarterTargetRecord, decimals: number): QuarterTargetResponse {
  return {
    quarter: record.quarter,
    plannedValue: roundToNumber(record.plannedValue, decimals),
    assessmentScore: roundToNumber(record.assessmentScore, decimals),
    pairRaw: record.pairRaw,
  };
}

export function toIndicatorDetail(record: IndicatorDetailRecord): IndicatorDetail {
  const planPath = record.planPath.map(toPlanNodeSummary);

  return {
    ...summaryFields(record, record.decimals),
    planNode: planPath.at(-1) ?? null,
    familyNumber: record.familyNumber,
    typeRaw: record.typeRaw,
    decimals: record.decimals,
    direction: record.direction,
    assessment: record.assessment as IndicatorDetail['assessment'],
    definitions: (record.definitions ?? []) as IndicatorDetail['definitions'],
    calculation: record.calculation as IndicatorDetail['calculation'],
    verification: record.verification as IndicatorDetail['verification'],
    planPath,
    quarterTargets: record.quarterTargets.map((target) => toQuarterTarget(target, record.decimals)),
    progress: record.progress.map((note) => toProgressResponse(note, record.decimals)),
    createdBy: record.createdBy,
    updatedBy: record.updatedBy,
    createdAt: record.createdAt,
  };
}

/** Maps a scoring record to its response, with values rounded to the indicator's decimals. */
export function toScoringIndicator(record: IndicatorScoringRecord): ScoringIndicator {
  const decimals = record.decimals;

  return {
    id: record.id,
    fiscalYear: record.fiscalYear,
    kpiType: record.kpiType,
    unit: record.unit,
    agency: toAgencySummary(record.agency),
    planPath: record.planPath.map(toPlanNodeSummary),
    target: roundToNumber(record.targetValue, decimals),
    actual: roundToNumber(record.actualValue, decimals),
    decimals,
    direction: record.direction,
    quarterTargets: record.quarterTargets.map((target) => toQuarterTarget(target, decimals)),
    progress: record.progress.map((note) => ({
      id: note.id,
      date: note.reportDate,
      fiscalYear: note.fiscalYear,
      quarter: note.quarter,
      sectionQuarter: note.sectionQuarter,
      value: roundToNumber(note.value, decimals),
      text: note.text,
      createdAt: note.createdAt,
    })),
  };
}
