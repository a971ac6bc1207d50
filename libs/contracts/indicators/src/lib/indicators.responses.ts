import type { KpiRecordLayout, ParsedKpiRecord, ParseMessage } from './kpi-record.types';
import type { DirectionValue, KpiTypeValue, ResultLevelValue } from './indicator.request';
import type { AgencyKindValue, PlanLevelValue } from './reference.request';

/** Agency as embedded in other responses. */
export interface AgencySummary {
  code: string | null;
  nameTh: string;
  nameEn: string | null;
}

/** An agency with its place in the agency tree. */
export interface AgencyResponse extends AgencySummary {
  id: string;
  kind: AgencyKindValue;
  geocode: string | null;
  parentCode: string | null;
}

/** A plan node as embedded in other responses. */
export interface PlanNodeSummary {
  level: PlanLevelValue;
  code: string;
  nameTh: string;
  nameEn: string | null;
}

/** A plan node, with its children in tree responses. */
export interface PlanNodeResponse extends PlanNodeSummary {
  id: string;
  editionCode: string;
  parentCode: string | null;
  children?: PlanNodeResponse[];
}

/** A plan edition with its tree of nodes. */
export interface PlanTreeResponse {
  code: string;
  nameTh: string;
  nameEn: string | null;
  startYear: number;
  endYear: number;
  nodes: PlanNodeResponse[];
}

/** Planned value and assessment of one fiscal quarter. */
export interface QuarterTargetResponse {
  quarter: number;
  plannedValue: number | null;
  assessmentScore: number | null;
  pairRaw: string | null;
}

/** A progress note; `date` is ISO 8601 (Christian era), `dateTh` the same date in the Buddhist era. */
export interface ProgressResponse {
  id: string;
  indicatorId: string;
  date: string | null;
  dateTh: string | null;
  fiscalYear: number | null;
  quarter: number | null;
  rawDate: string | null;
  dateAmbiguous: boolean;
  sectionQuarter: number | null;
  value: number | null;
  text: string;
  rawText: string;
  source: 'import' | 'api';
  createdBy: string;
  createdAt: string;
}

/** An indicator in list responses. */
export interface IndicatorSummary {
  id: string;
  code: string | null;
  title: string | null;
  kpiType: KpiTypeValue | null;
  resultLevel: ResultLevelValue | null;
  unit: string | null;
  fiscalYear: number;
  agency: AgencySummary | null;
  planNode: PlanNodeSummary | null;
  target: number | null;
  actual: number | null;
  /** actual / target × 100, rounded to 2 decimals; null when the target is missing or 0. */
  achievementPercent: number | null;
  version: number;
  updatedAt: string;
}

/** An indicator with everything the service stores about it. */
export interface IndicatorDetail extends IndicatorSummary {
  familyNumber: string | null;
  typeRaw: string | null;
  decimals: number;
  direction: DirectionValue;
  assessment: { quarter: number | null; score: number | null; raw: string } | null;
  definitions: { term: string; text: string; rawText: string }[];
  calculation: { text: string; rawText: string; parts: { number: string; text: string }[] } | null;
  verification: { text: string; rawText: string; parts: { number: string; text: string }[] } | null;
  planPath: PlanNodeSummary[];
  quarterTargets: QuarterTargetResponse[];
  progress: ProgressResponse[];
  createdBy: string;
  updatedBy: string;
  createdAt: string;
}

/** A progress note with only the fields that scoring and the consistency checks read. */
export type ScoringProgressNote = Pick<ProgressResponse, 'id' | 'date' | 'fiscalYear' | 'quarter' | 'sectionQuarter' | 'value' | 'text' | 'createdAt'>;

/**
 * An indicator with only what scoring, the consistency checks and the grouping of results read.
 * IndicatorDetail has every one of these fields, so a full detail can be scored as well.
 */
export interface ScoringIndicator
  extends Pick<
    IndicatorDetail,
    'id' | 'fiscalYear' | 'kpiType' | 'unit' | 'agency' | 'planPath' | 'target' | 'actual' | 'decimals' | 'direction' | 'quarterTargets'
  > {
  progress: ScoringProgressNote[];
}

/** One batch of scoring views of indicators, in id order. */
export interface ScoringIndicatorBatch {
  items: ScoringIndicator[];
  /** Id to send as `afterId` for the next batch, or null after the last one. */
  nextAfterId: string | null;
}

/** Outcome of an import: a new indicator, an updated one, the same record again, or a parse only. */
export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'parsed';

/** Result of importing one KPI record export. */
export interface ImportRecordResponse {
  outcome: ImportOutcome;
  indicatorId: string | null;
  importId: string | null;
  layout: KpiRecordLayout;
  newProgressCount: number;
  warnings: ParseMessage[];
  record: ParsedKpiRecord;
}

/** Health of the indicators service. */
export interface HealthCheckResponse {
  status: 'ok';
  service: 'indicators';
  database: 'postgres' | 'pglite';
  /** `<host name>:<process id>` of the replica that sent the reply, which distinguishes the replicas. */
  instance: string;
  /** Events stored in the outbox and not yet published to the event stream. */
  outboxBacklog: number;
}
