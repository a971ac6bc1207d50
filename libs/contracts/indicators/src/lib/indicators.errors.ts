/** Error codes the indicators service returns; the gateway maps each one to an HTTP status. */
export const IndicatorsErrorCode = {
  indicatorNotFound: 'INDICATOR_NOT_FOUND',
  indicatorExists: 'INDICATOR_EXISTS',
  versionConflict: 'VERSION_CONFLICT',
  duplicateProgress: 'DUPLICATE_PROGRESS',
  notAKpiRecord: 'NOT_A_KPI_RECORD',
  recordTooLarge: 'RECORD_TOO_LARGE',
  agencyNotFound: 'AGENCY_NOT_FOUND',
  importAgencyForbidden: 'IMPORT_AGENCY_FORBIDDEN',
  planEditionNotFound: 'PLAN_EDITION_NOT_FOUND',
  planNodeNotFound: 'PLAN_NODE_NOT_FOUND',
  fiscalYearMissing: 'FISCAL_YEAR_MISSING',
  progressOutsideFiscalYear: 'PROGRESS_OUTSIDE_FISCAL_YEAR',
  valueOutOfRange: 'VALUE_OUT_OF_RANGE',
} as const;

export type IndicatorsErrorCode = (typeof IndicatorsErrorCode)[keyof typeof IndicatorsErrorCode];
