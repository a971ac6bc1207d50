import type { ScoringIndicator, ScoringProgressNote } from '@bma-kpi/contracts-indicators';
import { formatThaiDate, statesTargetMet } from '@bma-kpi/util-thai';

/** Kind of inconsistency that a flag points out to evaluators; flags never change stored values. */
export type ConsistencyFlagCode =
  | 'NARRATIVE_CONTRADICTS_RESULT'
  | 'PROGRESS_OUTSIDE_QUARTER'
  | 'ACTUAL_ABOVE_PERCENT_TARGET'
  | 'PLANNED_VALUES_DECREASE'
  | 'MILESTONE_WITHOUT_EVIDENCE'
  | 'SUBMITTED_LATE';

/** One inconsistency in an indicator's data for a quarter, in Thai and English. */
export interface ConsistencyFlag {
  code: ConsistencyFlagCode;
  messageTh: string;
  messageEn: string;
  /** Ids of the progress notes concerned, when the flag is about notes. */
  progressIds: string[];
}

/** A milestone step the agency claims to have reached, with the evidence files it cites. */
export interface MilestoneClaim {
  level: number;
  claimed: boolean;
  evidenceCount: number;
}

/** Input of the flags: the indicator as the indicators service returns it, and the evaluation's view of it. */
export interface ConsistencyInput {
  indicator: Pick<ScoringIndicator, 'fiscalYear' | 'unit' | 'target' | 'actual' | 'quarterTargets' | 'progress'>;
  /** Fiscal quarter under evaluation, 1 to 4 (Q1 = October to December). */
  quarter: number;
  /** Cumulative indicators report a running total, so their planned quarterly values never fall. */
  cumulative: boolean;
  milestones?: readonly MilestoneClaim[];
}

const percentUnits = /ร้อยละ|เปอร์เซ็นต์|percent|%/iu;

function notesUpTo(progress: readonly ScoringProgressNote[], quarter: number): ScoringProgressNote[] {
  return progress.filter((note) => (note.sectionQuarter ?? note.quarter ?? 0) <= quarter);
}

function narrativeFlag({ indicator, quarter }: ConsistencyInput): ConsistencyFlag[] {
  const { target, actual } = indicator;
  const last = notesUpTo(indicator.progress, quarter).at(-1);

  if (last === undefined || target === null || target === 0 || actual === null || actual >= target || !statesTargetMet(last.text)) {
    return [];
  }

  return [
    {
      code: 'NARRATIVE_CONTRADICTS_RESULT',
      messageTh: `รายงานผลระบุว่าบรรลุเป้าหมาย แต่ผลการดำเนินงาน ${actual} ต่ำกว่าค่าเป้าหมาย ${target}`,
      messageEn: `The progress note says the target was met, but the result ${actual} is below the target ${target}.`,
      progressIds: [last.id],
    },
  ];
}

function outsideQuarterFlag({ indicator, quarter }: ConsistencyInput): ConsistencyFlag[] {
  const misplaced = indicator.progress.filter(
    (note) =>
      note.sectionQuarter === quarter &&
      note.date !== null &&
      (note.quarter !== quarter || (note.fiscalYear !== null && note.fiscalYear !== indicator.fiscalYear)),
  );

  if (misplaced.length === 0) {
    return [];
  }
  const datesTh = misplaced.map((note) => formatThaiDate(note.date ?? '')).join(', ');
  const dates = misplaced.map((note) => note.date).join(', ');

  return [
    {
      code: 'PROGRESS_OUTSIDE_QUARTER',
      messageTh: `รายงานผลไตรมาส ${quarter} มีวันที่อยู่นอกไตรมาสนั้น: ${datesTh}`,
      messageEn: `Progress reported for quarter ${quarter} is dated outside it: ${dates}.`,
      progressIds: misplaced.map((note) => note.id),
    },
  ];
}

function aboveHundredFlag({ indicator }: ConsistencyInput): ConsistencyFlag[] {
  const { unit, actual } = indicator;

  if (unit === null || !percentUnits.test(unit) || actual === null || actual <= 100) {
    return [];
  }

  return [
    {
      code: 'ACTUAL_ABOVE_PERCENT_TARGET',
      messageTh: `ผลการดำเนินงาน ${actual} เกินร้อยละ 100 ของตัวชี้วัดที่มีหน่วยเป็นร้อยละ`,
      messageEn: `The result ${actual} is above 100 for an indicator measured in percent.`,
      progressIds: [],
    },
  ];
}

function decreasingPlanFlag({ indicator, cumulative }: ConsistencyInput): ConsistencyFlag[] {
  const planned = [...indicator.quarterTargets]
    .sort((left, right) => left.quarter - right.quarter)
    .filter((target): target is typeof target & { plannedValue: number } => target.plannedValue !== null);
  const falls = planned.slice(1).filter((target, index) => target.plannedValue < planned[index].plannedValue);

  if (!cumulative || falls.length === 0) {
    return [];
  }
  const quarters = falls.map((target) => target.quarter).join(', ');

  return [
    {
      code: 'PLANNED_VALUES_DECREASE',
      messageTh: `ค่าเป้าหมายรายไตรมาสของตัวชี้วัดแบบสะสมลดลงในไตรมาส ${quarters}`,
      messageEn: `The planned values of a cumulative indicator fall in quarter ${quarters}.`,
      progressIds: [],
    },
  ];
}

function milestoneEvidenceFlag({ milestones = [] }: ConsistencyInput): ConsistencyFlag[] {
  const unsupported = milestones.filter((step) => step.claimed && step.evidenceCount === 0).map((step) => step.level);

  if (unsupported.length === 0) {
    return [];
  }
  const levels = unsupported.join(', ');

  return [
    {
      code: 'MILESTONE_WITHOUT_EVIDENCE',
      messageTh: `อ้างว่าดำเนินการถึงขั้นที่ ${levels} แต่ไม่มีหลักฐานประกอบ`,
      messageEn: `Milestone level ${levels} is claimed without evidence.`,
      progressIds: [],
    },
  ];
}

/**
 * Returns the inconsistencies evaluators should look at for one indicator and quarter. These are a
 * note that claims the target was met beside a lower result, progress dated outside its quarter,
 * a percentage above 100, planned values that fall for a cumulative indicator, and milestone
 * steps claimed without evidence.
 */
export function consistencyFlags(input: ConsistencyInput): ConsistencyFlag[] {
  return [narrativeFlag, outsideQuarterFlag, aboveHundredFlag, decreasingPlanFlag, milestoneEvidenceFlag].flatMap((check) => check(input));
}
