export type * from './lib/kpi-record';
export { parseKpiRecord } from './lib/kpi-record.parser';
export type { KpiParseCode } from './lib/parse-messages';
