import type { DictionaryDataType, PdpaLegalBasis } from '@bma-kpi/contracts-catalog';

/** One column of a dataset's data dictionary (พจนานุกรมข้อมูล). */
export interface DictionaryField {
  /** Machine column name in snake_case ASCII. */
  name: string;
  labelTh: string;
  description?: string;
  type: DictionaryDataType;
  /** Maximum length of text, or total digits of a number. */
  size?: number;
  /** Digits after the decimal point. */
  precision?: number;
  unit?: string;
  required: boolean;
  primaryKey: boolean;
  allowedValues: string[];
  example?: string;
  personalData: boolean;
  /** PDPA legal basis of a personal-data field. */
  personalDataLegalBasis?: PdpaLegalBasis;
}

/** Problem that made the parser skip one row, or read no row at all when `row` is the header. */
export type DictionaryErrorCode =
  | 'unreadableFile'
  | 'missingHeader'
  | 'missingColumn'
  | 'missingName'
  | 'invalidName'
  | 'duplicateName'
  | 'missingType'
  | 'invalidType'
  | 'invalidNumber'
  | 'invalidBoolean'
  | 'precisionExceedsSize'
  | 'invalidLegalBasis'
  | 'legalBasisWithoutPersonalData';

/** A problem in one row of a dictionary file, with messages in Thai and in English. */
export interface DictionaryRowError {
  /** 1-based row number in the file (a CSV record or a worksheet row), counting the header row. */
  row: number;
  column?: string;
  code: DictionaryErrorCode;
  messageTh: string;
  messageEn: string;
}

/** Fields read from a dictionary file and the errors of the rows that were skipped. */
export interface DictionaryParseResult {
  fields: DictionaryField[];
  errors: DictionaryRowError[];
  /** Header cells that match no dictionary column; their values are ignored. */
  ignoredColumns: string[];
}
