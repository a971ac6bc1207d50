// The parser's output is part of the import API, so its types live in the contracts lib; this
// module keeps the parser's imports short.
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
} from '@bma-kpi/contracts-indicators';
