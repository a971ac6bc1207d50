import type {
  DataCollectionUnit,
  DataLanguage,
  DataSupport,
  Disaggregation,
  EquivalentScale,
  GeographicDataSet,
  ResourceCdp,
  UnitMultiplier,
} from './catalog-type-vocabulary.data';
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

/**
 * Metadata of one catalog dataset under the CKAN field names of the ckanext-thai_gdc schema.
 * Dates are ISO 8601 Christian-era dates (`YYYY-MM-DD`); `first_year_of_data` and
 * `last_year_of_data` are Buddhist-era years such as `2568`. Multi-select fields are arrays.
 */
export interface DatasetMetadata {
  data_type: DatasetType;
  data_type_other?: string;
  title: string;
  /** English title; not a schema field, used for the dataset slug and for DCAT. */
  titleEn?: string;
  name?: string;
  owner_org: string;
  allow_harvest?: CkanBoolean;
  reference_url_catalog?: string;
  maintainer: string;
  maintainer_email: string;
  /** Keywords separated by commas. */
  tag_string: string;
  notes: string;
  objective: Objective[];
  objective_other?: string;
  update_frequency_unit: UpdateFrequencyUnit;
  update_frequency_unit_other?: string;
  /** Number of updates per `update_frequency_unit`, written in ASCII digits. */
  update_frequency_interval?: string;
  geo_coverage: GeoCoverage;
  geo_coverage_other?: string;
  data_source: string;
  data_format: DataFormat[];
  data_format_other?: string;
  data_category: DataCategory;
  data_classification?: ClassificationLevel;
  license_id: License;
  license_id_other?: string;
  accessible_condition?: string;
  data_support?: DataSupport;
  data_support_other?: string;
  data_collect?: DataCollectionUnit;
  data_collect_other?: string;
  url?: string;
  data_language?: DataLanguage[];
  data_language_other?: string;
  created_date?: string;
  last_updated_date?: string;
  data_release_calendar?: string;
  first_year_of_data?: string;
  last_year_of_data?: string;
  disaggregate?: Disaggregation[];
  disaggregate_other?: string;
  unit_of_measure?: string;
  unit_of_multiplier?: UnitMultiplier;
  unit_of_multiplier_other?: string;
  calculation_method?: string;
  standard?: string;
  geographic_data_set?: GeographicDataSet;
  equivalent_scale?: EquivalentScale;
  equivalent_scale_other?: string;
  west_bound_longitude?: string;
  east_bound_longitude?: string;
  /** Latitude in decimal degrees, although the schema names it a longitude. */
  north_bound_longitude?: string;
  /** Latitude in decimal degrees, although the schema names it a longitude. */
  south_bound_longitude?: string;
  positional_accuracy?: string;
  reference_period?: string;
  data_release_date?: string;
  high_value_dataset?: CkanBoolean;
  reference_data?: CkanBoolean;
  official_statistics?: CkanBoolean;
}

/** One distribution of a dataset under the CKAN resource field names of the thai_gdc schema. */
export interface CatalogResource {
  name: string;
  url: string;
  format: string;
  description?: string;
  resource_accessible_condition?: string;
  resource_data_collect?: DataCollectionUnit;
  resource_data_collect_other?: string;
  resource_cdp?: ResourceCdp;
  resource_first_year_of_data?: string;
  resource_last_year_of_data?: string;
  resource_disaggregate?: Disaggregation[];
  resource_disaggregate_other?: string;
  resource_unit_of_measure?: string;
  resource_unit_of_multiplier?: UnitMultiplier;
  resource_unit_of_multiplier_other?: string;
  resource_geographic_data_set?: GeographicDataSet;
  resource_equivalent_scale?: EquivalentScale;
  resource_equivalent_scale_other?: string;
  resource_positional_accuracy?: string;
  resource_created_date?: string;
  resource_last_updated_date?: string;
  resource_data_release_calendar?: string;
  resource_official_statistics?: CkanBoolean;
  resource_data_release_date?: string;
}
