import Decimal from 'decimal.js';

import type { AssessedDataset, Question, QuestionnaireContent } from './questionnaire.types';

// A private constructor so that the global Decimal settings of other code cannot change the result.
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Decimals of every score and delta; one rule, applied once at the end of each calculation. */
export const scoreDecimals = 2;

/** The answer facts that scoring reads: the points of the chosen option, and whether the evaluator rejected it. */
export interface ScoredAnswer {
  /** Points as text or a number; text keeps the stored decimal exact. */
  points: string | number;
  rejected: boolean;
}

/** Score of one component, 0–100, or null when none of its questions applies. */
export interface ComponentScore {
  code: string;
  nameTh: string;
  nameEn: string;
  weight: number;
  score: number | null;
  applicable: number;
  answered: number;
}

/** Scores of an assessment. */
export interface ScoreResult {
  overall: number | null;
  components: ComponentScore[];
}

/** Rounds half up (away from zero for .5) to `scoreDecimals` decimals and returns a JSON number, never -0. */
function rounded(value: Decimal): number {
  const result = value.toDecimalPlaces(scoreDecimals, Exact.ROUND_HALF_UP).toNumber();

  return result === 0 ? 0 : result;
}

/** True when a checklist item applies to the dataset; readiness questions (no dataset) always apply. */
export function questionApplies(question: Question, dataset: AssessedDataset | null): boolean {
  const scope = question.appliesTo ?? null;

  if (scope === null || dataset === null) {
    return true;
  }
  const inClassifications = scope.classifications === undefined || scope.classifications.includes(dataset.classification);
  const notExcepted = scope.exceptClassifications === undefined || !scope.exceptClassifications.includes(dataset.classification);
  const inCategories = scope.categories === undefined || scope.categories.includes(dataset.category);

  return inClassifications && notExcepted && inCategories;
}

/** Returns the questions of the questionnaire that apply to the dataset (all of them for readiness). */
export function applicableQuestions(content: QuestionnaireContent, dataset: AssessedDataset | null): Question[] {
  return content.components.flatMap((component) => component.questions.filter((question) => questionApplies(question, dataset)));
}

function maxPoints(question: Question): Decimal {
  return Exact.max(...question.options.map((option) => new Exact(option.points)));
}

/**
 * Computes the scores of an assessment.
 *
 * - A question earns `weight × points / maximum points of its scale`. An unanswered question and an
 *   answer the evaluator rejected earn 0, so a missing answer lowers the score instead of being skipped.
 * - A component's score is `100 × earned / sum of the weights` over its applicable questions. It is
 *   null when none of its questions applies, so it leaves the overall score out.
 * - The overall score is the mean of the component scores weighted by component weight; null when
 *   no component has a score.
 *
 * Arithmetic is decimal (decimal.js, 40 significant digits) and only the final values are rounded,
 * half up, to 2 decimals. The overall score is computed from unrounded component scores.
 */
export function computeScores(
  content: QuestionnaireContent,
  answers: ReadonlyMap<string, ScoredAnswer>,
  dataset: AssessedDataset | null,
): ScoreResult {
  let weightedSum = new Exact(0);
  let weightTotal = new Exact(0);
  const components = content.components.map((component): ComponentScore => {
    const applicable = component.questions.filter((question) => questionApplies(question, dataset));
    const weights = applicable.reduce((sum, question) => sum.plus(question.weight), new Exact(0));
    const earned = applicable.reduce((sum, question) => {
      const answer = answers.get(question.code);

      return answer === undefined || answer.rejected ? sum : sum.plus(new Exact(question.weight).times(answer.points).div(maxPoints(question)));
    }, new Exact(0));
    const base = { code: component.code, nameTh: component.nameTh, nameEn: component.nameEn, weight: component.weight };
    const answered = applicable.filter((question) => answers.has(question.code)).length;

    if (applicable.length === 0) {
      return { ...base, score: null, applicable: 0, answered: 0 };
    }
    const score = earned.div(weights).times(100);

    weightedSum = weightedSum.plus(score.times(component.weight));
    weightTotal = weightTotal.plus(component.weight);

    return { ...base, score: rounded(score), applicable: applicable.length, answered };
  });

  return { overall: weightTotal.isZero() ? null : rounded(weightedSum.div(weightTotal)), components };
}

/** Change between two rounded scores, rounded the same way; null when either is null. */
export function scoreDelta(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) {
    return null;
  }

  return rounded(new Exact(current).minus(previous));
}

/** Per-component and overall change since a previous assessment; components are matched by code. */
export function compareScores(
  current: ScoreResult,
  previous: ScoreResult | null,
): { overallDelta: number | null; components: { code: string; previousScore: number | null; delta: number | null }[] } {
  const previousByCode = new Map((previous?.components ?? []).map((component) => [component.code, component.score]));

  return {
    overallDelta: scoreDelta(current.overall, previous?.overall ?? null),
    components: current.components.map((component) => {
      const previousScore = previousByCode.get(component.code) ?? null;

      return { code: component.code, previousScore, delta: scoreDelta(component.score, previousScore) };
    }),
  };
}
