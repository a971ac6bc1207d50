// Controlled vocabularies of the Thai Government Data Catalog metadata standard, copied from the
// ckanext-scheming dataset schema of ckanext-thai_gdc (opalthailand/thai-gdc-opal, commit 6ea98ac).
// CKAN stores and returns the Thai `value`; `labelEn` is our English rendering for clients.

/** One allowed value of a choice field: the stored Thai value and an English label. */
export interface CatalogChoice {
  readonly value: string;
  readonly labelEn: string;
}

/** Value that every choice list with a free-text `…_other` companion uses for "other". */
export const OTHER_CHOICE = 'อื่นๆ';

export const DATASET_TYPES = [
  { value: 'ข้อมูลระเบียน', labelEn: 'Record data' },
  { value: 'ข้อมูลสถิติ', labelEn: 'Statistical data' },
  { value: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่', labelEn: 'Geospatial data' },
  { value: 'ข้อมูลหลากหลายประเภท', labelEn: 'Multiple types' },
  { value: 'ข้อมูลประเภทอื่นๆ', labelEn: 'Other type' },
] as const satisfies readonly CatalogChoice[];
export type DatasetType = (typeof DATASET_TYPES)[number]['value'];

/** Dataset type whose free-text companion `data_type_other` names the type. */
export const OTHER_DATASET_TYPE = 'ข้อมูลประเภทอื่นๆ' satisfies DatasetType;

export const DATA_CATEGORIES = [
  { value: 'ข้อมูลสาธารณะ', labelEn: 'Public data' },
  { value: 'ข้อมูลใช้ภายใน', labelEn: 'Internal-use data' },
  { value: 'ข้อมูลส่วนบุคคล', labelEn: 'Personal data' },
  { value: 'ข้อมูลความมั่นคง', labelEn: 'Security data' },
  { value: 'ข้อมูลความลับทางราชการ', labelEn: 'Official secret data' },
] as const satisfies readonly CatalogChoice[];
export type DataCategory = (typeof DATA_CATEGORIES)[number]['value'];

export const CLASSIFICATION_LEVELS = [
  { value: 'เปิดเผย', labelEn: 'Open' },
  { value: 'ชั้นเผยแพร่ภายในองค์กร', labelEn: 'Internal distribution' },
  { value: 'ลับ', labelEn: 'Confidential' },
  { value: 'ลับมาก', labelEn: 'Secret' },
  { value: 'ลับที่สุด', labelEn: 'Top secret' },
] as const satisfies readonly CatalogChoice[];
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number]['value'];

export const UPDATE_FREQUENCY_UNITS = [
  { value: 'ไม่ทราบ', labelEn: 'Unknown' },
  { value: 'ปี', labelEn: 'Year' },
  { value: 'ครึ่งปี', labelEn: 'Half year' },
  { value: 'ไตรมาส', labelEn: 'Quarter' },
  { value: 'เดือน', labelEn: 'Month' },
  { value: 'สัปดาห์', labelEn: 'Week' },
  { value: 'วัน', labelEn: 'Day' },
  { value: 'วันทำการ', labelEn: 'Business day' },
  { value: 'ชั่วโมง', labelEn: 'Hour' },
  { value: 'นาที', labelEn: 'Minute' },
  { value: 'ตามเวลาจริง', labelEn: 'Real time' },
  { value: 'ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล', labelEn: 'Not updated after collection' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type UpdateFrequencyUnit = (typeof UPDATE_FREQUENCY_UNITS)[number]['value'];

export const GEO_COVERAGES = [
  { value: 'ไม่มี', labelEn: 'None' },
  { value: 'โลก', labelEn: 'World' },
  { value: 'ทวีป/กลุ่มประเทศในทวีป', labelEn: 'Continent or group of countries in a continent' },
  { value: 'กลุ่มประเทศทางเศรษฐกิจ', labelEn: 'Economic group of countries' },
  { value: 'ประเทศ', labelEn: 'Country' },
  { value: 'ภาค', labelEn: 'Region' },
  { value: 'จังหวัด', labelEn: 'Province' },
  { value: 'อำเภอ', labelEn: 'District' },
  { value: 'ตำบล', labelEn: 'Subdistrict' },
  { value: 'หมู่บ้าน', labelEn: 'Village' },
  { value: 'เทศบาล/อบต.', labelEn: 'Municipality or subdistrict administrative organisation' },
  { value: 'พิกัด', labelEn: 'Coordinates' },
  { value: 'ไม่ทราบ', labelEn: 'Unknown' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type GeoCoverage = (typeof GEO_COVERAGES)[number]['value'];

export const OBJECTIVES = [
  { value: 'ยุทธศาสตร์ชาติ', labelEn: 'National strategy' },
  { value: 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ', labelEn: 'National economic and social development plan' },
  { value: 'แผนความมั่นคงแห่งชาติ', labelEn: 'National security plan' },
  { value: 'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ', labelEn: 'Master plan under the national strategy' },
  { value: 'แผนปฏิรูปประเทศ', labelEn: 'National reform plan' },
  { value: 'แผนระดับที่ 3 (มติครม. 4 ธ.ค. 2560)', labelEn: 'Level-3 plan (cabinet resolution of 4 Dec 2017)' },
  { value: 'นโยบายรัฐบาล/ข้อสั่งการนายกรัฐมนตรี', labelEn: 'Government policy or prime minister order' },
  { value: 'มติคณะรัฐมนตรี', labelEn: 'Cabinet resolution' },
  { value: 'เพื่อการให้บริการประชาชน', labelEn: 'Public service' },
  { value: 'กฎหมายที่เกี่ยวข้อง', labelEn: 'Related law' },
  { value: 'พันธกิจหน่วยงาน', labelEn: 'Agency mission' },
  { value: 'ดัชนี/ตัวชี้วัดระดับนานาชาติ', labelEn: 'International index or indicator' },
  { value: 'ไม่ทราบ', labelEn: 'Unknown' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type Objective = (typeof OBJECTIVES)[number]['value'];

export const DATA_FORMATS = [
  { value: 'Database', labelEn: 'Database' },
  { value: 'CSV', labelEn: 'CSV' },
  { value: 'XML', labelEn: 'XML' },
  { value: 'Image', labelEn: 'Image' },
  { value: 'Video', labelEn: 'Video' },
  { value: 'Audio', labelEn: 'Audio' },
  { value: 'Text', labelEn: 'Text' },
  { value: 'JSON', labelEn: 'JSON' },
  { value: 'HTML', labelEn: 'HTML' },
  { value: 'DOC/DOCX', labelEn: 'DOC/DOCX' },
  { value: 'XLS', labelEn: 'XLS/XLSX' },
  { value: 'PDF', labelEn: 'PDF' },
  { value: 'RDF', labelEn: 'RDF' },
  { value: 'NoSQL', labelEn: 'NoSQL' },
  { value: 'Arc/Info Coverage', labelEn: 'Arc/Info Coverage' },
  { value: 'Shapefile', labelEn: 'Shapefile' },
  { value: 'GeoTiff', labelEn: 'GeoTiff' },
  { value: 'GML', labelEn: 'GML' },
  { value: 'ไม่ทราบ', labelEn: 'Unknown' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type DataFormat = (typeof DATA_FORMATS)[number]['value'];

export const LICENSES = [
  { value: 'Open Data Common', labelEn: 'Open Data Common' },
  { value: 'Creative Commons Attributions', labelEn: 'Creative Commons Attribution' },
  { value: 'Creative Commons Attribution Non-Commercial', labelEn: 'Creative Commons Attribution Non-Commercial' },
  { value: 'Creative Commons Attribution Share-Alike', labelEn: 'Creative Commons Attribution Share-Alike' },
  {
    value: 'Creative Commons Attribution Non-Commercial Share-Alike',
    labelEn: 'Creative Commons Attribution Non-Commercial Share-Alike',
  },
  {
    value: 'Creative Commons Attribution Non-Commercial No-Derivs',
    labelEn: 'Creative Commons Attribution Non-Commercial No-Derivs',
  },
  { value: 'Creative Commons Attribution No-Derivs', labelEn: 'Creative Commons Attribution No-Derivs' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type License = (typeof LICENSES)[number]['value'];

/** Values of the yes/no select fields; CKAN stores the Python boolean names as strings. */
export const CKAN_BOOLEANS = [
  { value: 'False', labelEn: 'No' },
  { value: 'True', labelEn: 'Yes' },
] as const satisfies readonly CatalogChoice[];
export type CkanBoolean = (typeof CKAN_BOOLEANS)[number]['value'];
