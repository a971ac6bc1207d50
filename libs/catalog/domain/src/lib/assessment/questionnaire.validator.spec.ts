import { DEFAULT_READINESS_QUESTIONNAIRE } from './readiness-questionnaire.data';
import { DEFAULT_SECURITY_CHECKLIST } from './security-checklist.data';
import { validateQuestionnaire } from './questionnaire.validator';
import type { QuestionnaireContent } from './questionnaire.types';

const options = [
  { value: 'no', labelTh: 'ไม่', labelEn: 'No', points: 0 },
  { value: 'yes', labelTh: 'ใช่', labelEn: 'Yes', points: 1 },
];

function content(overrides: Partial<QuestionnaireContent['components'][number]['questions'][number]>[]): QuestionnaireContent {
  return {
    titleTh: 'ทดสอบ',
    titleEn: 'Test',
    components: [
      {
        code: 'c',
        nameTh: 'ค',
        nameEn: 'C',
        weight: 1,
        questions: overrides.map((override, index) => ({ code: `q${index}`, textTh: 'ถาม', textEn: 'Q', weight: 1, evidence: 'none' as const, options, ...override })),
      },
    ],
  };
}

describe('validateQuestionnaire', () => {
  it('accepts the default readiness questionnaire', () => {
    expect(validateQuestionnaire('readiness', DEFAULT_READINESS_QUESTIONNAIRE)).toEqual([]);
  });

  it('accepts the default security checklist', () => {
    expect(validateQuestionnaire('security', DEFAULT_SECURITY_CHECKLIST)).toEqual([]);
  });

  it('rejects a repeated question code', () => {
    const errors = validateQuestionnaire('readiness', content([{ code: 'same' }, { code: 'same' }]));

    expect(errors.map((error) => error.field)).toEqual(['components[0].questions[0].code', 'components[0].questions[1].code']);
  });

  it('rejects a repeated option value', () => {
    const errors = validateQuestionnaire('readiness', content([{ options: [...options, options[1]] }]));

    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe('components[0].questions[0].options');
    expect(errors[0].rule).toBe('unique');
  });

  it('rejects a scale worth no points', () => {
    const errors = validateQuestionnaire('readiness', content([{ options: [options[0]] }]));

    expect(errors[0].rule).toBe('maxPointsPositive');
  });

  it('rejects appliesTo in a readiness questionnaire', () => {
    const errors = validateQuestionnaire('readiness', content([{ appliesTo: { categories: ['ข้อมูลสาธารณะ'] } }]));

    expect(errors[0].field).toBe('components[0].questions[0].appliesTo');
  });

  it('rejects an auto check without met and notMet', () => {
    const errors = validateQuestionnaire('security', content([{ autoCheck: 'personalDataLegalBasis' }]));

    expect(errors[0].rule).toBe('autoCheckOptions');
  });
});
