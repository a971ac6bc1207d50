import { expectRecord, minimalRecord, readKpiSample } from '../testing/kpi-fixtures';
import { parseKpiRecord } from './kpi-record.parser';

function parseLines(...lines: string[]) {
  return expectRecord(parseKpiRecord(minimalRecord(...lines)));
}

function warningCodes(...lines: string[]): string[] {
  return parseLines(...lines).warnings.map((warning) => warning.code);
}

describe('mixed calendars', () => {
  it.each([
    ['28/10/2563', '2020-10-28'],
    ['1/31/2021', '2021-01-31'],
    ['31/03/2564', '2021-03-31'],
    ['30/5/2564', '2021-05-30'],
    ['6/30/2021', '2021-06-30'],
    ['๒๘/๑๐/๒๕๖๓', '2020-10-28'],
  ])('reads %s', (rawDate, date) => {
    expect(parseLines(`${rawDate} : ดำเนินการ`).progress[0]).toMatchObject({ rawDate, date });
  });

  it('settles an ambiguous date between neighbours', () => {
    const record = parseLines('31/05/2564 : ก', '5/6/2021 : ข', '30/06/2564 : ค');

    expect(record.progress[1]).toMatchObject({ date: '2021-06-05', ambiguous: false });
    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['DATE_RESOLVED_BY_SEQUENCE', 4],
    ]);
  });

  it('flags an ambiguous date it cannot settle', () => {
    const record = parseLines('30/04/2564 : ก', '5/6/2021 : ข', '30/06/2564 : ค');

    expect(record.progress[1]).toMatchObject({
      date: null,
      ambiguous: true,
      rawDate: '5/6/2021',
      quarter: null,
    });
    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['AMBIGUOUS_DATE', 4],
    ]);
  });

  it('keeps a note with an invalid date', () => {
    const record = parseLines('31/02/2564 : ก');

    expect(record.progress[0]).toMatchObject({
      date: null,
      rawDate: '31/02/2564',
      text: 'ก',
      ambiguous: false,
    });
    expect(record.warnings.map((warning) => warning.code)).toEqual(['INVALID_DATE']);
  });
});

describe('note lines', () => {
  it('splits several dated notes on one line', () => {
    const record = parseLines('28/10/2563 : ก 30/11/2563 : ข ค 31/12/2563 :ง');

    expect(record.progress.map((note) => [note.rawDate, note.text, note.line])).toEqual([
      ['28/10/2563', 'ก', 3],
      ['30/11/2563', 'ข ค', 3],
      ['31/12/2563', 'ง', 3],
    ]);
  });

  it('keeps a date without a colon in the text', () => {
    const record = parseLines('28/10/2563 : ส่งภายในวันที่ 15/11/2563 แล้ว');

    expect(record.progress).toHaveLength(1);
  });

  it('reads month-only notes', () => {
    const record = parseLines('เดือนต.ค. 63 เตรียมข้อมูล', 'เดือนพ.ย. 63 : จัดประชุม');

    expect(record.progress.map((note) => [note.date, note.datePrecision, note.text])).toEqual([
      ['2020-10-01', 'month', 'เตรียมข้อมูล'],
      ['2020-11-01', 'month', 'จัดประชุม'],
    ]);
  });

  it('reads undated notes in a quarter section', () => {
    const record = parseLines('รายงานผลฯ ไตรมาสที่ 2', 'อยู่ระหว่างดำเนินการ', '25/05/2566 : นำเข้าข้อมูล');

    expect(record.progress.map((note) => [note.date, note.sectionQuarter])).toEqual([
      [null, 2],
      ['2023-05-25', 2],
    ]);
  });

  it('warns about a note outside its quarter section', () => {
    expect(warningCodes('รายงานผลฯ ไตรมาสที่ 2', '25/05/2566 : นำเข้าข้อมูล')).toContain(
      'NOTE_OUTSIDE_SECTION_QUARTER',
    );
  });

  it('reads a definition printed as a note', () => {
    const record = parseLines('รายงานผลฯ ไตรมาสที่ 1', 'ฐานข้อมูล หมายถึง กลุ่มของข้อมูล');

    expect(record.progress).toEqual([]);
    expect(record.definitions.map((definition) => definition.term)).toEqual(['ฐานข้อมูล']);
  });

  it('warns about notes out of order', () => {
    const record = parseLines('30/11/2563 : ก', '28/10/2563 : ข');

    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['NOTES_OUT_OF_ORDER', 4],
    ]);
  });
});

describe('fiscal year', () => {
  it('takes the year of most notes and warns about the others', () => {
    const record = parseLines('28/10/2563 : ก', '30/11/2563 : ข', '30/10/2564 : ค');

    expect(record.fiscalYear).toBe(2564);
    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['NOTE_OUTSIDE_FISCAL_YEAR', 5],
      ['NOTES_SPAN_FISCAL_YEARS', null],
    ]);
  });

  it('breaks a tie toward the earlier year', () => {
    expect(parseLines('30/09/2564 : ก', '30/10/2564 : ข').fiscalYear).toBe(2564);
  });

  it('prefers a printed year', () => {
    const record = parseLines('สำนักงานเขตราษฎร์บูรณะ : (2565)', '28/10/2563 : ก');

    expect(record.fiscalYear).toBe(2565);
    expect(record.warnings.map((warning) => warning.code)).toEqual(['NOTE_OUTSIDE_FISCAL_YEAR']);
  });

  it('is null without dates', () => {
    expect(parseLines().fiscalYear).toBeNull();
  });
});

describe('value and unit shapes', () => {
  it.each([
    ['ค่าเป้าหมาย ร้อยละ : 100', 100, '100', 'ร้อยละ', null],
    ['ค่าเป้าหมาย : 50', 50, '50', null, null],
    ['ค่าเป้าหมาย ร้อยละ 100 : 100', 100, '100', 'ร้อยละ', null],
    ['ค่าเป้าหมาย ร้อยละ 100 : ร้อยละ 100', 100, '100', 'ร้อยละ', null],
    ['ค่าเป้าหมาย : ร้อยละ 20 ของประชาชนที่ทำการสำรวจ', 20, '20', 'ร้อยละ', 'ของประชาชนที่ทำการสำรวจ'],
    ['ค่าเป้าหมาย คะแนน : 10', 10, '10', 'คะแนน', null],
    ['ค่าเป้าหมาย ฐานข้อมูล : 1', 1, '1', 'ฐานข้อมูล', null],
    ['ค่าเป้าหมาย เล่ม : 4', 4, '4', 'เล่ม', null],
    ['ค่าเป้าหมาย แห่ง : 1,407.52', 1407.52, '1407.52', 'แห่ง', null],
    ['ค่าเป้าหมาย ร้อยละ : 65.0000', 65, '65.0000', 'ร้อยละ', null],
    ['ค่าเป้าหมาย () : 5', 5, '5', null, null],
    ['ค่าเป้าหมาย : 80 %', 80, '80', '%', null],
    ['ค่าเป้าหมาย ร้อยละ : ๑๐๐', 100, '100', 'ร้อยละ', null],
  ])('reads %s', (line, value, decimal, unit, qualifier) => {
    const record = expectRecord(parseKpiRecord(`${line}\nประเภทตัวชี้วัด : ตัวชี้วัดงานประจำ`));

    expect(record.target).toMatchObject({ value, decimal, unit, qualifier });
  });

  it.each([
    ['ผลงานที่ทำได้ ร้อยละ : 104.15', 104.15],
    ['ผลงานที่ทำได้ ร้อยละ : 170.83', 170.83],
    ['ผลงานที่ทาได้ ร้อยละ : 70', 70],
    ['ผลงานที่ท้าได้ ร้อยละ : 70', 70],
  ])('reads the result %s', (line, value) => {
    expect(parseLines(line).actual?.value).toBe(value);
  });

  it('keeps the raw value text', () => {
    expect(parseLines('ผลงานที่ทาได้ ร้อยละ : 70').actual?.raw).toBe('ร้อยละ : 70');
  });

  it('reads a score result against a score target', () => {
    const record = expectRecord(
      parseKpiRecord(['ค่าเป้าหมาย คะแนน : 10', 'ผลงานที่ทำได้ คะแนน : 80', 'ประเภทตัวชี้วัด :'].join('\n')),
    );

    expect(record.actual).toMatchObject({ value: 80, unit: 'คะแนน' });
  });

  it.each([
    ['ค่าเป้าหมาย ร้อยละ : ไม่มี', 'INVALID_VALUE'],
    ['ค่าเป้าหมาย ร้อยละ :', 'MISSING_VALUE'],
    ['ค่าเป้าหมาย ร้อยละ : คะแนน 5', 'UNIT_MISMATCH'],
  ])('warns about %s', (line, code) => {
    const record = expectRecord(parseKpiRecord(`${line}\nประเภทตัวชี้วัด : ตัวชี้วัดงานประจำ`));

    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([[code, 1]]);
  });

  it('keeps the first of two targets', () => {
    const record = parseLines('ค่าเป้าหมาย ร้อยละ : 90');

    expect(record.target?.value).toBe(100);
    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['DUPLICATE_FIELD', 3],
    ]);
  });
});

describe('target and narrative checks', () => {
  it('keeps target 0 and warns it is not set', () => {
    const record = expectRecord(
      parseKpiRecord(
        ['ค่าเป้าหมาย : 0', 'ผลงานที่ทำได้ ร้อยละ : 100', 'ประเภทตัวชี้วัด : ตัวชี้วัดเชิงยุทธศาสตร์'].join('\n'),
      ),
    );

    expect(record.target?.value).toBe(0);
    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['TARGET_NOT_SET', 1],
    ]);
  });

  it.each([
    ['ดำเนินการได้ตามเป้าหมายที่กำหนด', true],
    ['บรรลุเป้าหมายแล้ว', true],
    ['ดำเนินการไม่ได้ตามเป้าหมาย', false],
    ['ยังไม่บรรลุเป้าหมาย', false],
    ['อยู่ระหว่างดำเนินการ', false],
  ])('checks the last note %s', (text, contradicts) => {
    const codes = warningCodes('ผลงานที่ทำได้ ร้อยละ : 70', `30/09/2564 : ${text}`);

    expect(codes.includes('NARRATIVE_CONTRADICTS_RESULT')).toBe(contradicts);
  });

  it('accepts a met target', () => {
    expect(warningCodes('ผลงานที่ทำได้ ร้อยละ : 100', '30/09/2564 : บรรลุเป้าหมาย')).toEqual([]);
  });

  it('warns when only the result is printed', () => {
    const record = expectRecord(
      parseKpiRecord('ผลงานที่ทำได้ ร้อยละ : 70\nประเภทตัวชี้วัด : ตัวชี้วัดงานประจำ'),
    );

    expect(record.warnings.map((warning) => warning.code)).toEqual(['MISSING_TARGET']);
  });
});

describe('KPI type, level and assessment', () => {
  it.each([
    ['ประเภทตัวชี้วัด : ตัวชี้วัดงานประจำ', 'routine'],
    ['ประเภทตัวชี้วัด : ตัวชี้วัดงานประจา', 'routine'],
    ['ประเภทตัวชี้วัด : ตัวชี้วัดเชิงยุทธศาสตร์', 'strategic'],
    ['ลักษณะข้อมูล : ตัวชี้วัดเป้าประสงค์', 'goalLevel'],
  ])('reads %s', (line, type) => {
    expect(expectRecord(parseKpiRecord(`ค่าเป้าหมาย : 1\n${line}`)).type).toBe(type);
  });

  it('accepts an empty type', () => {
    const record = expectRecord(parseKpiRecord('ค่าเป้าหมาย : 1\nประเภทตัวชี้วัด :'));

    expect(record.type).toBeNull();
    expect(record.typeRaw).toBe('');
    expect(record.warnings.map((warning) => warning.code)).toEqual(['EMPTY_TYPE']);
  });

  it('warns about an unknown type', () => {
    const record = expectRecord(parseKpiRecord('ค่าเป้าหมาย : 1\nประเภทตัวชี้วัด : อื่น ๆ'));

    expect(record.warnings.map((warning) => warning.code)).toEqual(['UNKNOWN_TYPE']);
  });

  it.each([
    ['(ตัวชี้วัดระดับผลลัพธ์ (outcome))', 'outcome'],
    ['(ตัวชี้วัดระดับผลผลิต (output))', 'output'],
  ])('reads the level %s', (line, level) => {
    expect(parseLines(line).resultLevel).toBe(level);
  });

  it.each([
    ['*** สยป. ตรวจประเมินตัวชี้วัด : ไตรมาสที่ 2: 100', 2, 100],
    ['*** สยป. ตรวจประเมินตัวชี้วัด : ไตรมาสที่ ๔: ๐', 4, 0],
    ['*** สยป. ตรวจประเมินตัวชี้วัด : ไตรมาสที่ 1:', 1, null],
  ])('reads the assessment %s', (line, quarter, score) => {
    expect(parseLines(line).assessment).toMatchObject({ quarter, score });
  });
});

describe('layout noise and line endings', () => {
  it.each(['Back Home', '0', 'พิมพ์ข้อมูล', '()', '|', 'รายละเอียดตัวชี้วัดฯ : พิมพ์ข้อมูล', '   '])(
    'ignores %j',
    (line) => {
      expect(parseLines(line).warnings).toEqual([]);
    },
  );

  it('reports an unknown line before the fields', () => {
    const record = expectRecord(parseKpiRecord(['ข้อความอื่น', minimalRecord()].join('\n')));

    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['UNPARSED_LINE', 1],
    ]);
  });

  it('reports text left after every section', () => {
    const codes = warningCodes('ก หมายถึง ข', 'เกณฑ์', '1. ตรวจสอบ', 'ข้อความเกิน');

    expect(codes).toEqual(['UNPARSED_LINE']);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads %s line breaks like LF', (_name, lineBreak) => {
    const sample = readKpiSample();

    expect(parseKpiRecord(sample.split('\n').join(lineBreak))).toEqual(parseKpiRecord(sample));
  });

  it('ignores a BOM, NBSP and a trailing newline', () => {
    const sample = readKpiSample();
    const variant = `\uFEFF${sample.replace('ร้อยละ : 100', 'ร้อยละ\u00A0: 100')}\n`;

    expect(expectRecord(parseKpiRecord(variant)).target?.value).toBe(100);
  });

  it('reads NIKHAHIT + SARA AA as SARA AM', () => {
    const record = parseLines('28/10/2563 : การด\u0E4D\u0E32เนินงาน');

    expect(record.progress[0].text).toBe('การดำเนินงาน');
    expect(record.progress[0].rawText).toBe('การด\u0E4D\u0E32เนินงาน');
  });
});

describe('personal data', () => {
  it.each([
    ['ติดต่อ somchai.k@gmail.com', true],
    ['โทร. 2345', true],
    ['โทร 02-123-4567', true],
    ['เบอร์ 081 234 5678', true],
    ['ภายในวันที่ 15/11/2563', false],
    ['จำนวน 1,407.52 แห่ง', false],
  ])('checks %s', (text, flagged) => {
    const codes = warningCodes(`28/10/2563 : ${text}`);

    expect(codes.includes('PERSONAL_DATA')).toBe(flagged);
  });
});
