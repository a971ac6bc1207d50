// Dataset fields of the thai_gdc CKAN schema in schema order, copied from ckanext-thai_gdc
// (opalthailand/thai-gdc-opal `ckan_dataset.json`, commit 6ea98ac). Thai labels of `name`,
// `owner_org`, `notes` and `license_id` are ours because the schema labels them in English only.

import {
  CKAN_BOOLEANS,
  CLASSIFICATION_LEVELS,
  DATASET_TYPES,
  DATA_CATEGORIES,
  DATA_COLLECTION_UNITS,
  DATA_FORMATS,
  DATA_LANGUAGES,
  DATA_SUPPORTS,
  DISAGGREGATIONS,
  EQUIVALENT_SCALES,
  GEOGRAPHIC_DATA_SETS,
  GEO_COVERAGES,
  LICENSES,
  OBJECTIVES,
  UNIT_MULTIPLIERS,
  UPDATE_FREQUENCY_UNITS,
} from '@bma-kpi/contracts-catalog';
import type { DatasetType } from '@bma-kpi/contracts-catalog';

import { catalogField as field, otherField } from './catalog-field.types';
import type { CatalogFieldSpec } from './catalog-field.types';

export const ALL_DATASET_TYPES: readonly DatasetType[] = DATASET_TYPES.map((type) => type.value);
export const RECORD_LIKE_TYPES: readonly DatasetType[] = ['ข้อมูลระเบียน', 'ข้อมูลหลากหลายประเภท', 'ข้อมูลประเภทอื่นๆ'];
export const STATISTICAL_TYPES: readonly DatasetType[] = ['ข้อมูลสถิติ'];
export const GEOSPATIAL_TYPES: readonly DatasetType[] = ['ข้อมูลภูมิสารสนเทศเชิงพื้นที่'];

const all = { dataTypes: ALL_DATASET_TYPES };
const required = { dataTypes: ALL_DATASET_TYPES, required: true };
const recordLike = { dataTypes: RECORD_LIKE_TYPES };
const statistical = { dataTypes: STATISTICAL_TYPES };
const geospatial = { dataTypes: GEOSPATIAL_TYPES };

const dataType = field('data_type', ['ประเภทชุดข้อมูล', 'Data Type'], 'choice', { ...required, choices: DATASET_TYPES });
const objective = field('objective', ['วัตถุประสงค์', 'Objective'], 'choiceList', { ...required, choices: OBJECTIVES });
const frequencyUnit = field(
  'update_frequency_unit',
  ['หน่วยความถี่ของการปรับปรุงข้อมูล', 'Update Frequency Unit'],
  'choice',
  { ...required, choices: UPDATE_FREQUENCY_UNITS },
);
const geoCoverage = field('geo_coverage', ['ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่', 'Geo Coverage'], 'choice', {
  ...required,
  choices: GEO_COVERAGES,
});
const dataFormat = field('data_format', ['รูปแบบการเก็บข้อมูล', 'Data Format'], 'choiceList', { ...required, choices: DATA_FORMATS });
const license = field('license_id', ['สัญญาอนุญาตให้ใช้ข้อมูล', 'License'], 'choice', { ...required, choices: LICENSES });
const dataSupport = field('data_support', ['ผู้สนับสนุนหรือผู้ร่วมดำเนินการ', 'Data Support'], 'choice', {
  ...recordLike,
  choices: DATA_SUPPORTS,
});
const dataCollect = field('data_collect', ['หน่วยที่ย่อยที่สุดของการจัดเก็บข้อมูล', 'Data Collect'], 'choice', {
  ...recordLike,
  choices: DATA_COLLECTION_UNITS,
});
const dataLanguage = field('data_language', ['ภาษาที่ใช้', 'Data Language'], 'choiceList', { ...all, choices: DATA_LANGUAGES });
const disaggregate = field(
  'disaggregate',
  ['การจัดจำแนก (สำหรับชุดข้อมูลสถิติ)', 'Disaggregate (Statistical data)'],
  'choiceList',
  { ...statistical, choices: DISAGGREGATIONS },
);
const unitOfMultiplier = field(
  'unit_of_multiplier',
  ['หน่วยตัวคูณ (สำหรับชุดข้อมูลสถิติ)', 'Unit of multiplier (Statistical data)'],
  'choice',
  { ...statistical, choices: UNIT_MULTIPLIERS },
);
const equivalentScale = field(
  'equivalent_scale',
  ['มาตราส่วน (สำหรับชุดข้อมูลภูมิศาสตร์สารสนเทศ)', 'Equivalent scale (Geoinformatics data)'],
  'choice',
  { ...geospatial, choices: EQUIVALENT_SCALES },
);
const geoSuffix = ' (สำหรับชุดข้อมูลภูมิศาสตร์สารสนเทศ)';
const statSuffix = ' (สำหรับชุดข้อมูลสถิติ)';

/** Every dataset field of the schema, in schema order. */
export const DATASET_FIELDS: readonly CatalogFieldSpec[] = [
  dataType,
  { ...otherField(dataType), dataTypes: ['ข้อมูลประเภทอื่นๆ'] },
  field('title', ['ชื่อชุดข้อมูล', 'Dataset Name'], 'text', required),
  field('name', ['ชื่อ URL ของชุดข้อมูล', 'URL'], 'slug', all),
  field('owner_org', ['องค์กร', 'Organization'], 'text', all),
  field('allow_harvest', ['ยินยอมให้นำชื่อชุดข้อมูลไปใช้ที่ GD-Catalog', 'Allow for harvest to GD-Catalog'], 'choice', {
    ...all,
    choices: CKAN_BOOLEANS,
  }),
  field('reference_url_catalog', ['อ้างอิง URL Catalog', 'Reference URL Catalog'], 'url', all),
  field('maintainer', ['ชื่อฝ่ายงานสำหรับติดต่อ', 'Contact Person'], 'text', required),
  field('maintainer_email', ['อีเมลสำหรับติดต่อ', 'Contact Email'], 'email', required),
  field('tag_string', ['คำสำคัญ', 'Tags'], 'tags', required),
  field('notes', ['รายละเอียด', 'Description'], 'text', required),
  objective,
  otherField(objective),
  frequencyUnit,
  otherField(frequencyUnit),
  field(
    'update_frequency_interval',
    ['ค่าความถี่ของการปรับปรุงข้อมูล (ความถี่น้อยที่สุด)', 'Update Frequency Interval'],
    'positiveInteger',
    all,
  ),
  geoCoverage,
  otherField(geoCoverage),
  field('data_source', ['แหล่งที่มา', 'Data Source'], 'text', required),
  dataFormat,
  otherField(dataFormat),
  field('data_category', ['หมวดหมู่ข้อมูลตามธรรมาภิบาลข้อมูลภาครัฐ', 'Data Category'], 'choice', {
    ...required,
    choices: DATA_CATEGORIES,
  }),
  field('data_classification', ['ระดับชั้นข้อมูล', 'Data Classification'], 'choice', { ...all, choices: CLASSIFICATION_LEVELS }),
  license,
  otherField(license),
  field('accessible_condition', ['เงื่อนไขในการเข้าถึงข้อมูล', 'Accessible Condition'], 'text', all),
  dataSupport,
  otherField(dataSupport),
  dataCollect,
  otherField(dataCollect),
  field('url', ['URL', 'URL'], 'url', all),
  dataLanguage,
  otherField(dataLanguage),
  field('created_date', ['วันที่เริ่มต้นสร้าง', 'Created date'], 'isoDate', recordLike),
  field('last_updated_date', ['วันที่ปรับปรุงข้อมูลล่าสุด', 'Last updated date'], 'isoDate', all),
  field('data_release_calendar', ['วันที่กำหนดเผยแพร่ข้อมูล', 'Data release calendar'], 'isoDate', {
    dataTypes: [...STATISTICAL_TYPES, ...GEOSPATIAL_TYPES],
  }),
  field('first_year_of_data', [`ปีข้อมูลที่เริ่มต้นจัดทำ${statSuffix}`, 'First year of data (Statistical data)'], 'buddhistYear', statistical),
  field('last_year_of_data', [`ปีข้อมูลล่าสุดที่เผยแพร่${statSuffix}`, 'Last year of data (Statistical data)'], 'buddhistYear', statistical),
  disaggregate,
  otherField(disaggregate),
  field('unit_of_measure', [`หน่วยวัด${statSuffix}`, 'Unit of measure (Statistical data)'], 'text', statistical),
  unitOfMultiplier,
  otherField(unitOfMultiplier),
  field('calculation_method', [`วิธีการคำนวณ${statSuffix}`, 'Calculation method (Statistical data)'], 'text', statistical),
  field('standard', [`มาตรฐานการจัดทำข้อมูล${statSuffix}`, 'Standard (Statistical data)'], 'text', statistical),
  field('geographic_data_set', [`ชุดข้อมูลภูมิศาสตร์${geoSuffix}`, 'Geographic dataset (Geoinformatics data)'], 'choice', {
    ...geospatial,
    choices: GEOGRAPHIC_DATA_SETS,
  }),
  equivalentScale,
  otherField(equivalentScale),
  field('west_bound_longitude', [`ค่าพิกัดกรอบพื้นที่ด้านทิศตะวันตก${geoSuffix}`, 'West bound longitude (Geoinformatics data)'], 'longitude', geospatial),
  field('east_bound_longitude', [`ค่าพิกัดกรอบพื้นที่ด้านทิศตะวันออก${geoSuffix}`, 'East bound longitude (Geoinformatics data)'], 'longitude', geospatial),
  // The schema names the north and south bounds "longitude", but they hold latitudes.
  field('north_bound_longitude', [`ค่าพิกัดกรอบพื้นที่ด้านทิศเหนือ${geoSuffix}`, 'North bound longitude (Geoinformatics data)'], 'latitude', geospatial),
  field('south_bound_longitude', [`ค่าพิกัดกรอบพื้นที่ด้านทิศใต้${geoSuffix}`, 'South bound longitude (Geoinformatics data)'], 'latitude', geospatial),
  field('positional_accuracy', [`ความถูกต้องของตำแหน่ง${geoSuffix}`, 'Positional accuracy (Geoinformatics data)'], 'text', geospatial),
  field('reference_period', [`เวลาอ้างอิง${geoSuffix}`, 'Reference period (Geoinformatics data)'], 'text', geospatial),
  field('data_release_date', [`วันที่เผยแพร่ข้อมูล${geoSuffix}`, 'Data release date (Geoinformatics data)'], 'isoDate', geospatial),
  field('high_value_dataset', ['ชุดข้อมูลที่มีคุณค่าสูง', 'High Value Dataset'], 'choice', { ...recordLike, choices: CKAN_BOOLEANS }),
  field('reference_data', ['ข้อมูลอ้างอิง', 'Reference Data'], 'choice', { ...recordLike, choices: CKAN_BOOLEANS }),
  field('official_statistics', ['สถิติทางการ', 'Official Statistics'], 'choice', { ...statistical, choices: CKAN_BOOLEANS }),
];

/**
 * Fields a dataset must fill: those the schema marks `required`, plus `owner_org`. The schema
 * gives `owner_org` no `required` flag, but CKAN's `owner_org_validator` rejects a dataset
 * without an organisation unless the site enables `ckan.auth.create_unowned_dataset`.
 */
export const MANDATORY_DATASET_FIELDS: readonly string[] = [
  ...DATASET_FIELDS.filter((spec) => spec.required).map((spec) => spec.name),
  'owner_org',
];

const fieldsByName = new Map(DATASET_FIELDS.map((spec) => [spec.name, spec]));

/** Returns the spec of a dataset field, or undefined for a name the schema does not define. */
export function datasetFieldSpec(name: string): CatalogFieldSpec | undefined {
  return fieldsByName.get(name);
}
