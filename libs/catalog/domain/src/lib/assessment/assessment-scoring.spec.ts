import { compareScores, computeScores, questionApplies, scoreDelta, type ScoredAnswer } from './assessment-scoring';
import type { Question, QuestionnaireContent } from './questionnaire.types';

const scale = [
  { value: 'no', labelTh: 'ไม่', labelEn: 'No', points: 0 },
  { value: 'partly', labelTh: 'บางส่วน', labelEn: 'Partly', points: 1 },
  { value: 'yes', labelTh: 'ใช่', labelEn: 'Yes', points: 3 },
];

function question(code: string, weight: number, extra: Partial<Question> = {}): Question {
  return { code, textTh: code, textEn: code, weight, evidence: 'none', options: scale, ...extra };
}

const content: QuestionnaireContent = {
  titleTh: 'ทดสอบ',
  titleEn: 'Test',
  components: [
    { code: 'a', nameTh: 'ก', nameEn: 'A', weight: 2, questions: [question('a1', 1), question('a2', 3)] },
    { code: 'b', nameTh: 'ข', nameEn: 'B', weight: 1, questions: [question('b1', 1)] },
  ],
};

const answers = (entries: Record<string, number | string>, rejected: string[] = []) =>
  new Map<string, ScoredAnswer>(Object.entries(entries).map(([code, points]) => [code, { points, rejected: rejected.includes(code) }]));

describe('computeScores', () => {
  it('weights questions within a component', () => {
    // a: (1 × 3/3 + 3 × 1/3) / 4 = 0.5
    const result = computeScores(content, answers({ a1: 3, a2: 1, b1: 3 }), null);

    expect(result.components[0].score).toBe(50);
    expect(result.components[1].score).toBe(100);
  });

  it('weights components in the overall score', () => {
    const result = computeScores(content, answers({ a1: 3, a2: 1, b1: 3 }), null);

    // (2 × 50 + 1 × 100) / 3 = 66.666…
    expect(result.overall).toBe(66.67);
  });

  it('counts a missing answer as 0 points', () => {
    const result = computeScores(content, answers({ a1: 3 }), null);

    expect(result.components[0].score).toBe(25);
    expect(result.components[0].answered).toBe(1);
    expect(result.components[0].applicable).toBe(2);
    expect(result.components[1].score).toBe(0);
  });

  it('counts a rejected answer as 0 points', () => {
    const result = computeScores(content, answers({ a1: 3, a2: 3, b1: 3 }, ['a2']), null);

    expect(result.components[0].score).toBe(25);
  });

  it('gives 0 overall when nothing is answered', () => {
    expect(computeScores(content, answers({}), null).overall).toBe(0);
  });

  it('keeps decimal points exact', () => {
    const tenths: QuestionnaireContent = {
      ...content,
      components: [{ ...content.components[0], questions: [question('x', 0.1), question('y', 0.2)] }],
    };
    // (0.1 × 1 + 0.2 × 0) / 0.3 × 100 = 33.333…
    const result = computeScores(tenths, answers({ x: '3.0000', y: '0' }), null);

    expect(result.components[0].score).toBe(33.33);
  });

  it('rounds half up at the end only', () => {
    const eighths: QuestionnaireContent = {
      ...content,
      components: [{ ...content.components[0], questions: [question('x', 1)] }],
    };
    const eighthScale = [{ value: 'v', labelTh: 'v', labelEn: 'v', points: 8 }];

    eighths.components[0].questions[0].options = eighthScale;
    // 1/8 = 12.5 % exactly; 0.045/8 → 0.5625 % rounds to 0.56, 0.1 / 8 → 1.25 %
    expect(computeScores(eighths, answers({ x: 1 }), null).overall).toBe(12.5);
    expect(computeScores(eighths, answers({ x: '0.0450' }), null).overall).toBe(0.56);
    expect(computeScores(eighths, answers({ x: '0.0004' }), null).overall).toBe(0.01);
  });

  it('leaves out components with no applicable question', () => {
    const scoped: QuestionnaireContent = {
      ...content,
      components: [
        content.components[0],
        { ...content.components[1], questions: [question('b1', 1, { appliesTo: { exceptClassifications: ['เปิดเผย'] } })] },
      ],
    };
    const result = computeScores(scoped, answers({ a1: 3, a2: 3 }), { category: 'ข้อมูลสาธารณะ', classification: 'เปิดเผย' });

    expect(result.components[1].score).toBeNull();
    expect(result.components[1].applicable).toBe(0);
    expect(result.overall).toBe(100);
  });
});

describe('questionApplies', () => {
  const dataset = { category: 'ข้อมูลส่วนบุคคล', classification: 'ลับ' };

  it.each([
    [undefined, true],
    [{ classifications: ['ลับ', 'ลับมาก'] }, true],
    [{ classifications: ['เปิดเผย'] }, false],
    [{ exceptClassifications: ['ลับ'] }, false],
    [{ exceptClassifications: ['เปิดเผย'] }, true],
    [{ categories: ['ข้อมูลส่วนบุคคล'] }, true],
    [{ categories: ['ข้อมูลสาธารณะ'] }, false],
    [{ classifications: ['ลับ'], categories: ['ข้อมูลสาธารณะ'] }, false],
  ])('scope %j applies: %s', (appliesTo, expected) => {
    expect(questionApplies(question('q', 1, { appliesTo }), dataset)).toBe(expected);
  });

  it('applies every question without a dataset', () => {
    expect(questionApplies(question('q', 1, { appliesTo: { classifications: ['ลับ'] } }), null)).toBe(true);
  });
});

describe('compareScores', () => {
  const current = computeScores(content, answers({ a1: 3, a2: 3, b1: 1 }), null);

  it('returns deltas per component and overall', () => {
    const previous = computeScores(content, answers({ a1: 3, a2: 1, b1: 3 }), null);
    const result = compareScores(current, previous);

    expect(result.components[0]).toEqual({ code: 'a', previousScore: 50, delta: 50 });
    expect(result.components[1].delta).toBe(-66.67);
    // 77.78 − 66.67
    expect(result.overallDelta).toBe(11.11);
  });

  it('returns null deltas without a previous year', () => {
    const result = compareScores(current, null);

    expect(result.overallDelta).toBeNull();
    expect(result.components.map((component) => component.delta)).toEqual([null, null]);
  });

  it('returns null for a component the previous year lacked', () => {
    const previous = { overall: 40, components: [{ code: 'a', nameTh: 'ก', nameEn: 'A', weight: 2, score: 40, applicable: 2, answered: 2 }] };
    const result = compareScores(current, previous);

    expect(result.components[1]).toEqual({ code: 'b', previousScore: null, delta: null });
    expect(result.overallDelta).toBe(37.78);
  });

  it('never returns negative zero', () => {
    expect(Object.is(scoreDelta(10, 10), 0)).toBe(true);
  });
});
