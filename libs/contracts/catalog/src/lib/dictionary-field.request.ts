import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { IsCatalogText } from './catalog.validators';

/** Column types of a data dictionary, named as CKAN DataStore names them. */
export const DICTIONARY_DATA_TYPES = ['text', 'int', 'numeric', 'float', 'bool', 'date', 'time', 'timestamp', 'json'] as const;
export type DictionaryDataType = (typeof DICTIONARY_DATA_TYPES)[number];

/** A machine column name in snake_case: a lowercase ASCII letter, then letters, digits or `_`. */
export const machineNamePattern = /^[a-z][a-z0-9_]{0,62}$/;

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
