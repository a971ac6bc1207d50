import { IsEmail, IsIn, IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';

import { DATA_LANGUAGES } from './catalog-type-vocabulary.data';
import type { DataLanguage } from './catalog-type-vocabulary.data';
import {
  CKAN_BOOLEANS,
  CLASSIFICATION_LEVELS,
  DATASET_TYPES,
  DATA_CATEGORIES,
  DATA_FORMATS,
  GEO_COVERAGES,
  LICENSES,
  OBJECTIVES,
  UPDATE_FREQUENCY_UNITS,
} from './catalog-vocabulary.data';
import type {
  CkanBoolean,
  ClassificationLevel,
  DataCategory,
  DataFormat,
  DatasetType,
  GeoCoverage,
  License,
  Objective,
  UpdateFrequencyUnit,
} from './catalog-vocabulary.data';
import { IsCatalogChoice, IsCatalogChoiceList, IsCatalogDate, IsCatalogText, choiceValues } from './catalog.validators';
import { DatasetTypeFields } from './dataset-type-fields.request';
import type { DatasetMetadata } from './dataset-metadata.types';

/** A CKAN dataset name: 2 to 100 characters of lowercase ASCII letters, digits, `-` and `_`. */
export const datasetSlugPattern = /^[a-z0-9_-]{2,100}$/;

/** Request to create a catalog dataset with thai_gdc metadata. */
export class CreateDatasetRequest extends DatasetTypeFields implements DatasetMetadata {
  @IsCatalogChoice(DATASET_TYPES) data_type: DatasetType;
  @IsOptional() @IsCatalogText(500) data_type_other?: string;
  @IsCatalogText(500) title: string;
  @IsOptional() @IsCatalogText(500) titleEn?: string;
  @IsOptional() @Matches(datasetSlugPattern) name?: string;
  @IsCatalogText(100) owner_org: string;
  @IsOptional() @IsIn(choiceValues(CKAN_BOOLEANS)) allow_harvest?: CkanBoolean;
  @IsOptional() @IsUrl({ require_protocol: true }) reference_url_catalog?: string;
  @IsCatalogText(500) maintainer: string;
  @MaxLength(254) @IsEmail() maintainer_email: string;
  @IsCatalogText(2000) tag_string: string;
  @IsCatalogText(20000) notes: string;
  @IsCatalogChoiceList(OBJECTIVES) objective: Objective[];
  @IsOptional() @IsCatalogText(500) objective_other?: string;
  @IsCatalogChoice(UPDATE_FREQUENCY_UNITS) update_frequency_unit: UpdateFrequencyUnit;
  @IsOptional() @IsCatalogText(500) update_frequency_unit_other?: string;
  @IsOptional() @Matches(/^[1-9]\d{0,5}$/) update_frequency_interval?: string;
  @IsCatalogChoice(GEO_COVERAGES) geo_coverage: GeoCoverage;
  @IsOptional() @IsCatalogText(500) geo_coverage_other?: string;
  @IsCatalogText(2000) data_source: string;
  @IsCatalogChoiceList(DATA_FORMATS) data_format: DataFormat[];
  @IsOptional() @IsCatalogText(500) data_format_other?: string;
  @IsCatalogChoice(DATA_CATEGORIES) data_category: DataCategory;
  @IsOptional() @IsCatalogChoice(CLASSIFICATION_LEVELS) data_classification?: ClassificationLevel;
  @IsCatalogChoice(LICENSES) license_id: License;
  @IsOptional() @IsCatalogText(500) license_id_other?: string;
  @IsOptional() @IsCatalogText(5000) accessible_condition?: string;
  @IsOptional() @IsUrl({ require_protocol: true }) url?: string;
  @IsOptional() @IsCatalogChoiceList(DATA_LANGUAGES) data_language?: DataLanguage[];
  @IsOptional() @IsCatalogText(500) data_language_other?: string;
  @IsOptional() @IsCatalogDate() last_updated_date?: string;
}
