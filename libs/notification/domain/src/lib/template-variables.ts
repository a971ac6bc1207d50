/**
 * Type of a template variable, which sets how its value is checked and shown. `text` is shown as
 * given. `date` is an ISO date shown as `20 มกราคม 2564` or `20 January 2021`, and `month` a
 * `YYYY-MM` month. `number` is a decimal number. `fiscalYear` is a Buddhist-era fiscal year, which
 * English shows in the Christian era. `score` is a decimal number or `none` for a score that could
 * not be computed. `label` is a code that TEMPLATE_LABELS translates. `optionalText` is text that
 * may be blank, which is shown as "ไม่ระบุ" or "none given", but it still has to be passed.
 */
export type TemplateVariableType =
  | 'text'
  | 'date'
  | 'month'
  | 'number'
  | 'fiscalYear'
  | 'score'
  | 'label'
  | 'optionalText';

/**
 * Type of every variable that templates may use. A name has the same type in every template, so
 * `dueDate` is always a date. Text variables ending in `Th` are Thai, and English templates show
 * them as they are.
 */
export const TEMPLATE_VARIABLE_TYPES = {
  kpiCode: 'text',
  kpiTitleTh: 'text',
  agencyNameTh: 'text',
  fiscalYear: 'fiscalYear',
  quarter: 'number',
  month: 'month',
  dueDate: 'date',
  daysOverdue: 'number',
  pendingCount: 'number',
  scorePercent: 'number',
  reason: 'text',
  changedOn: 'date',
  signedOffOn: 'date',
  link: 'text',
  /** Thai name of a district office as the agency list has it, such as สำนักงานเขตดินแดง. */
  districtNameTh: 'text',
  itemCode: 'text',
  itemNameTh: 'text',
  submittedOn: 'date',
  assessmentKind: 'label',
  reviewDecision: 'label',
  reviewNote: 'optionalText',
  questionCodes: 'optionalText',
  submissionCount: 'number',
  overallScore: 'score',
  componentScores: 'optionalText',
  datasetSlug: 'text',
  completenessScore: 'score',
  validityScore: 'score',
  uniquenessScore: 'score',
  encodingScore: 'score',
  timelinessScore: 'score',
  findingsTotal: 'number',
  assessedOn: 'date',
} as const satisfies Record<string, TemplateVariableType>;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLE_TYPES;
