import type { TransitionRecord } from '@bma-kpi/evaluation-data-access';

import { lateSubmissionFlag } from './late-submission';

function step(action: string, createdAt: string): TransitionRecord {
  return { action, createdAt } as TransitionRecord;
}

describe('lateSubmissionFlag', () => {
  it.each([
    ['on the deadline, Bangkok time', '2021-01-15T16:59:59.000Z', null],
    ['one second after the Bangkok deadline', '2021-01-15T17:00:00.000Z', 'SUBMITTED_LATE'],
    ['a month late', '2021-02-15T03:00:00.000Z', 'SUBMITTED_LATE'],
  ])('judges a submission %s', (_name, createdAt, code) => {
    expect(lateSubmissionFlag([step('submit', createdAt)], '2021-01-15')?.code ?? null).toBe(code);
  });

  it('reads the last submission, after a correction cycle', () => {
    const steps = [step('submit', '2021-02-20T03:00:00.000Z'), step('requestCorrection', '2021-02-21T03:00:00.000Z'), step('submit', '2021-01-10T03:00:00.000Z')];

    expect(lateSubmissionFlag(steps, '2021-01-15')).toBeNull();
  });

  it('names both days in Thai and English', () => {
    const flag = lateSubmissionFlag([step('submit', '2021-01-20T03:00:00.000Z')], '2021-01-15');

    expect(flag?.messageTh).toBe('หน่วยงานส่งผลเมื่อวันที่ 20 มกราคม 2564 หลังวันสุดท้ายของการรายงานผล 15 มกราคม 2564');
    expect(flag?.messageEn).toBe('The agency submitted on 2021-01-20, after the entry deadline of 2021-01-15.');
  });

  it('returns null without a submission', () => {
    expect(lateSubmissionFlag([], '2021-01-15')).toBeNull();
  });
});
