// Choice lists of the optional and type-specific fields of the Thai Government Data Catalog
// schema (ckanext-thai_gdc, opalthailand/thai-gdc-opal commit 6ea98ac). Values are stored in Thai.

import type { CatalogChoice } from './catalog-vocabulary.data';

export const DATA_SUPPORTS = [
  { value: 'ไม่มี', labelEn: 'None' },
  { value: 'หน่วยงานของรัฐ', labelEn: 'Government agency' },
  { value: 'หน่วยงานเอกชน', labelEn: 'Private organisation' },
  { value: 'หน่วยงาน/องค์กรระหว่างประเทศ', labelEn: 'International organisation' },
  { value: 'มูลนิธิ/สมาคม', labelEn: 'Foundation or association' },
  { value: 'สถาบันการศึกษา', labelEn: 'Educational institution' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type DataSupport = (typeof DATA_SUPPORTS)[number]['value'];

export const DATA_COLLECTION_UNITS = [
  { value: 'ไม่มี', labelEn: 'None' },
  { value: 'บุคคล', labelEn: 'Person' },
  { value: 'ครัวเรือน/ครอบครัว', labelEn: 'Household or family' },
  { value: 'บ้าน/ที่อยู่อาศัย', labelEn: 'House or dwelling' },
  { value: 'บริษัท/ห้างร้าน/สถานประกอบการ', labelEn: 'Company, shop or establishment' },
  { value: 'อาคาร/สิ่งปลูกสร้าง', labelEn: 'Building or structure' },
  { value: 'พื้นที่การเกษตร ประมง ป่าไม้', labelEn: 'Agricultural, fishery or forest area' },
  { value: 'สัตว์และพันธุ์พืช', labelEn: 'Animal and plant species' },
  { value: 'ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่', labelEn: 'Geographic or spatial area' },
  { value: 'แหล่งน้ำ เช่น แม่น้ำ อ่างเก็บน้ำ', labelEn: 'Water body such as a river or reservoir' },
  { value: 'เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ', labelEn: 'Route such as a road or railway' },
  { value: 'ไม่ทราบ', labelEn: 'Unknown' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type DataCollectionUnit = (typeof DATA_COLLECTION_UNITS)[number]['value'];

export const DATA_LANGUAGES = [
  { value: 'ไทย', labelEn: 'Thai' },
  { value: 'อังกฤษ', labelEn: 'English' },
  { value: 'จีน', labelEn: 'Chinese' },
  { value: 'มลายู', labelEn: 'Malay' },
  { value: 'พม่า', labelEn: 'Burmese' },
  { value: 'ลาว', labelEn: 'Lao' },
  { value: 'เขมร', labelEn: 'Khmer' },
  { value: 'ญี่ปุ่น', labelEn: 'Japanese' },
  { value: 'เกาหลี', labelEn: 'Korean' },
  { value: 'ฝรั่งเศส', labelEn: 'French' },
  { value: 'เยอรมัน', labelEn: 'German' },
  { value: 'อารบิก', labelEn: 'Arabic' },
  { value: 'ไม่ทราบ', labelEn: 'Unknown' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type DataLanguage = (typeof DATA_LANGUAGES)[number]['value'];

export const DISAGGREGATIONS = [
  { value: 'ไม่มี', labelEn: 'None' },
  { value: 'เพศ', labelEn: 'Sex' },
  { value: 'อายุ/กลุ่มอายุ', labelEn: 'Age or age group' },
  { value: 'สถานภาพสมรส', labelEn: 'Marital status' },
  { value: 'ศาสนา', labelEn: 'Religion' },
  { value: 'ระดับการศึกษา', labelEn: 'Education level' },
  { value: 'อาชีพ', labelEn: 'Occupation' },
  { value: 'สถานภาพการทำงาน', labelEn: 'Employment status' },
  { value: 'อุตสาหกรรม/ประเภทกิจการ', labelEn: 'Industry or business type' },
  { value: 'รายได้', labelEn: 'Income' },
  { value: 'ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่', labelEn: 'Geographic or spatial area' },
  { value: 'ผลิตภัณฑ์', labelEn: 'Product' },
  { value: 'ไม่ทราบ', labelEn: 'Unknown' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type Disaggregation = (typeof DISAGGREGATIONS)[number]['value'];

export const UNIT_MULTIPLIERS = [
  { value: 'หน่วย', labelEn: 'Units' },
  { value: 'สิบ', labelEn: 'Tens' },
  { value: 'ร้อย', labelEn: 'Hundreds' },
  { value: 'พัน', labelEn: 'Thousands' },
  { value: 'หมื่น', labelEn: 'Ten thousands' },
  { value: 'แสน', labelEn: 'Hundred thousands' },
  { value: 'ล้าน', labelEn: 'Millions' },
  { value: 'สิบล้าน', labelEn: 'Ten millions' },
  { value: 'ร้อยล้าน', labelEn: 'Hundred millions' },
  { value: 'พันล้าน', labelEn: 'Billions' },
  { value: 'หมื่นล้าน', labelEn: 'Ten billions' },
  { value: 'แสนล้าน', labelEn: 'Hundred billions' },
  { value: 'ล้านล้าน', labelEn: 'Trillions' },
  { value: 'ไม่ทราบ', labelEn: 'Unknown' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type UnitMultiplier = (typeof UNIT_MULTIPLIERS)[number]['value'];

export const GEOGRAPHIC_DATA_SETS = [
  { value: 'ชั้นข้อมูลแปลงที่ดิน', labelEn: 'Land parcels' },
  { value: 'ชั้นข้อมูลขอบเขตการปกครอง', labelEn: 'Administrative boundaries' },
  { value: 'ชั้นข้อมูลเส้นทางคมนาคม', labelEn: 'Transport network' },
  { value: 'ชั้นข้อมูลชุมนุม/อาคาร', labelEn: 'Settlements and buildings' },
  { value: 'ชั้นข้อมูลป่าไม้', labelEn: 'Forests' },
  { value: 'ชั้นข้อมูลการใช้ประโยชน์ที่ดิน', labelEn: 'Land use' },
  { value: 'ชั้นข้อมูลแหล่งน้ำ', labelEn: 'Water bodies' },
  { value: 'ชั้นข้อมูลอุทกศาสตร์', labelEn: 'Hydrography' },
  { value: 'ชั้นข้อมูลหมุดหลักฐานแผนที่', labelEn: 'Geodetic control points' },
  { value: 'ชั้นข้อมูลความสูงภูมิประเทศเชิงตัวเลข', labelEn: 'Digital elevation model' },
  { value: 'ชั้นข้อมูลภาพแผนที่ภูมิประเทศ', labelEn: 'Topographic map images' },
  { value: 'ชั้นข้อมูลแผนที่ภาพถ่ายทางอากาศ', labelEn: 'Aerial photo maps' },
  { value: 'ชั้นข้อมูลภาพวาดดาวเทียมดัดแก้', labelEn: 'Orthorectified satellite images' },
] as const satisfies readonly CatalogChoice[];
export type GeographicDataSet = (typeof GEOGRAPHIC_DATA_SETS)[number]['value'];

export const EQUIVALENT_SCALES = [
  { value: '1:4,000', labelEn: '1:4,000' },
  { value: '1:10,000', labelEn: '1:10,000' },
  { value: '1:25,000', labelEn: '1:25,000' },
  { value: '1:50,000', labelEn: '1:50,000' },
  { value: '1:250,000', labelEn: '1:250,000' },
  { value: 'อื่นๆ', labelEn: 'Other' },
] as const satisfies readonly CatalogChoice[];
export type EquivalentScale = (typeof EQUIVALENT_SCALES)[number]['value'];

/** Values of the resource field `resource_cdp`; the schema spells "yes" as `ใช่1`. */
export const RESOURCE_CDP_CHOICES = [
  { value: 'ใช่1', labelEn: 'Yes' },
  { value: 'ไม่ใช่', labelEn: 'No' },
] as const satisfies readonly CatalogChoice[];
export type ResourceCdp = (typeof RESOURCE_CDP_CHOICES)[number]['value'];
