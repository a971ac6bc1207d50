export type {
  Assessment,
  CriteriaPart,
  CriteriaSection,
  Definition,
  FiscalQuarter,
  KpiParseResult,
  KpiRecordLayout,
  KpiType,
  MeasuredValue,
  ParsedKpiRecord,
  ParseMessage,
  PlanLevel,
  PlanPathNode,
  ProgressNote,
  QuarterPlan,
  RecordSection,
  ResultLevel,
} from './lib/kpi-record';
export { parseKpiRecord } from './lib/kpi-record.parser';
export type { KpiParseCode } from './lib/parse-messages';
