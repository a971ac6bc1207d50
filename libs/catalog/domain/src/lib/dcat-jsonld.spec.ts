import type { CatalogResource, UpdateFrequencyUnit } from '@bma-kpi/contracts-catalog';

import { statisticalDataset } from '../testing/thai-gdc-schema.fixture';
import { EU_FREQUENCY_BASE, frequencyIri } from './dcat-frequency.data';
import { toDcatJsonLd } from './dcat-jsonld.mapper';

const resource: CatalogResource = {
  name: 'ข้อมูลรายเดือน',
  description: 'ไฟล์ CSV รายเดือน',
  url: 'https://data.bangkok.go.th/dataset/visits.csv',
  format: 'CSV',
};

const catalog = toDcatJsonLd({
  uri: 'https://data.bangkok.go.th/',
  title: 'บัญชีข้อมูลกรุงเทพมหานคร',
  datasets: [{ metadata: statisticalDataset(), resources: [resource] }],
});
const [dataset] = catalog['dcat:dataset'] as Record<string, unknown>[];

describe('toDcatJsonLd', () => {
  it('types the catalog', () => {
    expect(catalog).toMatchObject({ '@id': 'https://data.bangkok.go.th', '@type': 'dcat:Catalog' });
  });

  it('declares the dcat prefix', () => {
    expect(catalog['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' });
  });

  it.each([
    ['@id', 'https://data.bangkok.go.th/datasets/public-health-centre-visits'],
    ['@type', 'dcat:Dataset'],
    [
      'dct:title',
      [
        { '@value': 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข', '@language': 'th' },
        { '@value': 'Public Health Centre Visits', '@language': 'en' },
      ],
    ],
    ['dct:description', { '@value': 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุขรายเดือน', '@language': 'th' }],
    [
      'dcat:keyword',
      [
        { '@value': 'สาธารณสุข', '@language': 'th' },
        { '@value': 'สถิติ', '@language': 'th' },
      ],
    ],
    ['dct:accrualPeriodicity', { '@id': `${EU_FREQUENCY_BASE}MONTHLY` }],
    [
      'dct:publisher',
      { '@id': 'https://data.bangkok.go.th/organization/health-department', '@type': 'foaf:Agent', 'foaf:name': 'health-department' },
    ],
    ['dct:modified', { '@value': '2025-03-01', '@type': 'xsd:date' }],
    ['thgdc:objective', ['พันธกิจหน่วยงาน', 'เพื่อการให้บริการประชาชน']],
  ])('maps %s', (property, expected) => {
    expect(dataset?.[property]).toEqual(expected);
  });

  it('maps access rights', () => {
    expect(dataset?.['dct:accessRights']).toEqual({
      '@type': 'dct:RightsStatement',
      'rdfs:label': [
        { '@value': 'ข้อมูลสาธารณะ', '@language': 'th' },
        { '@value': 'เปิดเผย', '@language': 'th' },
        { '@value': 'ใช้ได้โดยอ้างอิงแหล่งที่มา', '@language': 'th' },
      ],
    });
  });

  it('maps distributions', () => {
    expect(dataset?.['dcat:distribution']).toEqual([
      {
        '@type': 'dcat:Distribution',
        'dct:title': { '@value': 'ข้อมูลรายเดือน', '@language': 'th' },
        'dct:description': { '@value': 'ไฟล์ CSV รายเดือน', '@language': 'th' },
        'dcat:accessURL': { '@id': 'https://data.bangkok.go.th/dataset/visits.csv' },
        'dct:format': 'CSV',
        'dct:license': { '@type': 'dct:LicenseDocument', 'rdfs:label': 'Open Data Common' },
      },
    ]);
  });

  it('uses the other licence text', () => {
    const metadata = { ...statisticalDataset(), license_id: 'อื่นๆ' as const, license_id_other: 'สัญญาอนุญาตเฉพาะ' };
    const result = toDcatJsonLd({ uri: 'https://x.test', title: 't', datasets: [{ metadata, resources: [resource] }] });
    const [node] = result['dcat:dataset'] as { 'dcat:distribution': { 'dct:license': unknown }[] }[];

    expect(node?.['dcat:distribution'][0]?.['dct:license']).toEqual({ '@type': 'dct:LicenseDocument', 'rdfs:label': 'สัญญาอนุญาตเฉพาะ' });
  });

  it('gives same-titled datasets distinct IRIs', () => {
    const metadata = statisticalDataset();
    const result = toDcatJsonLd({ uri: 'https://x.test', title: 't', datasets: [{ metadata, resources: [] }, { metadata, resources: [] }] });
    const ids = (result['dcat:dataset'] as { '@id': string }[]).map((node) => node['@id']);

    expect(new Set(ids).size).toBe(2);
  });
});

describe('frequencyIri', () => {
  it.each<[UpdateFrequencyUnit, string | undefined, string | undefined]>([
    ['ปี', undefined, 'ANNUAL'],
    ['ปี', '1', 'ANNUAL'],
    ['ปี', '2', 'ANNUAL_2'],
    ['ครึ่งปี', '1', 'ANNUAL_2'],
    ['ไตรมาส', '1', 'QUARTERLY'],
    ['เดือน', '1', 'MONTHLY'],
    ['สัปดาห์', '1', 'WEEKLY'],
    ['วัน', '1', 'DAILY'],
    ['ชั่วโมง', '1', 'HOURLY'],
    ['ตามเวลาจริง', undefined, 'UPDATE_CONT'],
    ['ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล', undefined, 'NEVER'],
    ['ไม่ทราบ', undefined, 'UNKNOWN'],
    ['เดือน', '4', undefined],
    ['นาที', '1', undefined],
    ['อื่นๆ', undefined, undefined],
  ])('maps %s every %s', (unit, interval, code) => {
    expect(frequencyIri(unit, interval)).toBe(code === undefined ? undefined : `${EU_FREQUENCY_BASE}${code}`);
  });
});
