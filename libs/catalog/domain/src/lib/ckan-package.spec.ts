import type { CatalogResource, DatasetMetadata } from '@bma-kpi/contracts-catalog';

import { choicesOutsideSchema } from '@bma-kpi/testing';

import { loadThaiGdcPresets, loadThaiGdcSchema, statisticalDataset } from '../testing/thai-gdc-schema.fixture';
import type { SchemaField } from '../testing/thai-gdc-schema.fixture';
import { toCkanPackage } from './ckan-package.mapper';
import { validateDatasetMetadata } from './dataset-metadata.validator';

const schema = loadThaiGdcSchema();
const presets = loadThaiGdcPresets();
const datePresets = new Set(presets.filter((preset) => preset.values.validators?.includes('isodate')).map((preset) => preset.preset_name));

const csvResource: CatalogResource = {
  name: 'ข้อมูลรายเดือน',
  url: 'https://data.bangkok.go.th/dataset/visits.csv',
  format: 'CSV',
  resource_last_updated_date: '2025-03-01',
  resource_first_year_of_data: '2565',
  resource_cdp: 'ไม่ใช่',
  resource_disaggregate: ['เพศ', 'อายุ/กลุ่มอายุ'],
  resource_created_date: '2024-01-01',
};

const geospatialDataset: DatasetMetadata = {
  ...statisticalDataset(),
  data_type: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่',
  title: 'ขอบเขตเขตกรุงเทพมหานคร',
  titleEn: 'Bangkok District Boundaries',
  first_year_of_data: undefined,
  last_year_of_data: undefined,
  official_statistics: undefined,
  geographic_data_set: 'ชั้นข้อมูลขอบเขตการปกครอง',
  equivalent_scale: 'อื่นๆ',
  equivalent_scale_other: '1:1,000',
  west_bound_longitude: '100.33',
  east_bound_longitude: '100.94',
  north_bound_longitude: '13.95',
  south_bound_longitude: '13.49',
  data_release_date: '2024-10-01',
};

const recordDataset: DatasetMetadata = {
  ...statisticalDataset(),
  data_type: 'ข้อมูลประเภทอื่นๆ',
  data_type_other: 'ข้อมูลเอกสาร',
  title: 'ทะเบียนสวนสาธารณะ',
  titleEn: undefined,
  first_year_of_data: undefined,
  last_year_of_data: undefined,
  official_statistics: undefined,
  objective: ['อื่นๆ'],
  objective_other: 'แผนพัฒนากรุงเทพมหานคร',
  license_id: 'อื่นๆ',
  license_id_other: 'สัญญาอนุญาตของกรุงเทพมหานคร',
  data_support: 'หน่วยงานของรัฐ',
  data_collect: 'บุคคล',
  created_date: '2020-01-15',
  high_value_dataset: 'True',
  data_language: ['ไทย', 'อังกฤษ'],
};

const cases: [string, DatasetMetadata][] = [
  ['statistical', statisticalDataset()],
  ['geospatial', geospatialDataset],
  ['other type', recordDataset],
];

function badDates(dict: Record<string, unknown>, fields: SchemaField[]): string[] {
  const dateFields = fields.filter((field) => field.preset !== undefined && datePresets.has(field.preset));

  return dateFields.map((field) => field.field_name).filter((name) => name in dict && !/^\d{4}-\d{2}-\d{2}$/.test(String(dict[name])));
}

describe.each(cases)('toCkanPackage for %s', (_title, dataset) => {
  const ckanPackage = toCkanPackage(dataset, [csvResource]);
  const schemaNames = new Set(schema.dataset_fields.map((field) => field.field_name));

  it('starts from valid metadata', () => {
    expect(validateDatasetMetadata(dataset)).toEqual([]);
  });

  it('has every required field', () => {
    const required = schema.dataset_fields.filter((field) => field.required === true).map((field) => field.field_name);

    expect(required.filter((name) => ckanPackage[name] === undefined || ckanPackage[name].length === 0)).toEqual([]);
  });

  it('has an organisation', () => {
    expect(ckanPackage['owner_org']).toBe('health-department');
  });

  it('uses only schema fields', () => {
    expect(Object.keys(ckanPackage).filter((key) => key !== 'resources' && !schemaNames.has(key))).toEqual([]);
  });

  it('uses only allowed choice values', () => {
    expect(choicesOutsideSchema(ckanPackage, schema.dataset_fields)).toEqual([]);
  });

  it('writes dates as ISO dates', () => {
    expect(badDates(ckanPackage, schema.dataset_fields)).toEqual([]);
  });

  it('uses fields of its dataset type', () => {
    const misplaced = schema.dataset_fields.filter(
      (field) => field.field_name in ckanPackage && !(field.form_data_type ?? []).includes(dataset.data_type),
    );

    expect(misplaced.map((field) => field.field_name)).toEqual([]);
  });

  it('has a valid name', () => {
    expect(ckanPackage.name).toMatch(/^[a-z0-9_-]{2,100}$/);
  });

  describe('resource', () => {
    const [resource] = ckanPackage.resources;
    const resourceNames = new Set(schema.resource_fields.map((field) => field.field_name));

    it('has every required field', () => {
      const required = schema.resource_fields.filter((field) => field.required === true).map((field) => field.field_name);

      expect(required.filter((name) => resource?.[name] === undefined)).toEqual([]);
    });

    it('uses only schema fields', () => {
      expect(Object.keys(resource ?? {}).filter((key) => !resourceNames.has(key))).toEqual([]);
    });

    it('uses only allowed choice values', () => {
      expect(choicesOutsideSchema(resource ?? {}, schema.resource_fields)).toEqual([]);
    });

    it('uses fields of its dataset type', () => {
      const misplaced = schema.resource_fields.filter(
        (field) => resource !== undefined && field.field_name in resource && !(field.form_data_type ?? []).includes(dataset.data_type),
      );

      expect(misplaced.map((field) => field.field_name)).toEqual([]);
    });
  });
});

describe('toCkanPackage', () => {
  it('derives the name from the English title', () => {
    expect(toCkanPackage(statisticalDataset(), []).name).toBe('public-health-centre-visits');
  });

  it('keeps a given name', () => {
    expect(toCkanPackage({ ...statisticalDataset(), name: 'visits' }, []).name).toBe('visits');
  });

  it('avoids existing names', () => {
    expect(toCkanPackage(statisticalDataset(), [], new Set(['public-health-centre-visits'])).name).toBe('public-health-centre-visits-2');
  });

  it('omits the English title', () => {
    expect(toCkanPackage(statisticalDataset(), [])).not.toHaveProperty('titleEn');
  });

  it('writes multi-select fields as lists', () => {
    expect(toCkanPackage(statisticalDataset(), []).objective).toEqual(['พันธกิจหน่วยงาน', 'เพื่อการให้บริการประชาชน']);
  });

  it('keeps statistical resource fields', () => {
    expect(toCkanPackage(statisticalDataset(), [csvResource]).resources[0]).toEqual({
      name: 'ข้อมูลรายเดือน',
      url: 'https://data.bangkok.go.th/dataset/visits.csv',
      format: 'CSV',
      resource_cdp: 'ไม่ใช่',
      resource_first_year_of_data: '2565',
      resource_disaggregate: ['เพศ', 'อายุ/กลุ่มอายุ'],
      resource_last_updated_date: '2025-03-01',
    });
  });
});
