import type { ProgressExportRecord } from '@bma-kpi/indicators-data-access';

import { toProgressExportItem } from './progress-export.service';

const record: ProgressExportRecord = {
  id: '0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15',
  code: '0411-0012',
  title: 'ร้อยละของฐานข้อมูลที่ปรับปรุง',
  fiscalYear: 2564,
  agency: { id: 'a1b2c3d4-e5f6-4a70-8b9c-0d1e2f3a4b5c', code: '0411', nameTh: 'สำนักงานประชาสัมพันธ์', nameEn: 'Public Relations Office' },
  unit: 'ร้อยละ',
  decimals: 1,
  targetValue: '100',
  actualValue: '70.25',
  updatedAt: '2021-10-01T00:00:00.000Z',
  quarterTargets: [{ quarter: 1, plannedValue: '25.05', assessmentScore: '3', pairRaw: '25 / 3' }],
  progress: [
    {
      id: '9e4b1d07-6c2a-4f3e-8d15-0b7a3c9e2f41',
      indicatorId: '0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15',
      reportDate: '2021-09-30',
      fiscalYear: 2564,
      quarter: 4,
      rawDate: '30/09/2564',
      dateAmbiguous: false,
      sectionQuarter: null,
      value: '70.25',
      text: 'ดำเนินการได้ตามเป้าหมายที่กำหนด',
      rawText: '30/09/2564 : ดำเนินการได้ตามเป้าหมายที่กำหนด',
      fingerprint: 'f'.repeat(64),
      source: 'import',
      createdBy: 'user:importer',
      createdAt: '2021-10-01T00:00:00.000Z',
    },
  ],
};

describe('toProgressExportItem', () => {
  const sut = toProgressExportItem(record);

  it('rounds values half up to the indicator decimals', () => {
    expect(sut.target).toBe(100);
    expect(sut.actual).toBe(70.3);
    expect(sut.quarterTargets).toEqual([{ quarter: 1, plannedValue: 25.1 }]);
    expect(sut.progress[0]?.value).toBe(70.3);
  });

  it('gives the note date in both eras', () => {
    expect(sut.progress[0]?.date).toBe('2021-09-30');
    expect(sut.progress[0]?.dateTh).toBe('30 กันยายน 2564');
  });

  it('leaves out raw text and internal ids', () => {
    expect(Object.keys(sut.progress[0] ?? {}).sort()).toEqual(['createdAt', 'date', 'dateTh', 'fiscalYear', 'id', 'quarter', 'source', 'text', 'value']);
    expect(sut.agency).toEqual({ code: '0411', nameTh: 'สำนักงานประชาสัมพันธ์', nameEn: 'Public Relations Office' });
  });
});
