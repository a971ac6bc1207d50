import { minimalRecord, readKpiSample } from '../testing/kpi-fixtures';
import type { KpiParseResult } from './kpi-record';
import { parseKpiRecord } from './kpi-record.parser';

const PROJECT_PAGE = [
  'โครงการพัฒนาระบบฐานข้อมูลเขต',
  ': 50240000-0012',
  'สำนักงานเขตราษฎร์บูรณะ : (2564)',
  '*** สยป. ประเมินโครงการ : ไตรมาสที่ 1 100',
  'หลักการและเหตุผล',
].join('\n');

// Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed.
function createRandom(seed: number): () => number {
  let state = seed;

  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);

    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;

    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function expectWellFormedMessages(result: KpiParseResult, lineCount: number): void {
  const messages = result.ok ? result.record.warnings : [...result.errors, ...result.warnings];

  for (const message of messages) {
    expect(message.code).toMatch(/^[A-Z_]+$/);
    expect(message.messageTh).not.toBe('');
    expect(message.messageEn).not.toBe('');
    expect(message.line === null || (message.line >= 1 && message.line <= lineCount)).toBe(true);
  }
}

describe('parseKpiRecord on input that is not a KPI record', () => {
  it.each([
    ['empty text', '', 'EMPTY_INPUT'],
    ['whitespace', '  \n\t\r\n ', 'EMPTY_INPUT'],
    ['NUL bytes', 'ค่าเป้าหมาย ร้อยละ : 100\u0000\u0000', 'BINARY_INPUT'],
    ['control characters', '\u0001\u0002\u0003\u0004\u0005abc', 'BINARY_INPUT'],
    [
      'TIS-620 bytes read as UTF-8',
      Buffer.from([0xc4, 0xe8, 0xd2, 0xe0, 0xbb, 0xe9, 0xd2]).toString('utf8'),
      'BINARY_INPUT',
    ],
    ['JSON', '{"target": 100, "actual": 70, "type": "routine"}', 'NOT_A_KPI_RECORD'],
    [
      'English prose',
      'The quick brown fox jumps over the lazy dog.\nIt was a bright cold day in April.',
      'NOT_A_KPI_RECORD',
    ],
    [
      'Thai prose',
      'กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย\nมีพื้นที่ประมาณ 1,569 ตารางกิโลเมตร',
      'NOT_A_KPI_RECORD',
    ],
    ['HTML', '<html><body><h1>รายละเอียด</h1></body></html>', 'NOT_A_KPI_RECORD'],
    ['CSV', 'pid,target,actual\n0411-0005,100,70', 'NOT_A_KPI_RECORD'],
    ['a project page', PROJECT_PAGE, 'MISSING_TARGET_AND_RESULT'],
    ['notes without a target', '28/10/2563 : ก\n30/11/2563 : ข', 'MISSING_TARGET_AND_RESULT'],
    ['a lone target line', 'ค่าเป้าหมาย ร้อยละ : 100', 'INCOMPLETE_RECORD'],
    ['two value lines only', 'ค่าเป้าหมาย ร้อยละ : 100\nผลงานที่ทำได้ ร้อยละ : 70', 'INCOMPLETE_RECORD'],
  ])('rejects %s', (_name, text, code) => {
    const result = parseKpiRecord(text);

    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual([code]);
  });

  it.each([undefined, null, 42, { text: 'x' }])('rejects the non-string %p', (value) => {
    const result = parseKpiRecord(value as unknown as string);

    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['NOT_A_KPI_RECORD']);
  });

  it('points at the line with binary content', () => {
    const result = parseKpiRecord(`${minimalRecord()}\nabc\u0000def`);

    expect(result.ok ? null : result.errors[0].line).toBe(3);
  });

  it('writes errors in Thai and English', () => {
    const result = parseKpiRecord('hello');

    expect(result.ok ? null : result.errors[0]).toEqual({
      code: 'NOT_A_KPI_RECORD',
      line: null,
      messageTh: expect.stringContaining('ไม่ใช่รายละเอียดตัวชี้วัด'),
      messageEn: expect.stringContaining('Not a KPI record export'),
    });
  });

  it('keeps line warnings of a rejected record', () => {
    const result = parseKpiRecord('ข้อความ\n28/10/2563 : ก');

    expect(result.ok ? [] : result.warnings.map((warning) => [warning.code, warning.line])).toEqual(
      [['UNPARSED_LINE', 1]],
    );
  });

  it('caps unparsed-line warnings', () => {
    const noise = Array.from({ length: 250 }, (_, index) => `บรรทัดที่ไม่รู้จัก ${index}`);
    const result = parseKpiRecord([...noise, minimalRecord()].join('\n'));
    const codes = result.ok ? result.record.warnings.map((warning) => warning.code) : [];

    expect(codes.filter((code) => code === 'UNPARSED_LINE')).toHaveLength(100);
    expect(codes.at(-1)).toBe('TOO_MANY_UNPARSED_LINES');
  });
});

describe('parseKpiRecord fuzzing', () => {
  const sampleLines = readKpiSample().split('\n');

  it('survives random slices and permutations of the sample', () => {
    const random = createRandom(2564);

    for (let round = 0; round < 300; round += 1) {
      const lines = sampleLines.filter(() => random() < 0.6).sort(() => random() - 0.5);
      const text = lines
        .map((line) =>
          line.slice(Math.floor(random() * 5), line.length - Math.floor(random() * 40)),
        )
        .join('\n');

      expectWellFormedMessages(parseKpiRecord(text), lines.length);
    }
  });

  it('survives random bytes', () => {
    const random = createRandom(2021);

    for (let round = 0; round < 200; round += 1) {
      const bytes = Buffer.from(
        Array.from({ length: Math.floor(random() * 2000) }, () => Math.floor(random() * 256)),
      );
      const text = bytes.toString(round % 2 === 0 ? 'utf8' : 'latin1');

      expectWellFormedMessages(parseKpiRecord(text), text.split(/\r\n|\r|\n/).length);
    }
  });

  it('survives random Thai and punctuation', () => {
    const random = createRandom(7);
    const alphabet = 'กขคดตทนมสอาำํ้่ีเแ๐๑๒๕ 0123456789:/.|()*-%\n\tหมายถึงส่วนที่ไตรมาสที่เดือนต.ค.';

    for (let round = 0; round < 300; round += 1) {
      const length = Math.floor(random() * 400);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const withFields = round % 3 === 0 ? minimalRecord(text) : text;

      expectWellFormedMessages(parseKpiRecord(withFields), withFields.split(/\r\n|\r|\n/).length);
    }
  });
});

describe('parseKpiRecord on 1 MB lines', () => {
  const megabyte = 1_000_000;

  it.each([
    ['a note line', minimalRecord(`28/10/2563 : ${'ดาเนินการ '.repeat(megabyte / 10)}`)],
    ['a definitions line', minimalRecord('ข้อมูล หมายถึง ก '.repeat(megabyte / 16))],
    ['repeated date fragments', minimalRecord('1/1/'.repeat(megabyte / 4))],
    ['digits', minimalRecord('1'.repeat(megabyte))],
    ['colons and spaces', minimalRecord(`:${' '.repeat(megabyte)}x`)],
    ['a spaced value', `ค่าเป้าหมาย ${'1'.repeat(megabyte)}x : 5\nประเภทตัวชี้วัด :`],
    ['a plan path of spaces', minimalRecord(`:๕${' '.repeat(megabyte)}|x`)],
    ['criteria numbers', minimalRecord('ก หมายถึง ข', ' 1.1'.repeat(megabyte / 4))],
    ['at signs', minimalRecord(`28/10/2563 : ${'a@'.repeat(megabyte / 2)}`)],
  ])('parses %s quickly', (_name, text) => {
    const started = performance.now();
    const result = parseKpiRecord(text);

    expect(typeof result.ok).toBe('boolean');
    // The limit is generous for a linear parse, but quadratic regex backtracking on 1 MB exceeds it.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
