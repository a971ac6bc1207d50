import type { PageRequest } from '@bma-kpi/database';
import type { Direction, KpiType, ProgressSource, ResultLevel } from '../../generated/prisma/client';

/** A JSON value as stored in a Json column. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Planned cumulative value and assessment of one fiscal quarter; decimals as text. */
export interface QuarterTargetInput {
  /** Fiscal quarter 1–4; quarter 1 is October–December. */
  quarter: number;
  plannedValue: string | null;
  assessmentScore: string | null;
  pairRaw: string | null;
}

/** Fields of an indicator that a create or update sets; decimals are decimal text such as `70.5`. */
export interface IndicatorFields {
  code?: string | null;
  codeNormalized?: string | null;
  /** SHA-256 that identifies a KPI exported without a code (see ImportRecordParams.identityKey). */
  identityKey?: string | null;
  title?: string | null;
  familyNumber?: string | null;
  kpiType?: KpiType | null;
  typeRaw?: string | null;
  resultLevel?: ResultLevel | null;
  unit?: string | null;
  decimals?: number;
  direction?: Direction;
  /** Fiscal year in the Buddhist era, e.g. 2564. */
  fiscalYear?: number;
  agencyId?: string | null;
  planNodeId?: string | null;
  targetValue?: string | null;
  actualValue?: string | null;
  /** JSON-serialisable values; Decimals are stored as decimal text. */
  assessment?: unknown;
  definitions?: unknown[];
  calculation?: unknown;
  verification?: unknown;
}

/** Input of IndicatorRepository.create; `id` may be given so that events can name the indicator up front. */
export interface CreateIndicatorInput extends IndicatorFields {
  id?: string;
  fiscalYear: number;
  quarterTargets?: QuarterTargetInput[];
}

/** Changes of IndicatorRepository.update; undefined fields stay, `quarterTargets` replaces all quarters. */
export interface IndicatorPatch extends IndicatorFields {
  quarterTargets?: QuarterTargetInput[];
}

/** Filters of IndicatorRepository.list; `planNodeCode` includes indicators under the node's descendants. */
export interface IndicatorListQuery extends PageRequest {
  fiscalYear?: number;
  agencyCode?: string;
  planNodeCode?: string;
  /** Limits `planNodeCode` to one edition; without it the code is looked up in every edition. */
  editionCode?: string;
  kpiType?: KpiType;
  /** Matched case-insensitively against title, printed code and normalised code. */
  search?: string;
}

/** A progress note with the columns that scoring reads. */
export type ScoringProgressRecord = Pick<ProgressRecord, 'id' | 'reportDate' | 'fiscalYear' | 'quarter' | 'sectionQuarter' | 'value' | 'text' | 'createdAt'>;

/** An indicator with the columns that scoring reads, from IndicatorRepository.listScoring. */
export interface IndicatorScoringRecord
  extends Pick<IndicatorDetail, 'id' | 'fiscalYear' | 'kpiType' | 'unit' | 'agency' | 'targetValue' | 'actualValue' | 'decimals' | 'direction' | 'planPath' | 'quarterTargets'> {
  progress: ScoringProgressRecord[];
}

/** Batch of IndicatorRepository.listScoring: one fiscal year, optionally one agency, in id order. */
export interface IndicatorDetailQuery {
  fiscalYear: number;
  agencyCode?: string;
  /** Only ids greater than this one; omitted for the first batch. */
  afterId?: string;
  /** Only ids less than this one; omitted for no upper bound. */
  beforeId?: string;
  limit: number;
}

/** The owner agency of an indicator. */
export interface AgencyReference {
  id: string;
  code: string | null;
  nameTh: string;
  nameEn: string | null;
}

/** One step of an indicator's plan path, root first. */
export interface PlanPathEntry {
  id: string;
  code: string;
  level: string;
  nameTh: string;
  nameEn: string | null;
}

/** A quarter's planned value and assessment, decimals as text. */
export interface QuarterTargetRecord {
  quarter: number;
  plannedValue: string | null;
  assessmentScore: string | null;
  pairRaw: string | null;
}

/** A stored progress note; reportDate is `YYYY-MM-DD`, createdAt an ISO 8601 instant. */
export interface ProgressRecord {
  id: string;
  indicatorId: string;
  reportDate: string | null;
  fiscalYear: number | null;
  quarter: number | null;
  rawDate: string | null;
  dateAmbiguous: boolean;
  sectionQuarter: number | null;
  value: string | null;
  text: string;
  rawText: string;
  fingerprint: string;
  source: ProgressSource;
  createdBy: string;
  createdAt: string;
}

/** An indicator as listings return it. */
export interface IndicatorSummary {
  id: string;
  code: string | null;
  codeNormalized: string | null;
  title: string | null;
  familyNumber: string | null;
  kpiType: KpiType | null;
  resultLevel: ResultLevel | null;
  unit: string | null;
  fiscalYear: number;
  agency: AgencyReference | null;
  planNode: PlanPathEntry | null;
  targetValue: string | null;
  actualValue: string | null;
  version: number;
  updatedAt: string;
}

/** An indicator with its agency, plan path, quarter targets and progress notes. */
export interface IndicatorDetail extends Omit<IndicatorSummary, 'planNode'> {
  typeRaw: string | null;
  decimals: number;
  direction: Direction;
  planNodeId: string | null;
  planPath: PlanPathEntry[];
  assessment: JsonValue | null;
  definitions: JsonValue;
  calculation: JsonValue | null;
  verification: JsonValue | null;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  quarterTargets: QuarterTargetRecord[];
  progress: ProgressRecord[];
}

/** Result of IndicatorRepository.update: the indicator after the update and the fields that changed. */
export interface IndicatorUpdateResult {
  indicator: IndicatorDetail;
  /** Empty when the patch matched the stored values; then nothing was written and no event inserted. */
  changedFields: string[];
}
