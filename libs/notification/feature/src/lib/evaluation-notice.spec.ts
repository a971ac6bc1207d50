import type { IndicatorDetail } from '@bma-kpi/contracts-indicators';

import { evaluationNoticeVariables, inboxesFor } from './evaluation-notice';

const indicator = { id: 'kpi-1', code: '0411-0005', title: 'ความสำเร็จในการพัฒนาฐานข้อมูล', agency: { code: '0411', nameTh: 'สำนักยุทธศาสตร์และประเมินผล', nameEn: null } } as IndicatorDetail;
const data = { evaluationId: 'e-1', fiscalYear: 2564, quarter: 4, indicatorId: 'kpi-1', agencyCode: '0411' };

describe('inboxesFor', () => {
  it.each([
    ['evaluationCorrectionRequested', ['agency:0411']],
    ['evaluationSubmitted', ['evaluators']],
    ['evaluationScored', ['agency:0411']],
    ['roundSignedOff', ['agency-head:0411']],
  ] as const)('sends %s to %j', (kind, inboxes) => {
    expect(inboxesFor(kind, '0411')).toEqual(inboxes);
  });
});

describe('evaluationNoticeVariables', () => {
  it('fills the KPI, round and link', () => {
    expect(evaluationNoticeVariables(data, indicator, 'https://kpi.example.test')).toEqual({
      kpiCode: '0411-0005',
      kpiTitleTh: 'ความสำเร็จในการพัฒนาฐานข้อมูล',
      agencyNameTh: 'สำนักยุทธศาสตร์และประเมินผล',
      fiscalYear: 2564,
      quarter: 4,
      link: 'https://kpi.example.test/api/v1/evaluations/rounds/2564/4/indicators/kpi-1',
    });
  });

  it.each([
    ['a scored quarter', { score: { status: 'scored', percent: 70 } }, { scorePercent: 70 }],
    ['an unscorable quarter', { score: { status: 'unscorable' } }, {}],
    ['a reason', { reason: 'โปรดแนบหลักฐาน' }, { reason: 'โปรดแนบหลักฐาน' }],
    ['a change just after midnight in Bangkok', { changedAt: '2021-09-30T17:30:00.000Z' }, { changedOn: '2021-10-01' }],
  ])('adds %s', (_name, extra, expected) => {
    const variables = evaluationNoticeVariables({ ...data, ...extra }, indicator, 'https://kpi.example.test');

    expect(variables).toMatchObject(expected);
    expect(Object.keys(variables)).toHaveLength(6 + Object.keys(expected).length);
  });
});
