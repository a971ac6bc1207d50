import { canonicalRecordText, normalizeKpiCode } from './record-import.params';

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
