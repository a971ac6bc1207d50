import { districtRecordErrors, type RecordFieldRule } from './district-record.validator';
import { BANGKOK_BOUNDING_BOX } from './geometry.validator';

const fields: RecordFieldRule[] = [
  { name: 'market_name', labelTh: 'ชื่อตลาด', dataType: 'text', required: true, allowedValues: [], size: 20 },
  { name: 'stalls', labelTh: 'จำนวนแผง', dataType: 'int', required: true, allowedValues: [], size: null },
  { name: 'opened_on', labelTh: 'วันที่เปิด', dataType: 'date', required: false, allowedValues: [], size: null },
  { name: 'kind', labelTh: 'ประเภท', dataType: 'text', required: false, allowedValues: ['สด', 'นัด'], size: null },
];
const options = { geometryExpected: false, boundingBox: BANGKOK_BOUNDING_BOX };

function rules(values: Record<string, unknown>, geometry?: unknown, geometryExpected = false): string[] {
  return districtRecordErrors([{ values, geometry }], fields, { ...options, geometryExpected }).map((error) => `${error.field} ${error.rule}`);
}

describe('district record rules', () => {
  it('accepts a complete record', () => {
    expect(rules({ market_name: 'ตลาดบางนา', stalls: 120, opened_on: '2020-01-05', kind: 'สด' })).toEqual([]);
  });

  it('accepts digits as text for a whole number', () => {
    expect(rules({ market_name: 'ตลาดบางนา', stalls: '120' })).toEqual([]);
  });

  it('names a missing required field', () => {
    expect(rules({ stalls: 3 })).toEqual(['records[0].values.market_name required']);
  });

  it('treats blank text as missing', () => {
    expect(rules({ market_name: '  ', stalls: 3 })).toEqual(['records[0].values.market_name required']);
  });

  it.each([
    ['stalls', 1.5],
    ['stalls', 'many'],
    ['opened_on', '2563-01-05'],
    ['opened_on', '2020-02-30'],
    ['market_name', 12],
  ])('rejects %s = %p for its type', (name, value) => {
    expect(rules({ market_name: 'ตลาด', stalls: 1, [name]: value })).toEqual([`records[0].values.${name} type`]);
  });

  it('rejects text over the field size', () => {
    expect(rules({ market_name: 'ก'.repeat(21), stalls: 1 })).toEqual(['records[0].values.market_name maxLength']);
  });

  it('rejects a value outside the allowed values', () => {
    expect(rules({ market_name: 'ตลาด', stalls: 1, kind: 'น้ำ' })).toEqual(['records[0].values.kind allowedValue']);
  });

  it('rejects a field that is not in the dictionary', () => {
    expect(rules({ market_name: 'ตลาด', stalls: 1, owner: 'x' })).toEqual(['records[0].values.owner unknownField']);
  });

  it('requires geometry when the item expects it', () => {
    expect(rules({ market_name: 'ตลาด', stalls: 1 }, undefined, true)).toEqual(['records[0].geometry required']);
  });

  it('checks geometry against the bounding box', () => {
    expect(rules({ market_name: 'ตลาด', stalls: 1 }, { type: 'Point', coordinates: [101.5, 13.7] })).toEqual([
      'records[0].geometry.coordinates withinBangkok',
    ]);
  });

  it('numbers the record in the field path', () => {
    const errors = districtRecordErrors([{ values: { market_name: 'ก', stalls: 1 } }, { values: { stalls: 1 } }], fields, options);

    expect(errors.map((error) => error.field)).toEqual(['records[1].values.market_name']);
  });

  it('stops at fifty errors', () => {
    const records = Array.from({ length: 80 }, () => ({ values: {} }));

    expect(districtRecordErrors(records, fields, options)).toHaveLength(50);
  });
});
