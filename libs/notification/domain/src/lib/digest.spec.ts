import { samplesFor } from '../testing/template-samples';
import { type DigestItem, buildDigest } from './digest';
import { NOTIFICATION_TEMPLATES } from './templates.data';
import { MissingTemplateVariableError } from './templates';

const scored: DigestItem = {
  kind: 'evaluationScored',
  variables: samplesFor(NOTIFICATION_TEMPLATES.evaluationScored.variables),
  // 00:30 on 18 January in Bangkok.
  occurredAt: '2021-01-17T17:30:00Z',
};
const reminder: DigestItem = {
  kind: 'progressDueReminder',
  variables: {
    ...samplesFor(NOTIFICATION_TEMPLATES.progressDueReminder.variables),
    link: 'https://kpi.example.test/p/1',
  },
  occurredAt: '2021-01-17',
};

describe('buildDigest', () => {
  it('lists items in Thai', () => {
    expect(buildDigest([scored, reminder], 'th')).toEqual({
      subject: 'สรุปการแจ้งเตือนประจำวัน จำนวน 2 รายการ',
      text: [
        'การแจ้งเตือนที่รวบรวมไว้ จำนวน 2 รายการ ดังนี้',
        '',
        '- 17 มกราคม 2564: แจ้งเตือน: ใกล้ถึงกำหนดรายงานผลการดำเนินงานตัวชี้วัด KPI-0411 ประจำเดือนมกราคม 2564',
        '  https://kpi.example.test/p/1',
        '- 18 มกราคม 2564: ผลการประเมินตัวชี้วัด KPI-0411 ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2564',
        '  https://kpi.example.test/evaluations/e-17',
      ].join('\n'),
    });
  });

  it('lists items in English', () => {
    expect(buildDigest([scored, reminder], 'en')).toEqual({
      subject: 'Daily notification digest: 2 notifications',
      text: [
        'You have 2 notifications:',
        '',
        '- 17 January 2021: Reminder: progress report for KPI KPI-0411 for January 2021 is due soon',
        '  https://kpi.example.test/p/1',
        '- 18 January 2021: Evaluation result of KPI KPI-0411 for Q2 of fiscal year 2021',
        '  https://kpi.example.test/evaluations/e-17',
      ].join('\n'),
    });
  });

  it.each([
    ['th', 'สรุปการแจ้งเตือนประจำวัน จำนวน 1 รายการ'],
    ['en', 'Daily notification digest: 1 notification'],
  ] as const)('counts one item in %s', (language, subject) => {
    expect(buildDigest([scored], language).subject).toBe(subject);
  });

  it('keeps order within a day', () => {
    const first = { ...reminder, variables: { ...reminder.variables, kpiCode: 'A-1' } };
    const second = { ...reminder, variables: { ...reminder.variables, kpiCode: 'B-2' } };
    const { text } = buildDigest([first, second], 'en');

    expect(text.indexOf('A-1')).toBeLessThan(text.indexOf('B-2'));
  });

  it('accepts Date instants', () => {
    const { text } = buildDigest(
      [{ ...scored, occurredAt: new Date('2021-01-19T03:00:00Z') }],
      'th',
    );

    expect(text).toContain('- 19 มกราคม 2564: ');
  });

  it('rejects empty digest', () => {
    expect(() => buildDigest([], 'th')).toThrow('Invalid digest: expected at least one item');
  });

  it('rejects item without variables', () => {
    expect(() => buildDigest([{ ...scored, variables: {} }], 'th')).toThrow(
      MissingTemplateVariableError,
    );
  });

  it('rejects unzoned timestamp', () => {
    expect(() => buildDigest([{ ...scored, occurredAt: '2021-01-17T17:30:00' }], 'th')).toThrow(
      RangeError,
    );
  });
});
