/** One data dictionary field as a write gives it; `position` is its index in the list. */
export interface DictionaryFieldInput {
  /** Machine name of the column, unique within the dataset or resource. */
  name: string;
  labelTh: string;
  labelEn?: string | null;
  description?: string | null;
  /** Column type as the dictionary states it, e.g. text, numeric, date. */
  dataType: string;
  size?: number | null;
  precision?: number | null;
  unit?: string | null;
  required?: boolean;
  primaryKey?: boolean;
  /** Allowed values; empty or absent when any value is allowed. */
  allowedValues?: unknown[];
  /** Smallest and largest allowed value as text; absent or null when there is no limit. */
  minValue?: string | null;
  maxValue?: string | null;
  example?: string | null;
  personalData?: boolean;
  /** PDPA legal basis of a personal-data field. */
  personalDataLegalBasis?: string | null;
}

/** A stored data dictionary field. */
export interface DictionaryFieldRecord {
  id: string;
  datasetId: string;
  resourceId: string | null;
  position: number;
  name: string;
  labelTh: string;
  labelEn: string | null;
  description: string | null;
  dataType: string;
  size: number | null;
  precision: number | null;
  unit: string | null;
  required: boolean;
  primaryKey: boolean;
  allowedValues: unknown[];
  minValue: string | null;
  maxValue: string | null;
  example: string | null;
  personalData: boolean;
  personalDataLegalBasis: string | null;
}
