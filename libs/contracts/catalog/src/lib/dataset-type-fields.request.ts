import { IsIn, IsNumberString, IsOptional } from 'class-validator';

import {
  DATA_COLLECTION_UNITS,
  DATA_SUPPORTS,
  DISAGGREGATIONS,
  EQUIVALENT_SCALES,
  GEOGRAPHIC_DATA_SETS,
  UNIT_MULTIPLIERS,
} from './catalog-type-vocabulary.data';
import { CKAN_BOOLEANS } from './catalog-vocabulary.data';
import {
  IsBuddhistYear,
  IsCatalogChoice,
  IsCatalogChoiceList,
  IsCatalogDate,
  IsCatalogText,
  choiceValues,
} from './catalog.validators';
import type {
  DataCollectionUnit,
  DataSupport,
  Disaggregation,
  EquivalentScale,
  GeographicDataSet,
  UnitMultiplier,
} from './catalog-type-vocabulary.data';
import type { CkanBoolean } from './catalog-vocabulary.data';

/**
 * Optional fields that the schema allows only for some dataset types. The request checks their
 * shape; the catalog domain rejects a field that does not belong to the chosen `data_type`.
 */
export class DatasetTypeFields {
  @IsOptional() @IsCatalogChoice(DATA_SUPPORTS) data_support?: DataSupport;
  @IsOptional() @IsCatalogText(500) data_support_other?: string;
  @IsOptional() @IsCatalogChoice(DATA_COLLECTION_UNITS) data_collect?: DataCollectionUnit;
  @IsOptional() @IsCatalogText(500) data_collect_other?: string;
  @IsOptional() @IsCatalogDate() created_date?: string;
  @IsOptional() @IsCatalogDate() data_release_calendar?: string;
  @IsOptional() @IsBuddhistYear() first_year_of_data?: string;
  @IsOptional() @IsBuddhistYear() last_year_of_data?: string;
  @IsOptional() @IsCatalogChoiceList(DISAGGREGATIONS) disaggregate?: Disaggregation[];
  @IsOptional() @IsCatalogText(500) disaggregate_other?: string;
  @IsOptional() @IsCatalogText(200) unit_of_measure?: string;
  @IsOptional() @IsCatalogChoice(UNIT_MULTIPLIERS) unit_of_multiplier?: UnitMultiplier;
  @IsOptional() @IsCatalogText(500) unit_of_multiplier_other?: string;
  @IsOptional() @IsCatalogText(5000) calculation_method?: string;
  @IsOptional() @IsCatalogText(500) standard?: string;
  @IsOptional() @IsCatalogChoice(GEOGRAPHIC_DATA_SETS) geographic_data_set?: GeographicDataSet;
  @IsOptional() @IsCatalogChoice(EQUIVALENT_SCALES) equivalent_scale?: EquivalentScale;
  @IsOptional() @IsCatalogText(500) equivalent_scale_other?: string;
  @IsOptional() @IsNumberString() west_bound_longitude?: string;
  @IsOptional() @IsNumberString() east_bound_longitude?: string;
  @IsOptional() @IsNumberString() north_bound_longitude?: string;
  @IsOptional() @IsNumberString() south_bound_longitude?: string;
  @IsOptional() @IsCatalogText(500) positional_accuracy?: string;
  @IsOptional() @IsCatalogText(500) reference_period?: string;
  @IsOptional() @IsCatalogDate() data_release_date?: string;
  @IsOptional() @IsIn(choiceValues(CKAN_BOOLEANS)) high_value_dataset?: CkanBoolean;
  @IsOptional() @IsIn(choiceValues(CKAN_BOOLEANS)) reference_data?: CkanBoolean;
  @IsOptional() @IsIn(choiceValues(CKAN_BOOLEANS)) official_statistics?: CkanBoolean;
}
