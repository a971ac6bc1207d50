import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import type { ValidationArguments } from 'class-validator';

import { IsCatalogText } from './catalog.validators';

/** Column types of a data dictionary, named as CKAN DataStore names them. */
export const DICTIONARY_DATA_TYPES = ['text', 'int', 'numeric', 'float', 'bool', 'date', 'time', 'timestamp', 'json'] as const;
export type DictionaryDataType = (typeof DICTIONARY_DATA_TYPES)[number];

/** A machine column name in snake_case: a lowercase ASCII letter, then letters, digits or `_`. */
export const machineNamePattern = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Lawful bases for collecting personal data without consent under the Personal Data Protection Act
 * B.E. 2562 section 24 (1)–(6), plus consent (section 19). `value` is stored; the labels are for people.
 */
export const PDPA_LEGAL_BASES = [
  { value: 'consent', labelTh: 'ได้รับความยินยอม (มาตรา 19)', labelEn: 'Consent (s.19)' },
  { value: 'archiveResearchStatistics', labelTh: 'จดหมายเหตุ วิจัย หรือสถิติ (มาตรา 24 (1))', labelEn: 'Archives, research or statistics (s.24(1))' },
  { value: 'vitalInterest', labelTh: 'ป้องกันอันตรายต่อชีวิต ร่างกาย หรือสุขภาพ (มาตรา 24 (2))', labelEn: 'Vital interest (s.24(2))' },
  { value: 'contract', labelTh: 'ปฏิบัติตามสัญญา (มาตรา 24 (3))', labelEn: 'Contract (s.24(3))' },
  { value: 'publicTask', labelTh: 'ภารกิจเพื่อประโยชน์สาธารณะหรืออำนาจรัฐ (มาตรา 24 (4))', labelEn: 'Public task or official authority (s.24(4))' },
  { value: 'legitimateInterest', labelTh: 'ประโยชน์โดยชอบด้วยกฎหมาย (มาตรา 24 (5))', labelEn: 'Legitimate interest (s.24(5))' },
  { value: 'legalObligation', labelTh: 'ปฏิบัติตามกฎหมาย (มาตรา 24 (6))', labelEn: 'Legal obligation (s.24(6))' },
] as const;

export type PdpaLegalBasis = (typeof PDPA_LEGAL_BASES)[number]['value'];

/** Rejects a legal basis on a field that is not flagged as personal data, where it would mean nothing. */
function OnlyWithPersonalData(): PropertyDecorator {
  return ValidateBy({
    name: 'onlyWithPersonalData',
    validator: {
      validate: (value: unknown, args) => value === undefined || value === null || (args?.object as { personalData?: unknown }).personalData === true,
      defaultMessage: () => '$property may only be set when personalData is true',
    },
  });
}

const rangeNumberPattern = /^-?\d{1,20}(\.\d{1,10})?$/;
const rangeDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const numberTypes: readonly string[] = ['int', 'numeric', 'float'];
const dateTypes: readonly string[] = ['date', 'timestamp'];

// A limit must be written as the field's type compares values: decimals for numbers, ISO dates for dates.
function isRangeLimitOfType(value: unknown, args: ValidationArguments): boolean {
  const type = (args.object as { type?: string }).type ?? '';

  if (typeof value !== 'string') {
    return false;
  }
  if (numberTypes.includes(type)) {
    return rangeNumberPattern.test(value);
  }

  return dateTypes.includes(type) && rangeDatePattern.test(value);
}

function isNotBelowMinimum(value: unknown, args: ValidationArguments): boolean {
  const minValue = (args.object as { minValue?: unknown }).minValue;
  const type = (args.object as { type?: string }).type ?? '';

  if (typeof minValue !== 'string' || typeof value !== 'string') {
    return true;
  }

  return numberTypes.includes(type) ? Number(value) >= Number(minValue) : value >= minValue;
}

/** Checks that a range limit suits the field's type: a decimal for int, numeric and float, `YYYY-MM-DD` for date and timestamp. */
function IsRangeLimit(): PropertyDecorator {
  return ValidateBy({
    name: 'isRangeLimit',
    validator: {
      validate: isRangeLimitOfType,
      defaultMessage: () => '$property must be a decimal for int, numeric and float fields, or a date written YYYY-MM-DD for date and timestamp fields',
    },
  });
}

/** Checks that the maximum of a range is not below its minimum. */
function IsNotBelowMinimum(): PropertyDecorator {
  return ValidateBy({
    name: 'isNotBelowMinimum',
    validator: { validate: isNotBelowMinimum, defaultMessage: () => '$property must not be below minValue' },
  });
}

/** Request to add or replace one column of a dataset's data dictionary. */
export class DictionaryFieldRequest {
  @Matches(machineNamePattern) name: string;
  @IsCatalogText(300) labelTh: string;
  @IsOptional() @IsCatalogText(5000) description?: string;
  @IsIn(DICTIONARY_DATA_TYPES) type: DictionaryDataType;
  @IsOptional() @Min(1) @IsInt() size?: number;
  @IsOptional() @Max(38) @Min(0) @IsInt() precision?: number;
  @IsOptional() @IsCatalogText(100) unit?: string;
  @IsBoolean() required: boolean;
  @IsBoolean() primaryKey: boolean;
  @ArrayMaxSize(1000) @IsString({ each: true }) @IsArray() allowedValues: string[];
  @IsOptional() @MaxLength(500) @IsString() example?: string;
  /** Smallest allowed value, which data quality assessments check. */
  @IsOptional() @IsRangeLimit() @IsString() minValue?: string;
  /** Largest allowed value, not below minValue. */
  @IsOptional() @IsNotBelowMinimum() @IsRangeLimit() @IsString() maxValue?: string;
  @IsBoolean() personalData: boolean;

  /** Legal basis under the PDPA for a personal-data field; the security checklist flags personal fields without one. */
  @IsOptional()
  @OnlyWithPersonalData()
  @IsIn(PDPA_LEGAL_BASES.map((basis) => basis.value))
  @IsString()
  personalDataLegalBasis?: PdpaLegalBasis | null;
}

/** Request to replace the whole data dictionary of one dataset. */
export class ReplaceDictionaryRequest {
  @IsCatalogText(100) datasetName: string;

  /** A resource of the dataset whose own dictionary to replace; the dataset's when absent. */
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => DictionaryFieldRequest)
  @IsArray()
  fields: DictionaryFieldRequest[];
}
