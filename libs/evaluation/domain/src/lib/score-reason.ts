/** Stable codes of the reasons a value cannot be scored; callers branch on these, not on text. */
export type ScoreReasonCode =
  | 'TARGET_NOT_SET'
  | 'RESULT_MISSING'
  | 'BASELINE_MISSING'
  | 'BASELINE_EQUALS_TARGET'
  | 'BASELINE_BELOW_TARGET'
  | 'INVALID_NUMBER'
  | 'INVALID_DIRECTION'
  | 'INVALID_DECIMALS'
  | 'UNKNOWN_MODEL'
  | 'UNSUPPORTED_MODEL_VERSION'
  | 'INPUT_MODEL_MISMATCH'
  | 'INVALID_MILESTONE_LEVELS'
  | 'INVALID_MILESTONE_STEP'
  | 'INVALID_PARTS'
  | 'INVALID_WEIGHT'
  | 'WEIGHTS_NOT_100'
  | 'PART_NOT_SCORABLE'
  | 'INVALID_PERIOD'
  | 'INVALID_ACCUMULATION'
  | 'INVALID_MONTH'
  | 'DUPLICATE_MONTH'
  | 'QUARTER_INCOMPLETE';

/** A part's key and weight as given in a weighted model, listed when the weights are invalid. */
export interface PartWeight {
  key: string;
  weight: string;
}

/** The reason a value cannot be scored, in Thai and English, with the data a caller can act on. */
export interface ScoreReason {
  code: ScoreReasonCode;
  th: string;
  en: string;
  /** Key of the weighted part that could not be scored, for PART_NOT_SCORABLE. */
  partKey?: string;
  /** The part's own reason, for PART_NOT_SCORABLE. */
  cause?: ScoreReason;
  /** Every part's weight, for INVALID_WEIGHT and WEIGHTS_NOT_100. */
  weights?: PartWeight[];
  /** Missing months as `YYYY-MM`, for QUARTER_INCOMPLETE. */
  missingMonths?: string[];
}

/** A scored input field, named in Thai and English in INVALID_NUMBER reasons. */
export type ScoreField = 'target' | 'result' | 'baseline' | 'weight' | 'monthly value';

const FIELD_NAMES: Record<ScoreField, { th: string; en: string }> = {
  target: { th: 'ค่าเป้าหมาย', en: 'target' },
  result: { th: 'ผลงานที่ทำได้', en: 'result' },
  baseline: { th: 'ค่าฐาน', en: 'baseline' },
  weight: { th: 'น้ำหนัก', en: 'weight' },
  'monthly value': { th: 'ผลงานรายเดือน', en: 'monthly value' },
};

/** Builds a reason from its code and its two texts. */
export function scoreReason(code: ScoreReasonCode, th: string, en: string): ScoreReason {
  return { code, th, en };
}

/** Builds the INVALID_NUMBER reason for a field whose value is not a finite plain decimal. */
export function invalidNumberReason(field: ScoreField, raw: string): ScoreReason {
  const name = FIELD_NAMES[field];

  return scoreReason(
    'INVALID_NUMBER',
    `${name.th} "${raw}" ไม่ใช่ตัวเลขที่ใช้ได้ ให้ระบุเป็นเลขทศนิยม เช่น 70 หรือ 1407.52`,
    `Invalid ${name.en} "${raw}": expected a finite decimal number such as 70 or 1407.52.`,
  );
}

/** Builds the INVALID_DECIMALS reason for an indicator's declared decimals. */
export function invalidDecimalsReason(decimals: number, max: number): ScoreReason {
  return scoreReason(
    'INVALID_DECIMALS',
    `จำนวนตำแหน่งทศนิยม ${String(decimals)} ไม่ถูกต้อง ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง ${String(max)}`,
    `Invalid decimals ${String(decimals)}: expected an integer from 0 to ${String(max)}.`,
  );
}
