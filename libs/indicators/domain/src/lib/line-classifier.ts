import { NOTE_DATE_PATTERN, THAI_MONTH_PATTERN } from '@bma-kpi/util-thai';

import type { FiscalQuarter, ResultLevel } from './kpi-record';
import type { SourceLine } from './source-lines';

/** Body section a numbered heading opens. */
export type SectionKind = 'definitions' | 'calculation' | 'verification' | 'dataSource' | 'other';

/** Kind of one line, and its values, read without looking at the lines around it. */
export type ClassifiedLine =
  | { kind: 'blank' }
  | { kind: 'noise' }
  | { kind: 'pageHeader' }
  | { kind: 'cityHeader' }
  | { kind: 'strategySupport' }
  | { kind: 'printLink' }
  | { kind: 'titleWithCode'; title: string; pid: string }
  | { kind: 'value'; field: 'target' | 'actual' }
  | { kind: 'type'; value: string; label: 'ประเภทตัวชี้วัด' | 'ลักษณะข้อมูล' }
  | { kind: 'level'; level: ResultLevel }
  | { kind: 'assessment'; quarter: FiscalQuarter | null; scoreText: string }
  | { kind: 'quarterTable' }
  | { kind: 'quarterSection'; quarter: FiscalQuarter }
  | { kind: 'heading'; section: SectionKind; heading: string }
  | { kind: 'printedYear'; year: number }
  | { kind: 'planPath' }
  | { kind: 'notes' }
  | { kind: 'text' };

const NOISE = /^(?:Back\s?Home|0|พิมพ์ข้อมูล|\(\)|\|)$/i;
const PRINT_LINK = /^รายละเอียดตัวชี้วัดฯ?\s?:\s?พิมพ์ข้อมูล$/;
const VALUE_LABEL = /^(ค่าเป้าหมาย|ผลงานที่ทำได้)/;
const LEVEL = /^\(?\s?ตัวชี้วัดระดับ\s?(ผลลัพธ์|ผลผลิต)/;
const ASSESSMENT_LABEL = /^\**\s?สยป\.?\s?ตรวจประเมินตัวชี้วัด\s?:/;
const ASSESSMENT_QUARTER = /^\s?ไตรมาสที่\s?([1-4])\s?:?/;
const QUARTER_SECTION = /^รายงานผล\S{0,20}\s?ไตรมาสที่\s?([1-4])(?!\d)/;
const KPI_CODE_AT_END = /^\s?(\d{4}-\d{3,4})$/;
const PRINTED_YEAR_AT_END = /^\s?\((25\d\d)\)$/;
const NOTE_START = new RegExp(
  String.raw`^(?:(?:${NOTE_DATE_PATTERN})\s?:|เดือน\s?(?:${THAI_MONTH_PATTERN}))`,
);
const HEADING = /^([1-9])\.(?!\d)(\s?)(\S.{0,79})$/;
const HEADING_KEYWORDS: readonly [RegExp, SectionKind][] = [
  [/^นิยาม/, 'definitions'],
  [/^(?:วิธีการคำนวณ|เกณฑ์การประเมิน|เกณฑ์การคำนวณ)/, 'calculation'],
  [/^(?:เกณฑ์การตรวจสอบ|วิธีการตรวจสอบ|การตรวจสอบ)/, 'verification'],
  [/^แหล่งข้อมูล/, 'dataSource'],
];

/** Classifies a line by its own text. The parser adds context such as the quarter table. */
export function classifyLine(line: SourceLine): ClassifiedLine {
  const text = line.ascii;

  if (text === '') {
    return { kind: 'blank' };
  }

  return classifyPageLine(text) ?? classifyFieldLine(line) ?? classifyBodyLine(line);
}

function classifyPageLine(text: string): ClassifiedLine | null {
  if (NOISE.test(text)) {
    return { kind: 'noise' };
  }
  if (text === 'รายละเอียดตัวชี้วัด') {
    return { kind: 'pageHeader' };
  }
  if (text.startsWith('โครงการจัดทำฐานข้อมูลตัวชี้วัดการพัฒนาเมือง')) {
    return { kind: 'cityHeader' };
  }
  if (text.startsWith('สนับสนุนยุทธศาสตร์กรุงเทพมหานคร')) {
    return { kind: 'strategySupport' };
  }
  if (PRINT_LINK.test(text)) {
    return { kind: 'printLink' };
  }
  if (text.startsWith('ผลงานเทียบกับเป้าหมายรายไตรมาส')) {
    return { kind: 'quarterTable' };
  }
  const section = QUARTER_SECTION.exec(text);

  return section ? { kind: 'quarterSection', quarter: Number(section[1]) as FiscalQuarter } : null;
}

function classifyFieldLine(line: SourceLine): ClassifiedLine | null {
  const text = line.ascii;
  const valueLabel = VALUE_LABEL.exec(text);

  if (valueLabel && text.includes(':')) {
    return { kind: 'value', field: valueLabel[1] === 'ค่าเป้าหมาย' ? 'target' : 'actual' };
  }
  const type = /^(ประเภทตัวชี้วัด|ลักษณะข้อมูล)\s?:/.exec(text);

  if (type) {
    const label = type[1] === 'ลักษณะข้อมูล' ? 'ลักษณะข้อมูล' : 'ประเภทตัวชี้วัด';

    return { kind: 'type', value: line.text.slice(type[0].length).trim(), label };
  }
  const level = LEVEL.exec(text);

  if (level) {
    return { kind: 'level', level: level[1] === 'ผลลัพธ์' ? 'outcome' : 'output' };
  }
  const assessment = ASSESSMENT_LABEL.exec(text);

  return assessment ? classifyAssessment(text.slice(assessment[0].length)) : null;
}

function classifyAssessment(rest: string): ClassifiedLine {
  const quarter = ASSESSMENT_QUARTER.exec(rest);

  return {
    kind: 'assessment',
    quarter: quarter ? (Number(quarter[1]) as FiscalQuarter) : null,
    scoreText: (quarter ? rest.slice(quarter[0].length) : rest).trim(),
  };
}

function classifyBodyLine(line: SourceLine): ClassifiedLine {
  const text = line.ascii;

  if (text.startsWith(':')) {
    return { kind: 'planPath' };
  }
  if (NOTE_START.test(text)) {
    return { kind: 'notes' };
  }

  return classifyHeading(line) ?? classifyColonTail(line) ?? { kind: 'text' };
}

function classifyHeading(line: SourceLine): ClassifiedLine | null {
  const heading = HEADING.exec(line.ascii);

  if (!heading) {
    return null;
  }
  const title = line.text.slice(line.text.length - heading[3].length);
  const keyword = HEADING_KEYWORDS.find(([pattern]) => pattern.test(title));

  if (keyword) {
    return { kind: 'heading', section: keyword[1], heading: title };
  }

  // Without a known keyword only the tight `4.ชื่อหัวข้อ` form is a heading, so that a short
  // numbered item such as `1. ตรวจสอบเอกสาร` stays body text.
  return heading[2] === '' ? { kind: 'heading', section: 'other', heading: title } : null;
}

// `<title> : 0411-0005` and `<agency> : (2564)` end in a value after the last colon. The
// ASCII-digit form has the same length as the normalised one, so its offsets apply to both.
function classifyColonTail(line: SourceLine): ClassifiedLine | null {
  const colon = line.ascii.lastIndexOf(':');

  if (colon <= 0) {
    return null;
  }
  const tail = line.ascii.slice(colon + 1);
  const title = line.text.slice(0, colon).trim();
  const code = KPI_CODE_AT_END.exec(tail);

  if (code && title !== '') {
    return { kind: 'titleWithCode', title, pid: line.text.slice(colon + 1).trim() };
  }
  const year = PRINTED_YEAR_AT_END.exec(tail);

  return year ? { kind: 'printedYear', year: Number(year[1]) } : null;
}
