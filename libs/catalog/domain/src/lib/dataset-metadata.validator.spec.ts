import { statisticalDataset } from '../testing/thai-gdc-schema.fixture';
import type { DatasetFieldError } from './dataset-field-error';
import { validateDatasetMetadata } from './dataset-metadata.validator';

function rulesOf(input: unknown): [string, string][] {
  return validateDatasetMetadata(input).map((error: DatasetFieldError) => [error.field, error.rule]);
}

function withFields(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...statisticalDataset(), ...fields };
}

describe('validateDatasetMetadata', () => {
  it('accepts a complete statistical dataset', () => {
    expect(validateDatasetMetadata(statisticalDataset())).toEqual([]);
  });

  it.each([null, 'text', 42, []])('rejects non-object input %j', (input) => {
    expect(rulesOf(input)).toEqual([['', 'invalidInput']]);
  });

  it.each([
    'data_type',
    'title',
    'owner_org',
    'maintainer',
    'maintainer_email',
    'tag_string',
    'notes',
    'objective',
    'update_frequency_unit',
    'geo_coverage',
    'data_source',
    'data_format',
    'data_category',
    'license_id',
  ])('requires %s', (field) => {
    expect(rulesOf(withFields({ [field]: undefined }))).toContainEqual([field, 'required']);
  });

  it.each([
    ['title', '   '],
    ['objective', []],
    ['maintainer', null],
  ])('treats blank %s as missing', (field, value) => {
    expect(rulesOf(withFields({ [field]: value }))).toEqual([[field, 'required']]);
  });

  it.each([
    ['data_type', 'สถิติ'],
    ['data_category', 'public'],
    ['data_category', 'ข้อมูลสาธารณะ '],
    ['data_classification', 'ลับเฉพาะ'],
    ['license_id', 'CC-BY'],
    ['update_frequency_unit', 'รายเดือน'],
    ['geo_coverage', 'เขต'],
    ['unit_of_multiplier', 'million'],
    ['official_statistics', 'true'],
  ])('rejects %s choice %j', (field, value) => {
    expect(rulesOf(withFields({ [field]: value }))).toContainEqual([field, 'choice']);
  });

  it.each([
    ['objective', ['ยุทธศาสตร์ชาติ', 'national strategy']],
    ['data_format', ['CSV', 'xlsx']],
    ['disaggregate', ['เพศ', 'sex']],
  ])('rejects %s list value %j', (field, value) => {
    expect(rulesOf(withFields({ [field]: value }))).toEqual([[field, 'choice']]);
  });

  it('rejects a repeated list value', () => {
    expect(rulesOf(withFields({ data_format: ['CSV', 'CSV'] }))).toEqual([['data_format', 'duplicate']]);
  });

  it.each([
    ['objective', 'ยุทธศาสตร์ชาติ'],
    ['title', ['ชื่อ']],
    ['notes', 5],
  ])('rejects %s of the wrong type', (field, value) => {
    expect(rulesOf(withFields({ [field]: value }))).toEqual([[field, 'type']]);
  });

  it.each([
    ['objective', ['อื่นๆ'], 'objective_other'],
    ['data_format', ['CSV', 'อื่นๆ'], 'data_format_other'],
    ['geo_coverage', 'อื่นๆ', 'geo_coverage_other'],
    ['license_id', 'อื่นๆ', 'license_id_other'],
    ['update_frequency_unit', 'อื่นๆ', 'update_frequency_unit_other'],
    ['data_type', 'ข้อมูลประเภทอื่นๆ', 'data_type_other'],
  ])('requires the companion when %s is other', (field, value, companion) => {
    const input = withFields({ [field]: value, first_year_of_data: undefined, last_year_of_data: undefined, official_statistics: undefined });

    expect(rulesOf(input)).toEqual([[companion, 'otherRequired']]);
  });

  it.each([
    ['objective', ['อื่นๆ'], 'objective_other'],
    ['license_id', 'อื่นๆ', 'license_id_other'],
    ['disaggregate', ['อื่นๆ'], 'disaggregate_other'],
  ])('accepts the companion when %s is other', (field, value, companion) => {
    expect(rulesOf(withFields({ [field]: value, [companion]: 'แผนเฉพาะของกรุงเทพมหานคร' }))).toEqual([]);
  });

  it.each(['objective_other', 'license_id_other', 'geo_coverage_other', 'disaggregate_other'])(
    'rejects %s without other',
    (companion) => {
      expect(rulesOf(withFields({ [companion]: 'ข้อความ' }))).toEqual([[companion, 'otherNotAllowed']]);
    },
  );

  it.each([
    ['data_support', 'หน่วยงานของรัฐ'],
    ['created_date', '2024-01-01'],
    ['geographic_data_set', 'ชั้นข้อมูลป่าไม้'],
    ['west_bound_longitude', '100.3'],
    ['high_value_dataset', 'True'],
  ])('rejects %s on a statistical dataset', (field, value) => {
    expect(rulesOf(withFields({ [field]: value }))).toEqual([[field, 'notForDataType']]);
  });

  it.each([
    ['first_year_of_data', '2565'],
    ['official_statistics', 'True'],
    ['disaggregate', ['เพศ']],
  ])('rejects statistical %s on a record dataset', (field, value) => {
    const input = { ...statisticalDataset(), first_year_of_data: undefined, last_year_of_data: undefined };

    delete input.official_statistics;

    expect(rulesOf({ ...input, data_type: 'ข้อมูลระเบียน', [field]: value })).toEqual([[field, 'notForDataType']]);
  });

  it('accepts geospatial fields on a geospatial dataset', () => {
    const input = { ...statisticalDataset(), data_type: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่' };

    delete input.first_year_of_data;
    delete input.last_year_of_data;
    delete input.official_statistics;
    const geospatial = { ...input, west_bound_longitude: '100.33', north_bound_longitude: '13.95', equivalent_scale: '1:4,000' };

    expect(rulesOf(geospatial)).toEqual([]);
  });

  it.each([
    ['maintainer_email', 'stat.bangkok.go.th', 'email'],
    ['maintainer_email', 'stat@', 'email'],
    ['last_updated_date', '01/03/2025', 'isoDate'],
    ['last_updated_date', '2025-02-30', 'isoDate'],
    ['last_updated_date', '2568-03-01', 'isoDate'],
    ['data_release_calendar', '2025-3-1', 'isoDate'],
    ['first_year_of_data', '2022', 'buddhistYear'],
    ['first_year_of_data', '๒๕๖๕', 'buddhistYear'],
    ['first_year_of_data', '65', 'buddhistYear'],
    ['last_year_of_data', '25680', 'buddhistYear'],
    ['update_frequency_interval', '0', 'positiveInteger'],
    ['update_frequency_interval', 'สองครั้ง', 'positiveInteger'],
    ['url', 'data.bangkok.go.th', 'url'],
    ['name', 'Health Data', 'slug'],
    ['name', 'search', 'slug'],
    ['titleEn', 12, 'type'],
  ])('rejects %s = %j', (field, value, rule) => {
    expect(rulesOf(withFields({ [field]: value }))).toEqual([[field, rule]]);
  });

  it.each([
    ['west_bound_longitude', '181', 'longitude'],
    ['north_bound_longitude', '-91', 'latitude'],
    ['south_bound_longitude', 'ไม่ทราบ', 'latitude'],
  ])('rejects geospatial %s = %j', (field, value, rule) => {
    const input = { ...statisticalDataset(), data_type: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่' };

    delete input.first_year_of_data;
    delete input.last_year_of_data;
    delete input.official_statistics;

    expect(rulesOf({ ...input, [field]: value })).toEqual([[field, rule]]);
  });

  it.each([
    ['one-letter tag', 'ก,สถิติ', 'ก'],
    ['long tag', `สถิติ,${'ก'.repeat(101)}`, 'ก'.repeat(101)],
  ])('rejects a %s', (_case, tagString, tag) => {
    const errors = validateDatasetMetadata(withFields({ tag_string: tagString }));

    expect(errors.map((error) => [error.field, error.rule])).toEqual([['tag_string', 'tags']]);
    expect(errors[0]?.messageEn).toContain(`"${tag}"`);
  });

  it('ignores empty tags between commas', () => {
    expect(rulesOf(withFields({ tag_string: 'สถิติ,, สาธารณสุข ,' }))).toEqual([]);
  });

  it('rejects last year before first year', () => {
    expect(rulesOf(withFields({ first_year_of_data: '2568', last_year_of_data: '2565' }))).toEqual([
      ['last_year_of_data', 'yearOrder'],
    ]);
  });

  it.each([
    ['nested objects', { title: { th: 'ชื่อ' }, objective: [{ value: 'อื่นๆ' }], data_type: ['ข้อมูลสถิติ'] }],
    ['numbers everywhere', { title: 1, maintainer_email: 2, first_year_of_data: 2565, last_year_of_data: 2560 }],
    ['null companions', { objective_other: null, license_id: 'อื่นๆ', license_id_other: null }],
  ])('survives %s', (_case, fields) => {
    expect(() => validateDatasetMetadata(withFields(fields))).not.toThrow();
  });

  it('rejects unknown fields', () => {
    expect(rulesOf(withFields({ title_en: 'Visits' }))).toEqual([['title_en', 'unknownField']]);
  });

  it('accepts a numeric interval', () => {
    expect(rulesOf(withFields({ update_frequency_interval: 2 }))).toEqual([]);
  });

  it('reports every failure at once', () => {
    expect(rulesOf(withFields({ title: '', maintainer_email: 'x', geo_coverage: 'เขต' }))).toHaveLength(3);
  });

  it('writes bilingual messages', () => {
    const [error] = validateDatasetMetadata(withFields({ data_category: 'public' }));

    expect(error).toEqual({
      field: 'data_category',
      rule: 'choice',
      messageTh: '"public" ไม่ใช่ค่าที่กำหนดของหมวดหมู่ข้อมูลตามธรรมาภิบาลข้อมูลภาครัฐ ให้เลือกจากรายการ',
      messageEn: '"public" is not an allowed value of Data Category; choose a value from its list.',
    });
  });

  it('names the trigger value in companion messages', () => {
    const [error] = validateDatasetMetadata(withFields({ license_id: 'อื่นๆ' }));

    expect(error?.messageEn).toBe('License (other) is missing; it is required when "อื่นๆ" is chosen.');
  });
});
