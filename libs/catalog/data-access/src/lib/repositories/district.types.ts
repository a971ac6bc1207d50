/** One item of a list replacement. */
export interface DistrictItemInput {
  code: string;
  nameTh: string;
  nameEn: string | null;
  datasetId: string;
  geometryExpected: boolean;
  dueDay: number | null;
  dueMonthOffset: number | null;
}

/** A list replacement of one fiscal year. */
export interface DistrictItemListInput {
  fiscalYear: number;
  dueDay: number;
  dueMonthOffset: number;
  items: DistrictItemInput[];
}

/** A stored item; `retiredAt` is set when a later list left it out. */
export interface DistrictItemRecord extends DistrictItemInput {
  id: string;
  fiscalYear: number;
  position: number;
  retiredAt: Date | null;
}

/** A stored item list with every item, retired ones included, in list order. */
export interface DistrictItemListRecord {
  fiscalYear: number;
  dueDay: number;
  dueMonthOffset: number;
  version: number;
  updatedBy: string;
  updatedAt: Date;
  items: DistrictItemRecord[];
}

/** One stored version of a report. */
export interface DistrictSubmissionVersionRecord {
  version: number;
  records: unknown;
  submittedBy: string;
  submittedAt: Date;
  reason: string | null;
}

/** A stored report with its versions, oldest first. */
export interface DistrictSubmissionRecord {
  id: string;
  itemId: string;
  district: string;
  month: string;
  dueAt: Date;
  status: 'onTime' | 'late';
  firstSubmittedAt: Date;
  version: number;
  versions: DistrictSubmissionVersionRecord[];
}

/** A report to store: the first version, or a correction when one exists. */
export interface DistrictSubmissionInput {
  itemId: string;
  district: string;
  month: string;
  records: unknown[];
  reason: string | null;
  submittedAt: Date;
  /** Due instant and status, used only when this is the first submission. */
  dueAt: Date;
  status: 'onTime' | 'late';
}

/** A submission as the completeness matrix needs it, without records. */
export interface DistrictSubmissionSummary {
  itemId: string;
  district: string;
  month: string;
  status: 'onTime' | 'late';
  firstSubmittedAt: Date;
  version: number;
}

/** A report that a sweep found missing. */
export interface DistrictMissingCandidate {
  itemId: string;
  district: string;
  month: string;
  dueAt: Date;
}
