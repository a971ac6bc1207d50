import { statisticalDataset } from '../testing/thai-gdc-schema.fixture';
import { CATALOG_TABLE_COLUMNS, catalogColumnForHeader } from './catalog-table-columns.data';
import { catalogTableCells, catalogTableHeader, readCatalogTableHeader, readCatalogTableRow } from './catalog-table.util';
import { DATASET_FIELDS, MANDATORY_DATASET_FIELDS } from './dataset-fields.data';
import { validateDatasetMetadata } from './dataset-metadata.validator';

function geospatialDataset(): Record<string, unknown> {
  return {
    ...statisticalDataset(),
    data_type: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่',
    first_year_of_data: undefined,
    last_year_of_data: undefined,
    official_statistics: undefined,
    name: 'district-boundaries',
    objective: ['อื่นๆ', 'พันธกิจหน่วยงาน'],
    objective_other: 'แผนพัฒนากรุงเทพมหานคร, ระยะที่ 2',
    geographic_data_set: 'ชั้นข้อมูลขอบเขตการปกครอง',
    equivalent_scale: '1:4,000',
    west_bound_longitude: '100.3279',
    east_bound_longitude: '100.9384',
    north_bound_longitude: '13.9552',
    south_bound_longitude: '13.4940',
    notes: 'บรรทัดแรก\nบรรทัดที่สอง มี "อัญประกาศ" และ, จุลภาค',
  };
}

function withoutUndefined(metadata: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined));
}

function roundTrip(metadata: Record<string, unknown>, language: 'th' | 'en'): Record<string, unknown> {
  const header = readCatalogTableHeader(catalogTableHeader(language));

  return readCatalogTableRow(header, catalogTableCells(metadata)).values;
}

describe('catalog table columns', () => {
  it('puts the mandatory fields first', () => {
    const first = CATALOG_TABLE_COLUMNS.slice(0, MANDATORY_DATASET_FIELDS.length).map((column) => column.spec.name);

    expect(new Set(first)).toEqual(new Set(MANDATORY_DATASET_FIELDS));
  });

  it('has a column for every schema field and the English title', () => {
    const names = CATALOG_TABLE_COLUMNS.map((column) => column.spec.name);

    expect(names).toEqual(expect.arrayContaining([...DATASET_FIELDS.map((spec) => spec.name), 'titleEn']));
    expect(names).toHaveLength(DATASET_FIELDS.length + 1);
  });

  it('puts type-specific fields after the common ones', () => {
    const names = CATALOG_TABLE_COLUMNS.map((column) => column.spec.name);

    expect(names.indexOf('name')).toBe(MANDATORY_DATASET_FIELDS.length);
    expect(names.indexOf('data_classification')).toBeLessThan(names.indexOf('first_year_of_data'));
    expect(names.indexOf('url')).toBeLessThan(names.indexOf('geographic_data_set'));
  });

  it.each(['th', 'en'] as const)('writes unique %s headers', (language) => {
    const header = catalogTableHeader(language);

    expect(new Set(header).size).toBe(header.length);
  });

  it.each(CATALOG_TABLE_COLUMNS.map((column) => [column.spec.name, column]))('reads both headers of %s', (_name, column) => {
    expect(catalogColumnForHeader(column.headerTh)).toBe(column);
    expect(catalogColumnForHeader(column.headerEn)).toBe(column);
  });

  it('reads English labels, marks and a byte order mark', () => {
    expect(catalogColumnForHeader('\uFEFFData Type')?.spec.name).toBe('data_type');
    expect(catalogColumnForHeader(' ชื่อชุดข้อมูล* ')?.spec.name).toBe('title');
    expect(catalogColumnForHeader('Contact Email')?.spec.name).toBe('maintainer_email');
  });

  it('reads the shared English label URL as the url field', () => {
    expect(catalogColumnForHeader('URL')?.spec.name).toBe('url');
    expect(catalogColumnForHeader('name')?.spec.name).toBe('name');
  });
});

describe('catalog table rows', () => {
  it.each(['th', 'en'] as const)('round-trips a statistical dataset with %s headers', (language) => {
    const metadata = withoutUndefined(statisticalDataset() as unknown as Record<string, unknown>);

    expect(roundTrip(metadata, language)).toEqual(metadata);
  });

  it.each(['th', 'en'] as const)('round-trips a geospatial dataset with %s headers', (language) => {
    const metadata = withoutUndefined(geospatialDataset());

    expect(roundTrip(metadata, language)).toEqual(metadata);
    expect(validateDatasetMetadata(metadata)).toEqual([]);
  });

  it.each(MANDATORY_DATASET_FIELDS)('round-trips mandatory field %s', (field) => {
    const metadata = statisticalDataset() as unknown as Record<string, unknown>;

    expect(roundTrip(metadata, 'th')[field]).toEqual(metadata[field]);
  });

  it('writes choice lists, yes/no values and dates as people read them', () => {
    const cells = catalogTableCells({ ...statisticalDataset(), official_statistics: 'True' });
    const cellOf = (field: string) => cells[CATALOG_TABLE_COLUMNS.findIndex((column) => column.spec.name === field)];

    expect(cellOf('objective')).toBe('พันธกิจหน่วยงาน, เพื่อการให้บริการประชาชน');
    expect(cellOf('official_statistics')).toBe('ใช่');
    expect(cellOf('last_updated_date')).toBe('2025-03-01');
    expect(cellOf('data_type')).toBe('ข้อมูลสถิติ');
    expect(cellOf('geographic_data_set')).toBe('');
  });

  it('writes a tag list as comma-separated text', () => {
    const cells = catalogTableCells({ tag_string: ['สาธารณสุข', 'สถิติ'] });

    expect(cells[CATALOG_TABLE_COLUMNS.findIndex((column) => column.spec.name === 'tag_string')]).toBe('สาธารณสุข,สถิติ');
  });

  it('reads English choice labels, yes/no words and Thai digits', () => {
    const header = readCatalogTableHeader(['data_type', 'data_format', 'official_statistics', 'first_year_of_data']);
    const { values } = readCatalogTableRow(header, ['Statistical data', 'csv\nJSON', 'no', '๒๕๖๕']);

    expect(values).toEqual({
      data_type: 'ข้อมูลสถิติ',
      data_format: ['CSV', 'JSON'],
      official_statistics: 'False',
      first_year_of_data: '2565',
    });
  });

  it('keeps an unknown choice for the validator to reject', () => {
    const header = readCatalogTableHeader(['data_category']);
    const { values } = readCatalogTableRow(header, ['ข้อมูลเปิด']);

    expect(values['data_category']).toBe('ข้อมูลเปิด');
    expect(validateDatasetMetadata({ ...statisticalDataset(), ...values })).toContainEqual(
      expect.objectContaining({ field: 'data_category', rule: 'choice' }),
    );
  });

  it('lists blank cells and skips unknown columns', () => {
    const header = readCatalogTableHeader(['title', 'หมายเหตุ', 'notes', 'ชื่อชุดข้อมูล']);
    const row = readCatalogTableRow(header, ['ชื่อ', 'ไม่อ่าน', '  ', 'ซ้ำ']);

    expect(header.ignored).toEqual(['หมายเหตุ', 'ชื่อชุดข้อมูล']);
    expect(row.values).toEqual({ title: 'ชื่อ' });
    expect(row.blankFields).toEqual(['notes']);
  });

  it('treats missing trailing cells as blank', () => {
    const header = readCatalogTableHeader(['title', 'notes']);

    expect(readCatalogTableRow(header, ['ชื่อ']).blankFields).toEqual(['notes']);
  });
});
