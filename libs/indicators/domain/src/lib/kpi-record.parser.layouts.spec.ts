import { expectRecord, readKpiFixture } from '../testing/kpi-fixtures';
import { parseKpiRecord } from './kpi-record.parser';

describe('parseKpiRecord on a full agency-KPI page', () => {
  const record = expectRecord(parseKpiRecord(readKpiFixture('full-agency-kpi-5047-012.txt')));

  it.each([
    ['layout', 'full'],
    ['title', '5.2 ร้อยละความสำเร็จของการพัฒนาฐานข้อมูลและการจัดทำบัญชีข้อมูลของสำนักงานเขต'],
    ['familyNumber', '5.2'],
    ['pid', '5047-012'],
    ['agencyCode', '5047'],
    ['fiscalYear', 2566],
    ['type', 'strategic'],
    ['resultLevel', 'output'],
  ])('reads %s', (field, expected) => {
    expect(record[field as keyof typeof record]).toEqual(expected);
  });

  it('reads target and result', () => {
    expect(record.target?.value).toBe(100);
    expect(record.actual?.value).toBe(100);
  });

  it('reads the assessment', () => {
    expect(record.assessment).toMatchObject({ quarter: 3, score: 100 });
  });

  it('reads the quarter table', () => {
    expect(record.quarters).toEqual([
      { quarter: 1, planned: 20, assessment: 100, pairRaw: '1 / 1' },
      { quarter: 2, planned: 40, assessment: 100, pairRaw: '2 / 2' },
      { quarter: 3, planned: 80, assessment: 0, pairRaw: '100 / 0' },
      { quarter: 4, planned: 100, assessment: null, pairRaw: null },
    ]);
  });

  it.each([
    [0, 'เดือนต.ค. 65', '2022-10-01', 'month', 1, 1],
    [1, 'เดือนพ.ย. 65', '2022-11-01', 'month', 1, 1],
    [2, '30/12/2565', '2022-12-30', 'day', 1, 1],
    [3, '31/01/2566', '2023-01-31', 'day', 2, 2],
    [4, '28/02/2566', '2023-02-28', 'day', 2, 2],
    [5, '3/31/2023', '2023-03-31', 'day', 2, 2],
    [6, '30/04/2566', '2023-04-30', 'day', 3, 3],
    [7, '25/05/2566', '2023-05-25', 'day', 3, 3],
    [8, '6/5/2023', '2023-06-05', 'day', 3, 3],
    [9, '6/30/2023', '2023-06-30', 'day', 3, 3],
    [10, null, null, null, null, 4],
  ])('note %i (%s) is %s', (index, rawDate, date, datePrecision, quarter, sectionQuarter) => {
    expect(record.progress[index]).toMatchObject({
      rawDate,
      date,
      datePrecision,
      quarter,
      sectionQuarter,
    });
  });

  it('reads 11 notes', () => {
    expect(record.progress).toHaveLength(11);
  });

  it('repairs SARA AM in a note', () => {
    expect(record.progress[1].text).toContain('เพื่อกำหนดแนวทาง');
    expect(record.progress[1].rawText).toContain('เพื่อกาหนดแนวทาง');
  });

  it('keeps Thai digits in note text', () => {
    expect(record.progress[3].text).toContain('จำนวน ๑๐ ชุดข้อมูล');
  });

  it('ends quarter 4 at the definitions', () => {
    expect(record.definitions.map((definition) => definition.term)).toEqual([
      'ฐานข้อมูลเชิงพื้นที่',
      'บัญชีข้อมูล (Data Catalog)',
    ]);
  });

  it('reads calculation and verification parts', () => {
    expect(record.calculation?.parts.map((part) => part.number)).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '2.2',
    ]);
    expect(record.verification?.parts.map((part) => part.number)).toEqual(['1', '2']);
  });

  it('reads the plan path', () => {
    expect(record.planPath.map((node) => [node.level, node.code, node.nameTh])).toEqual([
      ['dimension', '5', 'มหานครประชาธิปไตย'],
      ['subDimension', '5.2', 'เมืองธรรมาภิบาล'],
    ]);
  });

  it('reports the date settled by its neighbours', () => {
    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['DATE_RESOLVED_BY_SEQUENCE', 27],
    ]);
  });
});

describe('parseKpiRecord on a city-indicator page', () => {
  const record = expectRecord(parseKpiRecord(readKpiFixture('city-indicator-3-2-1.txt')));

  it.each([
    ['layout', 'cityIndicator'],
    ['title', '๑๒. ร้อยละของทางเท้าในถนนสายหลักที่ได้มาตรฐาน'],
    ['familyNumber', '12'],
    ['pid', null],
    ['fiscalYear', null],
    ['type', 'goalLevel'],
    ['typeRaw', 'ตัวชี้วัดเป้าประสงค์'],
    ['actual', null],
    ['dataSource', 'สำนักการโยธา และสำนักการวางผังและพัฒนาเมือง'],
  ])('reads %s', (field, expected) => {
    expect(record[field as keyof typeof record]).toEqual(expected);
  });

  it('reads the target', () => {
    expect(record.target).toMatchObject({ value: 80, unit: 'ร้อยละ' });
  });

  it('reads the hierarchy', () => {
    expect(
      record.planPath.map((node) => [
        node.level,
        node.code,
        node.rawCode,
        node.nameTh,
        node.nameEn,
      ]),
    ).toEqual([
      ['dimension', '3', '๓', 'มหานครสำหรับทุกคน', 'City for All'],
      ['subDimension', '3.2', '๓.๒', 'การเดินทางสะดวกและเข้าถึงได้สำหรับทุกคน', null],
      ['goal', '3.2.1', '๓.๒.๑', 'ทางเท้ามีความปลอดภัยและเอื้อต่อการเดินทางของคนทุกกลุ่ม', null],
    ]);
  });

  it('splits definitions per line', () => {
    expect(record.definitions.map((definition) => definition.term)).toEqual([
      'ทางเท้าที่ได้มาตรฐาน',
      'ถนนสายหลัก',
    ]);
  });

  it('repairs SARA AM in a definition', () => {
    expect(record.definitions[0].text.endsWith('ตามเกณฑ์ที่สำนักการโยธากำหนด')).toBe(true);
  });

  it('reads the calculation formula', () => {
    expect(record.calculation?.text).toBe(
      '(ความยาวทางเท้าที่ได้มาตรฐาน ÷ ความยาวทางเท้าทั้งหมดในถนนสายหลัก) × 100',
    );
  });

  it('keeps section 4 with its heading', () => {
    expect(record.otherSections).toEqual([
      {
        heading: 'สถานะของข้อมูล',
        text: 'มีข้อมูลครบถ้วนและทัยสมัย ปรับปรุงทุกปีงบประมาณจากการทำงานร่วมกับสำนักงานเขต ๕๐ เขต',
        rawText: 'มีข้อมูลครบถ้วนและทัยสมัย ปรับปรุงทุกปีงบประมาณจากการทำางานร่วมกับสำนักงานเขต ๕๐ เขต',
        line: 16,
      },
    ]);
  });

  it('has no warnings', () => {
    expect(record.warnings).toEqual([]);
  });
});
