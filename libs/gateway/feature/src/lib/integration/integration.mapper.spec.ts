import type { EvaluationListResponse } from '@bma-kpi/contracts-evaluation';
import type { ProgressExportItem } from '@bma-kpi/contracts-indicators';

import { toIntegrationEvaluationPage } from './integration.mapper';

const indicatorId = '0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15';
const missingId = '7a0c2f55-3d1b-4e8a-b6f0-2c9d4e1a8b30';

function evaluation(id: string, agencyCode: string): EvaluationListResponse['items'][number] {
  return {
    id: `evaluation-${id}`,
    indicatorId: id,
    agencyCode,
    state: 'scored',
    signedOff: false,
    quarterValue: { status: 'complete', value: 70 },
    score: { status: 'scored', model: 'achievement', percent: '70' },
    flags: [],
    inputChangedAt: null,
    version: 3,
    updatedAt: '2021-10-20T03:00:00.000Z',
  };
}

const page: EvaluationListResponse = {
  fiscalYear: 2564,
  quarter: 4,
  roundStatus: 'open',
  items: [evaluation(indicatorId, '0411'), evaluation(missingId, '5047')],
  total: 2,
  page: 1,
  pageSize: 50,
};

const indicator: ProgressExportItem = {
  id: indicatorId,
  code: '0411-0012',
  title: 'ร้อยละของฐานข้อมูลที่ปรับปรุง',
  fiscalYear: 2564,
  agency: { code: '0411', nameTh: 'สำนักงานประชาสัมพันธ์', nameEn: 'Public Relations Office' },
  unit: 'ร้อยละ',
  decimals: 2,
  target: 100,
  actual: 70,
  quarterTargets: [],
  progress: [],
  updatedAt: '2021-10-01T00:00:00.000Z',
};

describe('toIntegrationEvaluationPage', () => {
  const sut = toIntegrationEvaluationPage(page, [indicator]);

  it('keeps the round and paging fields', () => {
    expect(sut).toMatchObject({ fiscalYear: 2564, quarter: 4, roundStatus: 'open', total: 2, page: 1, pageSize: 50 });
  });

  it('adds the code, title and agency names', () => {
    expect(sut.items[0]?.indicator).toEqual({ id: indicatorId, code: '0411-0012', title: 'ร้อยละของฐานข้อมูลที่ปรับปรุง' });
    expect(sut.items[0]?.agency).toEqual({ code: '0411', nameTh: 'สำนักงานประชาสัมพันธ์', nameEn: 'Public Relations Office' });
  });

  it('keeps the stored score and quarter value', () => {
    expect(sut.items[0]?.score).toEqual({ status: 'scored', model: 'achievement', percent: '70' });
    expect(sut.items[0]?.quarterValue).toEqual({ status: 'complete', value: 70 });
    expect(sut.items[0]?.evaluationId).toBe(`evaluation-${indicatorId}`);
  });

  it('keeps the agency code of an indicator no longer returned', () => {
    expect(sut.items[1]?.indicator).toEqual({ id: missingId, code: null, title: null });
    expect(sut.items[1]?.agency).toEqual({ code: '5047', nameTh: null, nameEn: null });
  });
});
