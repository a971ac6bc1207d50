import { expectRecord, readKpiSample } from '../testing/kpi-fixtures';
import { parseKpiRecord } from './kpi-record.parser';

const record = expectRecord(parseKpiRecord(readKpiSample()));
const BROKEN_SARA_AM = [
  'ดาเนิน',
  'ด้าเนิน',
  'สานัก',
  'ส้านัก',
  'กาหนด',
  'ก้าหนด',
  'จัดทา',
  'ทาให้',
  'ทาได้',
  'นาเข้า',
  'สาคัญ',
  'ส้าคัญ',
  'คาอธิบาย',
  'ค้าอธิบาย',
  'จาแนก',
  'อานวย',
  'สารวจ',
  'ประจาปี',
  'สม่าเสมอ',
  'จานวน',
  'กากับ',
  'ส้าเร็จ',
  'ซ้ากับ',
  'ดำา',
  'ตำา',
];

describe('parseKpiRecord on the FY2564 sample', () => {
  it.each([
    ['layout', 'headerless'],
    ['title', null],
    ['familyNumber', null],
    ['pid', null],
    ['agencyCode', null],
    ['fiscalYear', 2564],
    ['type', 'routine'],
    ['typeRaw', 'ตัวชี้วัดงานประจำ'],
    ['resultLevel', 'outcome'],
    ['dataSource', null],
  ])('reads %s', (field, expected) => {
    expect(record[field as keyof typeof record]).toEqual(expected);
  });

  it('reads the target', () => {
    expect(record.target).toEqual({
      value: 100,
      decimal: '100',
      unit: 'ร้อยละ',
      raw: 'ร้อยละ : 100',
      qualifier: null,
    });
  });

  it('reads the result', () => {
    expect(record.actual).toEqual({
      value: 70,
      decimal: '70',
      unit: 'ร้อยละ',
      raw: 'ร้อยละ : 70',
      qualifier: null,
    });
  });

  it('reads the empty assessment', () => {
    expect(record.assessment).toEqual({
      quarter: 1,
      score: null,
      raw: '*** สยป. ตรวจประเมินตัวชี้วัด : ไตรมาสที่ 1:',
    });
  });

  it('has no quarter table or extra sections', () => {
    expect(record.quarters).toEqual([]);
    expect(record.otherSections).toEqual([]);
  });

  it('reads 12 progress notes', () => {
    expect(record.progress).toHaveLength(12);
  });

  it.each([
    [0, '28/10/2563', '2020-10-28', 1, 7],
    [1, '30/11/2563', '2020-11-30', 1, 7],
    [2, '31/12/2563', '2020-12-31', 1, 7],
    [3, '1/31/2021', '2021-01-31', 2, 8],
    [4, '2/27/2021', '2021-02-27', 2, 8],
    [5, '31/03/2564', '2021-03-31', 2, 8],
    [6, '29/04/2564', '2021-04-29', 3, 9],
    [7, '30/5/2564', '2021-05-30', 3, 9],
    [8, '6/30/2021', '2021-06-30', 3, 9],
    [9, '30/07/2564', '2021-07-30', 4, 10],
    [10, '30/08/2564', '2021-08-30', 4, 10],
    [11, '30/09/2564', '2021-09-30', 4, 10],
  ])('note %i dated %s is %s Q%i on line %i', (index, rawDate, date, quarter, line) => {
    expect(record.progress[index]).toMatchObject({
      rawDate,
      date,
      datePrecision: 'day',
      quarter,
      fiscalYear: 2564,
      ambiguous: false,
      sectionQuarter: null,
      line,
    });
  });

  it.each([
    [0, 'อยู่ระหว่างขั้นตอนศึกษาข้อมูลโครงการ และเตรียมจัดทำโครงการ'],
    [6, 'อยู่ระหว่างนำเข้าฐานข้อมูลในระบบ'],
    [7, 'อยู่ระหว่างนำเข้าฐานข้อมูลในระบบ'],
    [9, 'อยู่ระหว่างขั้นตอนอนำเข้าฐานข้อมูลเข้าสู่ระบบ'],
    [11, 'ดำเนินการได้ตามเป้าหมายที่กำหนด'],
  ])('note %i reads %s', (index, text) => {
    expect(record.progress[index].text).toBe(text);
  });

  it.each([
    [2, 'อยู่ระหว่างดำเนินการจัดทำ 1. แต่งตั้งคณะทำงานกำกับดูแลข้อมูลระดับหน่วยงาน'],
    [3, 'อยู่ระหว่างขั้นตอนจัดทำรายละเอียดการดำเนินการในขั้นตอนที่ 1'],
    [5, 'จัดทำรายละเอียดการดำเนินการในขั้นตอนที่ 2 ประกอบด้วย 1. คำอธิบายชุดข้อมูลดิจิตอล (Metadata)'],
    [8, 'อยู่ระหว่างขั้นตอนอยู่ระหว่างนำเข้าฐานข้อมูลในระบบ'],
  ])('note %i starts with %s', (index, start) => {
    expect(record.progress[index].text.startsWith(start)).toBe(true);
  });

  it('keeps typos in note text', () => {
    expect(record.progress[3].text).toContain('ส่งให้สำนักยุทธศษสตร์และประเมินผล');
    expect(record.progress[10].text).toContain('ในชั้นตอนที่ 5');
  });

  it('leaves clean note text as printed', () => {
    expect(record.progress.map((note) => note.rawText)).toEqual(
      record.progress.map((note) => note.text),
    );
  });

  it('reads the definition terms', () => {
    expect(record.definitions.map((definition) => definition.term)).toEqual([
      'ข้อมูล',
      'ชุดข้อมูล',
      'บัญชีรายการข้อมูล',
      'ฐานข้อมูล (Database)',
      'คำอธิบายข้อมูลหรือเมทาดาตา (Metadata)',
      'ธรรมาภิบาลข้อมูลภาครัฐระดับหน่วยงาน',
      'ความสำเร็จในการพัฒนาฐานข้อมูล',
    ]);
  });

  it.each([
    [0, 'สิ่งที่สื่อความหมายให้รู้เรื่องราวข้อเท็จจริง', 'หรือวิธีอื่นใดที่ทำให้สิ่งที่บันทึกไว้ปรากฏได้'],
    [1, 'การนำข้อมูลจากหลายแหล่งมารวบรวม', 'ให้ตรงตามลักษณะโครงสร้างของข้อมูล'],
    [2, 'เอกสารแสดงบรรดารายการของชุดข้อมูล', 'ในความครอบครองหรือควบคุมของหน่วยงาน'],
    [3, 'กลุ่มของข้อมูลที่ถูกเก็บรวบรวมไว้', 'หรือแยกเก็บหลายๆ แฟ้มข้อมูล (Data file)'],
    [4, 'ข้อมูลที่ใช้อธิบายข้อมูล', 'ในการจัดทำบัญชีรายการข้อมูล (Data Catalog)'],
    [5, '1) การกำหนดสิทธิ หน้าที่', 'ให้มีความถูกต้องครบถ้วน และเป็นปัจจุบัน'],
    [6, 'การพัฒนาและการจัดการฐานข้อมูล', 'ที่มีความสำคัญต่อการปฏิบัติงานหรือการให้บริการ'],
  ])('definition %i runs from %s to %s', (index, start, end) => {
    expect(record.definitions[index].text.startsWith(start)).toBe(true);
    expect(record.definitions[index].text.endsWith(end)).toBe(true);
  });

  it('keeps the raw definition text', () => {
    expect(record.definitions[0].rawText).toContain('จะทาได้โดยสภาพ');
    expect(record.definitions[0].text).toContain('จะทำได้โดยสภาพ');
  });

  it('lists the data governance parts 1) to 6)', () => {
    const text = record.definitions[5].text;

    expect(['1)', '2)', '3)', '4)', '5)', '6)'].every((item) => text.includes(item))).toBe(true);
  });

  it('reads the calculation parts', () => {
    expect(record.calculation?.parts.map((part) => part.number)).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '2.2',
      '2.3',
    ]);
  });

  it.each([
    [0, 'รักษาสถานภาพฐานข้อมูลของหน่วยงานที่ดำเนินการในปีงบประมาณพ.ศ. 2563', 'โดยหน่วยงานดำเนินการ ดังนี้'],
    [1, 'สำนัก สำนักงาน และส่วนราชการในสังกัดสำนักปลัดกรุงเทพมหานคร', 'ตัวชี้วัด 4.1 หรือในอนาคตอาจเรียกชื่ออื่น'],
    [2, 'สำนักงานเขต ดำเนินการจัดเก็บข้อมูล', '(Data Governance Framework) ด้วย'],
    [3, 'พัฒนาและจัดเก็บข้อมูลในฐานข้อมูลที่มีความสำคัญ', 'โดยหน่วยงานดำเนินการ ดังนี้'],
    [4, 'หน่วยงานดำเนินการพัฒนาฐานข้อมูลใหม่', 'ส่งให้สำนักยุทธศาสตร์และประเมินผลภายในเวลาที่กำหนด'],
    [5, 'การพัฒนาชั้นข้อมูลและจัดเก็บข้อมูลในฐานข้อมูล', 'ระบบสารสนเทศกลางตามที่สำนักยุทธศาสตร์และประเมินผลกำหนด'],
    [6, 'การนำฐานข้อมูลที่พัฒนาขึ้นไปใช้ประโยชน์', 'แนวทางและปฏิทินที่สำนักยุทธศาสตร์และประเมินผลกำหนด'],
  ])('calculation part %i runs from %s to %s', (index, start, end) => {
    const part = record.calculation?.parts[index];

    expect(part?.text.startsWith(start)).toBe(true);
    expect(part?.text.endsWith(end)).toBe(true);
  });

  it('keeps 4.1 inside part 1.1', () => {
    expect(record.calculation?.parts[1].text).toContain('ในระบบบันทึกข้อมูลประกอบตัวชี้วัด 4.1');
  });

  it('keeps ซ้ำกับ repaired in part 2.1', () => {
    expect(record.calculation?.parts[4].text).toContain('ต้องไม่ซ้ำกับชุดข้อมูลประกอบตัวชี้วัดเมือง');
  });

  it('keeps the raw calculation text', () => {
    expect(record.calculation?.rawText.startsWith('พิจารณาการด้าเนินงานของหน่วยงาน')).toBe(true);
    expect(
      record.calculation?.text.startsWith('พิจารณาการดำเนินงานของหน่วยงาน แบ่งเป็น 2 ส่วน (ร้อยละ 100)'),
    ).toBe(true);
  });

  it('reads the 3 verification items', () => {
    expect(record.verification?.parts.map((part) => part.number)).toEqual(['1', '2', '3']);
  });

  it.each([
    [
      0,
      'รักษาสถานะภาพฐานข้อมูลของหน่วยงานที่ดำเนินการในปีงบประมาณ พ.ศ. 2563',
      'สำนักยุทธศาสตร์และประเมินผลกำหนด',
    ],
    [1, 'การพัฒนาและจัดเก็บข้อมูลในฐานข้อมูลที่มีความสำคัญ', 'และฐานข้อมูลที่หน่วยงานพัฒนาขึ้น'],
    [
      2,
      'รายงานผลการดำเนินการตามตัวชี้วัดที่ 5.2 ซึ่งหน่วยงาน',
      'อย่างสม่ำเสมอตามรอบระยะเวลาที่สำนักยุทธศาสตร์ และประเมินผลกำหนด',
    ],
  ])('verification item %i runs from %s to %s', (index, start, end) => {
    const part = record.verification?.parts[index];

    expect(part?.text.startsWith(start)).toBe(true);
    expect(part?.text.endsWith(end)).toBe(true);
  });

  it('reads the plan path', () => {
    expect(record.planPath).toEqual([
      {
        level: 'dimension',
        code: '5',
        rawCode: '๕',
        nameTh: 'มหานครประชาธิปไตย',
        nameEn: 'Bangkok as a Democratic City',
        line: 14,
      },
      {
        level: 'subDimension',
        code: '5.4',
        rawCode: '๕.๔',
        nameTh: 'การเมืองสีขาว',
        nameEn: null,
        line: 15,
      },
      {
        level: 'goal',
        code: '5.4.1',
        rawCode: '๕.๔.๑',
        nameTh: 'ประชาชนมีความเชื่อมั่นในข้าราชการและผู้ดำรงตำแหน่งทางการเมืองของกรุงเทพมหานคร',
        nameEn: null,
        line: 16,
      },
      {
        level: 'planIndicator',
        code: '5.4.1.1',
        rawCode: '๕.๔.๑.๑',
        nameTh: 'ประชาชนมีความเชื่อมั่นในหน่วยงานและผู้ดำรงตำแหน่งทางการเมือง',
        nameEn: null,
        line: 17,
      },
    ]);
  });

  it('warns only that the narrative contradicts the result', () => {
    expect(record.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['NARRATIVE_CONTRADICTS_RESULT', 10],
    ]);
  });

  it('states both values in the warning', () => {
    expect(record.warnings[0].messageTh).toContain('(70)');
    expect(record.warnings[0].messageEn).toContain('result (70) is below the target (100)');
  });

  it.each(BROKEN_SARA_AM)('has no %s in normalised text', (broken) => {
    const texts = [
      ...record.progress.map((note) => note.text),
      ...record.definitions.flatMap((definition) => [definition.term, definition.text]),
      record.calculation?.text ?? '',
      ...(record.calculation?.parts.map((part) => part.text) ?? []),
      record.verification?.text ?? '',
      ...(record.verification?.parts.map((part) => part.text) ?? []),
      ...record.planPath.map((node) => node.nameTh),
    ];

    expect(texts.filter((text) => text.includes(broken))).toEqual([]);
  });
});
