/** Page layout of a KPI record export of BMA Digital Plans or BMA Monitor. */
export type KpiRecordLayout = 'headerless' | 'full' | 'cityIndicator';

/** KPI type: ตัวชี้วัดงานประจำ, ตัวชี้วัดเชิงยุทธศาสตร์, ตัวชี้วัดเป้าประสงค์. */
export type KpiType = 'routine' | 'strategic' | 'goalLevel';

/** Result level: ผลผลิต (output) or ผลลัพธ์ (outcome). */
export type ResultLevel = 'output' | 'outcome';

/** Level of a node in the development-plan hierarchy (ด้าน › มิติ › เป้าหมาย › plan indicator). */
export type PlanLevel = 'dimension' | 'subDimension' | 'goal' | 'planIndicator';

/** Fiscal quarter, 1 = October–December. */
export type FiscalQuarter = 1 | 2 | 3 | 4;

/** A number with its unit as printed, e.g. `ร้อยละ : 70`. */
export interface MeasuredValue {
  value: number;
  /** Exact decimal text with ASCII digits and no thousands separators, for decimal storage. */
  decimal: string;
  unit: string | null;
  raw: string;
  /** Words printed after the number, such as `ของประชาชนที่ทำการสำรวจ`, or null. */
  qualifier?: string | null;
}

/** Bilingual message about one line of the input; `line` is 1-based, null for the whole record. */
export interface ParseMessage {
  code: string;
  line: number | null;
  messageTh: string;
  messageEn: string;
}

/** A dated (or undated) progress note (รายงานผลการดำเนินงาน). */
export interface ProgressNote {
  /** ISO 8601 calendar date in the Christian era, null when the note has no date or it is ambiguous. */
  date: string | null;
  fiscalYear: number | null;
  quarter: FiscalQuarter | null;
  rawDate: string | null;
  /** `month` when the note gives only a month (`เดือนต.ค. 63`) and `date` is its first day. */
  datePrecision?: 'day' | 'month' | null;
  /** True when the date could be read two ways and the sequence of notes could not settle it. */
  ambiguous: boolean;
  /** Quarter heading (`รายงานผลฯ ไตรมาสที่ N`) the note was printed under, when the layout has one. */
  sectionQuarter: FiscalQuarter | null;
  /** Normalised note text: NFC, broken ำ repaired. */
  text: string;
  rawText: string;
  line: number;
}

/** Planned cumulative value and สยป. assessment of one quarter (`ผลงานเทียบกับเป้าหมายรายไตรมาส`). */
export interface QuarterPlan {
  quarter: FiscalQuarter;
  planned: number | null;
  assessment: number | null;
  /** The `A / B` pair printed under `(* 2.1 / 2.2 *)`, kept raw because its meaning is unknown. */
  pairRaw: string | null;
}

/** The last สยป. assessment line: `*** สยป. ตรวจประเมินตัวชี้วัด : ไตรมาสที่ N: <score>`. */
export interface Assessment {
  quarter: FiscalQuarter | null;
  score: number | null;
  raw: string;
}

/** A definition (นิยาม): `X หมายความว่า …` or `X หมายถึง …`. */
export interface Definition {
  term: string;
  text: string;
  rawText: string;
}

/** A numbered part of the criteria, e.g. `1.1` or `2`. */
export interface CriteriaPart {
  number: string;
  text: string;
}

/** Calculation method / assessment criteria or verification criteria, with their numbered parts. */
export interface CriteriaSection {
  text: string;
  rawText: string;
  parts: CriteriaPart[];
}

/** A numbered section of a city-indicator page that has no field of its own, such as section 4. */
export interface RecordSection {
  /** Heading as printed without its number, e.g. `แหล่งข้อมูล/เจ้าของข้อมูล`. */
  heading: string;
  text: string;
  rawText: string;
  line: number;
}

/** One node of the plan path printed at the end of a record. */
export interface PlanPathNode {
  level: PlanLevel;
  /** Code with ASCII digits, e.g. `5.4.1`. */
  code: string;
  rawCode: string;
  nameTh: string;
  nameEn: string | null;
  line: number;
}

/** Structured content of one KPI record export. */
export interface ParsedKpiRecord {
  layout: KpiRecordLayout;
  title: string | null;
  /** KPI family number taken from a title prefix such as `5.2`, kept apart from the printed title. */
  familyNumber: string | null;
  /** KPI code as printed, `<agency code>-<number>`. */
  pid: string | null;
  agencyCode: string | null;
  fiscalYear: number | null;
  target: MeasuredValue | null;
  actual: MeasuredValue | null;
  type: KpiType | null;
  typeRaw: string | null;
  resultLevel: ResultLevel | null;
  assessment: Assessment | null;
  quarters: QuarterPlan[];
  progress: ProgressNote[];
  definitions: Definition[];
  calculation: CriteriaSection | null;
  verification: CriteriaSection | null;
  planPath: PlanPathNode[];
  /** Data source and owner (`3.แหล่งข้อมูล/เจ้าของข้อมูล`) of a city-indicator page. */
  dataSource?: string | null;
  /** Numbered sections that map to no other field. */
  otherSections?: RecordSection[];
  warnings: ParseMessage[];
}

/** Parser outcome: a record with warnings, or errors with line numbers. Never an exception. */
export type KpiParseResult =
  | { ok: true; record: ParsedKpiRecord }
  | { ok: false; errors: ParseMessage[]; warnings: ParseMessage[] };
