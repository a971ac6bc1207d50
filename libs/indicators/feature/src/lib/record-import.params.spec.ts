import { canonicalRecordText, identityKeyOf, normalizeKpiCode } from './record-import.params';

describe('normalizeKpiCode', () => {
  it.each([
    ['0411-0005', '0411-5'],
    ['0411-5', '0411-5'],
    ['5047-012', '5047-12'],
    [' 1100-0100 ', '1100-100'],
    ['0411-0000', '0411-0'],
  ])('%s → %s', (code, expected) => {
    expect(normalizeKpiCode(code)).toBe(expected);
  });

  it.each([null, undefined, '', '411-5', 'ABCD-5', '0411'])('%s → null', (code) => {
    expect(normalizeKpiCode(code)).toBeNull();
  });
});

describe('canonicalRecordText', () => {
  it('drops a byte order mark', () => {
    expect(canonicalRecordText('\uFEFFค่าเป้าหมาย')).toBe('ค่าเป้าหมาย');
  });

  it('unifies line endings', () => {
    expect(canonicalRecordText('a\r\nb\rc\n')).toBe('a\nb\nc');
  });

  it('keeps inner text unchanged', () => {
    expect(canonicalRecordText('  x : 1 \n y ')).toBe('x : 1 \n y');
  });
});

describe('identityKeyOf', () => {
  const record = {
    pid: null,
    fiscalYear: 2564,
    planPath: [{ code: '5' }, { code: '5.4' }],
    target: { unit: 'ร้อยละ' },
    actual: null,
    definitions: [{ term: 'ข้อมูล', text: 'สิ่งที่สื่อความหมาย' }],
    calculation: { text: 'ส่วนที่ 1 …' },
    verification: null,
  } as unknown as Parameters<typeof identityKeyOf>[0];

  it('is stable for the same KPI', () => {
    expect(identityKeyOf(record, 'agency-1')).toBe(identityKeyOf({ ...record }, 'agency-1'));
  });

  it('differs by agency', () => {
    expect(identityKeyOf(record, 'agency-1')).not.toBe(identityKeyOf(record, 'agency-2'));
  });

  it('differs by fiscal year', () => {
    expect(identityKeyOf(record, null)).not.toBe(identityKeyOf({ ...record, fiscalYear: 2565 }, null));
  });

  it('is null for a record with a code', () => {
    expect(identityKeyOf({ ...record, pid: '0411-0005' }, null)).toBeNull();
  });

  it('is null without definitions or criteria', () => {
    expect(identityKeyOf({ ...record, definitions: [], calculation: null }, null)).toBeNull();
  });
});
