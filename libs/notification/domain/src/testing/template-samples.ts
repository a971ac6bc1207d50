import type { TemplateVariable } from '../lib/template-variables';

/**
 * One sample value for every template variable. The dates fall in January–April 2021, which is
 * 2564 in the Buddhist era, and no other value contains 2021 or 2564, so a test can tell which
 * era a rendered text uses.
 */
export const SAMPLE_VARIABLES: Readonly<Record<TemplateVariable, string | number>> = {
  kpiCode: 'KPI-0411',
  kpiTitleTh: 'ร้อยละของถนนที่ได้รับการซ่อมแซมตามแผน',
  agencyNameTh: 'สำนักการโยธา',
  fiscalYear: 2564,
  quarter: 2,
  month: '2021-01',
  dueDate: '2021-01-20',
  daysOverdue: 3,
  pendingCount: 12,
  scorePercent: 87.5,
  reason: 'ผลการดำเนินงานเดือนธันวาคมไม่ตรงกับเอกสารหลักฐาน',
  changedOn: '2021-02-03',
  signedOffOn: '2021-04-30',
  link: 'https://kpi.example.test/evaluations/e-17',
  districtNameTh: 'สำนักงานเขตดินแดง',
  itemCode: 'MARKET',
  itemNameTh: 'ตลาดในพื้นที่เขต',
  submittedOn: '2021-02-17',
  assessmentKind: 'readiness',
  reviewDecision: 'reject',
  reviewNote: 'หลักฐานคำสั่งแต่งตั้งไม่ครบ',
  questionCodes: 'GOV-1, GOV-3',
  submissionCount: 2,
  overallScore: 72.5,
  componentScores: 'GOV 80, QUAL 65',
  datasetSlug: 'district-markets',
  completenessScore: 98.75,
  validityScore: 91.2,
  uniquenessScore: 100,
  encodingScore: 'none',
  timelinessScore: 50,
  findingsTotal: 37,
  assessedOn: '2021-03-09',
};

/** Picks the sample values of the given variables, so a variable without a sample is absent. */
export function samplesFor(names: readonly string[]): Record<string, string | number> {
  const samples: Record<string, string | number> = SAMPLE_VARIABLES;

  return Object.fromEntries(
    names.filter((name) => Object.hasOwn(samples, name)).map((name) => [name, samples[name]]),
  );
}
