// Resource fields of the thai_gdc CKAN schema in schema order (ckanext-thai_gdc
// `ckan_dataset.json`, opalthailand/thai-gdc-opal commit 6ea98ac).

import {
  CKAN_BOOLEANS,
  DATA_COLLECTION_UNITS,
  DISAGGREGATIONS,
  EQUIVALENT_SCALES,
  GEOGRAPHIC_DATA_SETS,
  RESOURCE_CDP_CHOICES,
  UNIT_MULTIPLIERS,
} from '@bma-kpi/contracts-catalog';

import { catalogField as field, otherField } from './catalog-field.types';
import type { CatalogFieldSpec } from './catalog-field.types';
import { ALL_DATASET_TYPES, GEOSPATIAL_TYPES, RECORD_LIKE_TYPES, STATISTICAL_TYPES } from './dataset-fields.data';

const all = { dataTypes: ALL_DATASET_TYPES };
const recordLike = { dataTypes: RECORD_LIKE_TYPES };
const statistical = { dataTypes: STATISTICAL_TYPES };
const geospatial = { dataTypes: GEOSPATIAL_TYPES };

const dataCollect = field('resource_data_collect', ['หน่วยที่ย่อยที่สุดของการจัดเก็บข้อมูล', 'Data Collect'], 'choice', {
  ...recordLike,
  choices: DATA_COLLECTION_UNITS,
});
const disaggregate = field('resource_disaggregate', ['การจัดจำแนก', 'Disaggregate'], 'choiceList', {
  ...statistical,
  choices: DISAGGREGATIONS,
});
const unitOfMultiplier = field('resource_unit_of_multiplier', ['หน่วยตัวคูณ', 'Unit of multiplier'], 'choice', {
  ...statistical,
  choices: UNIT_MULTIPLIERS,
});
const equivalentScale = field('resource_equivalent_scale', ['มาตราส่วน', 'Equivalent scale'], 'choice', {
  ...geospatial,
  choices: EQUIVALENT_SCALES,
});

/** Every resource field of the schema, in schema order; Thai labels of `url`, `name`, `description` and `format` are ours. */
export const RESOURCE_FIELDS: readonly CatalogFieldSpec[] = [
  field('url', ['URL', 'URL'], 'url', { ...all, required: true }),
  field('name', ['ชื่อทรัพยากร', 'Name'], 'text', { ...all, required: true }),
  field('description', ['รายละเอียด', 'Description'], 'text', all),
  field('resource_accessible_condition', ['เงื่อนไขในการเข้าถึงข้อมูล', 'Accessible Condition'], 'text', all),
  dataCollect,
  field('resource_cdp', ['หน่วยต้องการส่งข้อมูลมาที่ CDP หรือไม่', 'CDP'], 'choice', { ...all, choices: RESOURCE_CDP_CHOICES }),
  otherField(dataCollect),
  field('resource_first_year_of_data', ['ปีข้อมูลที่เริ่มต้นจัดทำ', 'First year of data'], 'buddhistYear', statistical),
  field('resource_last_year_of_data', ['ปีข้อมูลล่าสุดที่เผยแพร่', 'Last year of data'], 'buddhistYear', statistical),
  disaggregate,
  otherField(disaggregate),
  field('resource_unit_of_measure', ['หน่วยวัด', 'Unit of measure'], 'text', statistical),
  unitOfMultiplier,
  otherField(unitOfMultiplier),
  field('resource_geographic_data_set', ['ชุดข้อมูลภูมิศาสตร์', 'Geographic dataset'], 'choice', {
    ...geospatial,
    choices: GEOGRAPHIC_DATA_SETS,
  }),
  equivalentScale,
  otherField(equivalentScale),
  field('resource_positional_accuracy', ['ความถูกต้องของตำแหน่ง', 'Positional accuracy'], 'text', geospatial),
  field('resource_created_date', ['วันที่เริ่มต้นสร้าง', 'Created date'], 'isoDate', {
    dataTypes: [...RECORD_LIKE_TYPES.slice(0, 1), ...GEOSPATIAL_TYPES, ...RECORD_LIKE_TYPES.slice(1)],
  }),
  field('resource_last_updated_date', ['วันที่ปรับปรุงข้อมูลล่าสุด', 'Last updated date'], 'isoDate', all),
  field('resource_data_release_calendar', ['วันที่กำหนดเผยแพร่ข้อมูล', 'Data release calendar'], 'isoDate', statistical),
  field('resource_official_statistics', ['สถิติทางการ', 'Official Statistics'], 'choice', { ...statistical, choices: CKAN_BOOLEANS }),
  field('resource_data_release_date', ['วันที่เผยแพร่ข้อมูล', 'Data release date'], 'isoDate', geospatial),
  field('format', ['รูปแบบไฟล์', 'Format'], 'text', { ...all, required: true }),
];
