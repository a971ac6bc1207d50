import type { AssessmentEventData, QualityAssessedEvent } from '@bma-kpi/contracts-catalog';
import { renderTemplate } from '@bma-kpi/notification-domain';

import { inboxesFor } from '../evaluation-notice';
import { assessmentVariables, districtReportVariables, qualityVariables } from './catalog-notice-variables';

const base = 'https://kpi.example.test';
const report = {
  fiscalYear: 2570,
  district: '1026',
  districtNameTh: 'สำนักงานเขตดินแดง',
  itemCode: 'MARKET',
  itemNameTh: 'ตลาดในพื้นที่เขต',
  month: '2026-11',
  // 23:59:59.999 on 15 December 2026 in Bangkok.
  dueAt: '2026-12-15T16:59:59.999Z',
};
const assessment: AssessmentEventData = {
  assessmentId: 'a-1',
  kind: 'security',
  agencyCode: '0411',
  fiscalYear: 2569,
  datasetId: 'd-1',
  status: 'returned',
  submissionCount: 1,
  overallScore: 64.25,
  componentScores: [
    { code: 'ACCESS', score: 80 },
    { code: 'PDPA', score: null },
  ],
};
const quality: QualityAssessedEvent['data'] = {
  assessmentId: 'q-1',
  datasetId: 'd-1',
  slug: 'district-markets',
  agencyCode: '0411',
  resourceId: 'r-1',
  trigger: 'upload',
  scores: { completeness: '99.50', validity: '87.00', uniqueness: '100.00', encoding: null, timeliness: '0.00', overall: '71.63' },
  findingsTotal: 12,
};

describe('districtReportVariables', () => {
  it('fills a missing report with the Bangkok due date', () => {
    expect(districtReportVariables(report, 'สำนักงานเขตดินแดง', base)).toEqual({
      districtNameTh: 'สำนักงานเขตดินแดง',
      itemCode: 'MARKET',
      itemNameTh: 'ตลาดในพื้นที่เขต',
      fiscalYear: 2570,
      month: '2026-11',
      dueDate: '2026-12-15',
      link: 'https://kpi.example.test/api/v1/district-catalog/fiscal-years/2570/matrix?district=1026',
    });
  });

  it('adds the Bangkok submission date of a late report', () => {
    // 00:30 on 17 December in Bangkok is still 16 December in UTC.
    const variables = districtReportVariables({ ...report, submittedAt: '2026-12-16T17:30:00.000Z' }, 'สำนักงานเขตดินแดง', base);

    expect(variables['submittedOn']).toBe('2026-12-17');
  });

  it('renders the Thai month in the Buddhist era', () => {
    const { subject } = renderTemplate('districtReportMissing', 'th', districtReportVariables(report, 'สำนักงานเขตดินแดง', base));

    expect(subject).toBe('ไม่ส่งข้อมูล: สำนักงานเขตดินแดง รายการ MARKET ประจำเดือนพฤศจิกายน 2569');
  });
});

describe('assessmentVariables', () => {
  it('fills a returned assessment', () => {
    const variables = assessmentVariables({ ...assessment, reason: 'ไม่มีข้อตกลงการแบ่งปันข้อมูล', questionCodes: ['S-2', 'S-4'] }, 'สำนักงานประชาสัมพันธ์', base);

    expect(variables).toEqual({
      assessmentKind: 'security',
      agencyNameTh: 'สำนักงานประชาสัมพันธ์',
      fiscalYear: 2569,
      overallScore: 64.25,
      componentScores: 'ACCESS 80, PDPA –',
      submissionCount: 1,
      reviewNote: 'ไม่มีข้อตกลงการแบ่งปันข้อมูล',
      questionCodes: 'S-2, S-4',
      link: 'https://kpi.example.test/api/v1/governance/assessments/a-1',
    });
  });

  it('renders an accepted review without a reason', () => {
    const variables = assessmentVariables({ ...assessment, overallScore: null, decision: 'accept', reason: null }, 'สำนักงานประชาสัมพันธ์', base);
    const { text } = renderTemplate('governanceAssessmentReviewed', 'th', variables);

    expect(text).toContain('การประเมินความมั่นคงปลอดภัยของข้อมูล ของสำนักงานประชาสัมพันธ์ ปีงบประมาณ พ.ศ. 2569 ผ่านการพิจารณา');
    expect(text).toContain('ความเห็นของผู้ประเมิน: ไม่ระบุ');
    expect(text).toContain('คะแนนรวม ไม่มีคะแนน');
  });

  it('omits decision of a submission', () => {
    const variables = assessmentVariables(assessment, 'สำนักงานประชาสัมพันธ์', base);

    expect(() => renderTemplate('governanceAssessmentReviewed', 'en', variables)).toThrow('reviewDecision');
  });
});

describe('qualityVariables', () => {
  it('fills every dimension and marks the unscored one', () => {
    const variables = qualityVariables(quality, '2026-12-01T18:00:00.000Z', 'สำนักงานประชาสัมพันธ์', base);

    expect(variables).toMatchObject({
      datasetSlug: 'district-markets',
      assessedOn: '2026-12-02',
      overallScore: '71.63',
      completenessScore: '99.50',
      encodingScore: 'none',
      findingsTotal: 12,
      link: 'https://kpi.example.test/api/v1/catalog/datasets/d-1/quality/assessments/q-1',
    });
    expect(renderTemplate('dataQualityAssessed', 'en', variables).text).toContain('Thai text encoding: not scored');
  });
});

describe('inboxesFor, catalog kinds', () => {
  it.each([
    ['districtReportLate', '5037', ['agency:5037']],
    ['districtReportMissing', '5037', ['agency:5037', 'agency-head:5037']],
    ['governanceAssessmentSubmitted', '0411', ['evaluators']],
    ['governanceAssessmentReviewed', '0411', ['agency:0411']],
    ['governanceAssessmentReturned', '0411', ['agency:0411']],
    ['dataQualityAssessed', '0411', ['agency:0411']],
  ] as const)('sends %s about %s to %j', (kind, agencyCode, inboxes) => {
    expect(inboxesFor(kind, agencyCode)).toEqual(inboxes);
  });
});
