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
