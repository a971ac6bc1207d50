import { SAMPLE_VARIABLES, samplesFor } from '../testing/template-samples';
import type { NotificationLanguage } from './display-format';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';
import { TEMPLATE_VARIABLE_TYPES } from './template-variables';
import { NOTIFICATION_TEMPLATES } from './templates.data';
import {
  InvalidTemplateVariableError,
  MissingTemplateVariableError,
  renderTemplate,
  templateVariablesOf,
} from './templates';

const LANGUAGES: readonly NotificationLanguage[] = ['th', 'en'];
const EVERY_TEMPLATE = NOTIFICATION_KINDS.flatMap((kind) =>
  LANGUAGES.map((language) => [kind, language] as const),
);

function placeholdersOf(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{([^}]*)\}\}/g)].map((match) => match[1]));
}

function renderSample(kind: NotificationKind, language: NotificationLanguage) {
  return renderTemplate(kind, language, samplesFor(NOTIFICATION_TEMPLATES[kind].variables));
}

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('renderTemplate, every template', () => {
  it.each(EVERY_TEMPLATE)('renders %s in %s from samples', (kind, language) => {
    const message = renderSample(kind, language);

    expect(message.subject.trim()).not.toBe('');
    expect(message.text.trim()).not.toBe('');
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(`${message.subject}\n${message.text}`).not.toContain('{{');
  });

  it.each(EVERY_TEMPLATE)('%s in %s uses exactly its declared variables', (kind, language) => {
    const { subject, text } = NOTIFICATION_TEMPLATES[kind][language];

    expect([...placeholdersOf(`${subject}\n${text}`)].sort()).toEqual(
      [...NOTIFICATION_TEMPLATES[kind].variables].sort(),
    );
  });

  it.each(NOTIFICATION_KINDS)('%s declares each variable once', (kind) => {
    const { variables } = NOTIFICATION_TEMPLATES[kind];

    expect(new Set(variables).size).toBe(variables.length);
  });

  it.each(NOTIFICATION_KINDS)('%s shows Buddhist-era years in Thai', (kind) => {
    const { subject, text } = renderSample(kind, 'th');

    expect(`${subject}\n${text}`).toContain('2564');
    expect(`${subject}\n${text}`).not.toContain('2021');
  });

  it.each(NOTIFICATION_KINDS)('%s shows Christian-era years in English', (kind) => {
    const { subject, text } = renderSample(kind, 'en');

    expect(`${subject}\n${text}`).toContain('2021');
    expect(`${subject}\n${text}`).not.toContain('2564');
  });

  it('has a sample for every declared variable type', () => {
    expect(Object.keys(SAMPLE_VARIABLES).sort()).toEqual(
      Object.keys(TEMPLATE_VARIABLE_TYPES).sort(),
    );
  });
});

describe('renderTemplate, formatting', () => {
  it('renders progress reminder in Thai', () => {
    expect(renderSample('progressDueReminder', 'th')).toEqual({
      subject: 'แจ้งเตือน: ใกล้ถึงกำหนดรายงานผลการดำเนินงานตัวชี้วัด KPI-0411 ประจำเดือนมกราคม 2564',
      text:
        'เรียน ผู้รับผิดชอบตัวชี้วัด สำนักการโยธา\n\n' +
        'ขอให้รายงานผลการดำเนินงานตัวชี้วัด KPI-0411 ร้อยละของถนนที่ได้รับการซ่อมแซมตามแผน ' +
        'ประจำเดือนมกราคม 2564 ภายในวันที่ 20 มกราคม 2564\n\n' +
        'รายงานผลได้ที่ https://kpi.example.test/evaluations/e-17',
    });
  });

  it('renders progress reminder in English', () => {
    expect(renderSample('progressDueReminder', 'en')).toEqual({
      subject: 'Reminder: progress report for KPI KPI-0411 for January 2021 is due soon',
      text:
        'To the KPI officer of สำนักการโยธา,\n\n' +
        'Please report the progress of KPI KPI-0411 "ร้อยละของถนนที่ได้รับการซ่อมแซมตามแผน" ' +
        'for January 2021 by 20 January 2021.\n\n' +
        'Report it at https://kpi.example.test/evaluations/e-17',
    });
  });

  it.each([
    ['th', 'ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2564', 'ได้คะแนนร้อยละ 87.5'],
    ['en', 'Q2 of fiscal year 2021', 'Score: 87.5%.'],
  ] as const)('renders scored round and score in %s', (language, round, score) => {
    const { subject, text } = renderSample('evaluationScored', language);

    expect(subject).toContain(round);
    expect(text).toContain(score);
  });

  it.each([
    ['th', 'เมื่อวันที่ 3 กุมภาพันธ์ 2564'],
    ['en', 'changed on 3 February 2021'],
  ] as const)('renders change date in %s', (language, date) => {
    expect(renderSample('evaluationInputChanged', language).text).toContain(date);
  });

  it.each([
    ['quarter', '2', 'ไตรมาสที่ 2'],
    ['scorePercent', '87.50', 'ร้อยละ 87.50'],
    ['scorePercent', ' 90 ', 'ร้อยละ 90'],
    ['fiscalYear', '2564', 'พ.ศ. 2564'],
  ])('accepts %s as string %p', (name, value, shown) => {
    const variables = {
      ...samplesFor(NOTIFICATION_TEMPLATES.evaluationScored.variables),
      [name]: value,
    };

    expect(renderTemplate('evaluationScored', 'th', variables).text).toContain(shown);
  });
});

describe('renderTemplate, values as plain text', () => {
  const variables = samplesFor(NOTIFICATION_TEMPLATES.evaluationCorrectionRequested.variables);

  it.each(['{{link}}', '{{ reason }}', '$& and $1', '<b>ถนน</b> &amp;'])(
    'inserts %p unchanged',
    (value) => {
      const { text } = renderTemplate('evaluationCorrectionRequested', 'th', {
        ...variables,
        kpiTitleTh: value,
      });

      expect(text).toContain(`ตัวชี้วัด KPI-0411 ${value} ไตรมาสที่`);
    },
  );

  it('keeps line breaks in text', () => {
    const { text } = renderTemplate('evaluationCorrectionRequested', 'en', {
      ...variables,
      reason: 'first line\nsecond line',
    });

    expect(text).toContain('Reason:\nfirst line\nsecond line');
  });

  it('turns line breaks in subject into spaces', () => {
    const { subject, text } = renderTemplate('evaluationCorrectionRequested', 'en', {
      ...variables,
      kpiCode: 'KPI-1\r\nBcc: someone@example.test',
    });

    expect(subject).toContain('KPI KPI-1 Bcc: someone@example.test for');
    expect(subject).not.toMatch(/[\r\n]/);
    expect(text).toContain('KPI-1\r\nBcc:');
  });

  it('ignores unknown extra variables', () => {
    const plain = renderTemplate('evaluationCorrectionRequested', 'th', variables);
    const extra = renderTemplate('evaluationCorrectionRequested', 'th', {
      ...variables,
      evaluatorEmail: 'someone@example.test',
    });

    expect(extra).toEqual(plain);
  });
});

describe('renderTemplate, missing variables', () => {
  it('lists every missing variable', () => {
    const error = caught(() => renderTemplate('progressOverdue', 'en', { kpiCode: 'KPI-0411' }));

    expect(error).toBeInstanceOf(MissingTemplateVariableError);
    expect((error as MissingTemplateVariableError).missing).toEqual([
      'kpiTitleTh',
      'agencyNameTh',
      'month',
      'dueDate',
      'link',
      'daysOverdue',
    ]);
  });

  it('names kind, language and variables', () => {
    const error = caught(() => renderTemplate('roundSignedOff', 'th', {}));

    expect(error).toBeInstanceOf(MissingTemplateVariableError);
    expect((error as Error).message).toBe(
      'Missing template variables for roundSignedOff (th): fiscalYear, quarter, signedOffOn, ' +
        'link. Pass a non-empty value for each.',
    );
    expect((error as MissingTemplateVariableError).kind).toBe('roundSignedOff');
    expect((error as MissingTemplateVariableError).language).toBe('th');
  });

  it.each(['', '   ', undefined, null])('treats %p as missing', (value) => {
    const variables = {
      ...samplesFor(NOTIFICATION_TEMPLATES.roundSignedOff.variables),
      link: value,
    };
    const error = caught(() =>
      renderTemplate('roundSignedOff', 'en', variables as Record<string, string>),
    );

    expect((error as MissingTemplateVariableError).missing).toEqual(['link']);
  });

  it('ignores inherited properties', () => {
    const inherited = Object.create(
      samplesFor(NOTIFICATION_TEMPLATES.roundSignedOff.variables),
    ) as Record<string, string>;
    const error = caught(() => renderTemplate('roundSignedOff', 'en', inherited));

    expect((error as MissingTemplateVariableError).missing).toHaveLength(4);
  });
});

describe('renderTemplate, invalid values', () => {
  const variables = samplesFor(NOTIFICATION_TEMPLATES.progressOverdue.variables);

  it.each([
    ['dueDate', '2021-02-30'],
    ['dueDate', '20/01/2564'],
    ['dueDate', 20210120],
    ['month', '2021-13'],
    ['month', '2021-1'],
    ['month', 202101],
    ['daysOverdue', 'three'],
    ['daysOverdue', '1e3'],
    ['daysOverdue', Number.NaN],
    ['daysOverdue', Number.POSITIVE_INFINITY],
  ])('rejects %s %p', (name, value) => {
    const error = caught(() =>
      renderTemplate('progressOverdue', 'th', { ...variables, [name]: value }),
    );

    expect(error).toBeInstanceOf(InvalidTemplateVariableError);
    expect((error as Error).message).toContain(`template variable ${name} of progressOverdue`);
  });

  it.each([2483, 2564.5, '25x'])('rejects fiscal year %p', (fiscalYear) => {
    const roundVariables = samplesFor(NOTIFICATION_TEMPLATES.roundSignedOff.variables);

    expect(() => renderTemplate('roundSignedOff', 'en', { ...roundVariables, fiscalYear })).toThrow(
      InvalidTemplateVariableError,
    );
  });

  it('rejects unknown kind', () => {
    expect(() => renderTemplate('progressLate' as NotificationKind, 'th', {})).toThrow(RangeError);
  });

  it('rejects unknown language', () => {
    expect(() =>
      renderTemplate('roundSignedOff', 'fr' as NotificationLanguage, SAMPLE_VARIABLES),
    ).toThrow('Unknown notification language "fr"');
  });
});

describe('templateVariablesOf', () => {
  it('returns names with types', () => {
    expect(templateVariablesOf('roundSignedOff')).toEqual([
      { name: 'fiscalYear', type: 'fiscalYear' },
      { name: 'quarter', type: 'number' },
      { name: 'signedOffOn', type: 'date' },
      { name: 'link', type: 'text' },
    ]);
  });

  it('rejects unknown kind', () => {
    expect(() => templateVariablesOf('nope' as NotificationKind)).toThrow(RangeError);
  });
});
