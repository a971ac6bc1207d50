/** One data item of a fiscal year's list, with the due rule that applies to it. */
export interface DistrictItemResponse {
  code: string;
  nameTh: string;
  nameEn: string | null;
  datasetId: string;
  geometryExpected: boolean;
  /** The item's own due day, or null when it follows the list's. */
  dueDay: number | null;
  dueMonthOffset: number | null;
  /** The due day and offset in force: the item's own, else the list's. */
  effectiveDueDay: number;
  effectiveDueMonthOffset: number;
}

/** The data item list of a fiscal year. */
export interface DistrictItemListResponse {
  /** Buddhist-era fiscal year. */
  fiscalYear: number;
  dueDay: number;
  dueMonthOffset: number;
  /** Incremented by every replacement of the list. */
  version: number;
  updatedBy: string;
  /** ISO 8601 instant. */
  updatedAt: string;
  items: DistrictItemResponse[];
  /** Codes of items removed from the list whose submissions are kept. */
  retiredItemCodes: string[];
}

/** One version of a report: the first submission or a correction. */
export interface DistrictSubmissionVersionResponse {
  version: number;
  records: { values: Record<string, unknown>; geometry?: Record<string, unknown> }[];
  submittedBy: string;
  /** ISO 8601 instant. */
  submittedAt: string;
  /** Reason for the correction, null for version 1. */
  reason: string | null;
}

/** A district's report of one item for one month, with every version, oldest first. */
export interface DistrictSubmissionResponse {
  id: string;
  fiscalYear: number;
  district: string;
  itemCode: string;
  month: string;
  /** ISO 8601 instant at the end of the due day in Bangkok, fixed at the first submission. */
  dueAt: string;
  /** From the first submission: onTime when it arrived by dueAt. */
  status: 'onTime' | 'late';
  firstSubmittedAt: string;
  /** The latest version's number and records. */
  version: number;
  records: DistrictSubmissionVersionResponse['records'];
  history: DistrictSubmissionVersionResponse[];
}

/** A district office as the indicators service lists it. */
export interface DistrictResponse {
  geocode: string;
  nameTh: string;
  nameEn: string | null;
}

/** Status of one district × item × month cell. */
export type DistrictCellStatus = 'onTime' | 'late' | 'missing' | 'pending';

/** One cell of the completeness matrix. */
export interface DistrictMatrixCell {
  district: string;
  itemCode: string;
  month: string;
  /** ISO 8601 date on which the report is due. */
  dueDate: string;
  status: DistrictCellStatus;
  /** ISO 8601 instant of the first submission, or null. */
  firstSubmittedAt: string | null;
  /** Number of the latest version, 0 without a submission. */
  version: number;
}

/** Counts and percentages of one district's cells; percentages have two decimals and are null when nothing is due. */
export interface DistrictRatesResponse {
  district: string;
  nameTh: string;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  due: number;
  onTimePercent: number | null;
  latePercent: number | null;
  missingPercent: number | null;
}

/** Completeness matrix and per-district rates of a fiscal year as of an instant. */
export interface DistrictMatrixResponse {
  fiscalYear: number;
  /** ISO 8601 instant the statuses are computed at. */
  asOf: string;
  months: string[];
  items: DistrictItemResponse[];
  districts: DistrictResponse[];
  cells: DistrictMatrixCell[];
  rates: DistrictRatesResponse[];
}

/** Result of a missing-report sweep. */
export interface DistrictSweepResponse {
  asOf: string;
  /** Fiscal years whose lists were swept. */
  fiscalYears: number[];
  /** Reports found missing for the first time, each of which emitted one missing event. */
  newlyMissing: number;
}
