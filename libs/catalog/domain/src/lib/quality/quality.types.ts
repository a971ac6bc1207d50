import type { DictionaryDataType } from '@bma-kpi/contracts-catalog';

/** Dimension of data quality that a rule belongs to and that gets its own score. */
export type QualityDimension = 'completeness' | 'validity' | 'uniqueness' | 'encoding' | 'timeliness';

/** Rule that a finding breaks; each code belongs to one dimension (see QUALITY_RULE_DIMENSIONS). */
export type QualityRuleCode =
  | 'requiredBlank'
  | 'columnMissing'
  | 'columnUnknown'
  | 'invalidInteger'
  | 'invalidNumber'
  | 'invalidDate'
  | 'invalidTime'
  | 'invalidTimestamp'
  | 'invalidBoolean'
  | 'invalidJson'
  | 'tooLong'
  | 'tooManyDecimals'
  | 'belowMinimum'
  | 'aboveMaximum'
  | 'notAllowed'
  | 'duplicateKey'
  | 'brokenSaraAm'
  | 'mojibake'
  | 'replacementCharacter'
  | 'byteOrderMark'
  | 'thaiDigits'
  | 'stale'
  | 'unreadableFile';

/** Dictionary column as the assessment reads it: a subset of DictionaryField plus its range. */
export interface QualityField {
  name: string;
  labelTh: string;
  type: DictionaryDataType;
  /** Maximum length of text, or total digits of a number. */
  size?: number;
  /** Digits after the decimal point. */
  precision?: number;
  required: boolean;
  primaryKey: boolean;
  /** Allowed values; empty when any value is allowed. */
  allowedValues: string[];
  /** Smallest allowed value: a decimal for numbers, `YYYY-MM-DD` for dates. */
  minValue?: string;
  /** Largest allowed value, written like minValue. */
  maxValue?: string;
}

/** One row read from a CSV or XLSX file: its row number as the file shows it and its cells as text. */
export interface RawRow {
  /** 1-based: the header is row 1 unless blank rows precede it. */
  rowNumber: number;
  cells: string[];
}

/** One problem found in a file, with messages in Thai and in English. */
export interface QualityFinding {
  /** Row number as in the file; null for a problem of the whole file (a BOM, a stale update). */
  row: number | null;
  /** Header text of the column, or null for a problem of a whole row or file. */
  column: string | null;
  rule: QualityRuleCode;
  dimension: QualityDimension;
  messageTh: string;
  messageEn: string;
  /** The offending value, cut to QUALITY_VALUE_MAX_LENGTH characters; null when there is none. */
  value: string | null;
}

/** Numbers behind the scores; every count covers the whole file, also past the findings limit. */
export interface QualityCounts {
  /** Rows after the header, including empty ones. */
  rowsRead: number;
  /** Rows whose cells are all blank; they are counted and skipped. */
  emptyRows: number;
  /** Required cells checked, and those of them that were blank. */
  requiredCells: number;
  blankRequiredCells: number;
  /** Non-blank cells of dictionary columns checked against their type and rules, and the invalid ones. */
  checkedCells: number;
  invalidCells: number;
  /** Rows whose primary key is complete, and those whose key repeats an earlier row. */
  keyedRows: number;
  duplicateKeyRows: number;
  /** Non-blank cells checked for encoding problems, and those with at least one. */
  textCells: number;
  badlyEncodedCells: number;
  /** Every finding, and the number per rule. */
  findings: number;
  findingsByRule: Partial<Record<QualityRuleCode, number>>;
}

/** Scores from 0 to 100 as decimal text with two places; null for a dimension that was not assessed. */
export type QualityScores = Record<QualityDimension | 'overall', string | null>;

/** Result of assessing one file. */
export interface QualityResult {
  scores: QualityScores;
  counts: QualityCounts;
  /** The first findings, at most the configured limit, in file order. */
  findings: QualityFinding[];
  /** True when more findings exist than `findings` holds; the report has all of them. */
  findingsTruncated: boolean;
  bomFound: boolean;
  /** Header cells as read, with a BOM removed. */
  header: string[];
}

/** Maximum length of a value kept in a finding, in characters; longer values are cut and end with `…`. */
export const QUALITY_VALUE_MAX_LENGTH = 100;

/** Dimension of each rule, which decides the score that a finding lowers. */
export const QUALITY_RULE_DIMENSIONS: Record<QualityRuleCode, QualityDimension> = {
  requiredBlank: 'completeness',
  columnMissing: 'completeness',
  columnUnknown: 'completeness',
  invalidInteger: 'validity',
  invalidNumber: 'validity',
  invalidDate: 'validity',
  invalidTime: 'validity',
  invalidTimestamp: 'validity',
  invalidBoolean: 'validity',
  invalidJson: 'validity',
  tooLong: 'validity',
  tooManyDecimals: 'validity',
  belowMinimum: 'validity',
  aboveMaximum: 'validity',
  notAllowed: 'validity',
  duplicateKey: 'uniqueness',
  brokenSaraAm: 'encoding',
  mojibake: 'encoding',
  replacementCharacter: 'encoding',
  byteOrderMark: 'encoding',
  thaiDigits: 'encoding',
  stale: 'timeliness',
  unreadableFile: 'validity',
};
