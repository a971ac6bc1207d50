import { ASSESSMENT_STATUSES } from '@bma-kpi/contracts-catalog';

import { isFinalStatus, nextAssessmentStatus, type AssessmentAction } from './assessment-workflow';

describe('nextAssessmentStatus', () => {
  it.each([
    ['draft', 'saveAnswers', 'draft'],
    ['returned', 'saveAnswers', 'returned'],
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'reject', 'rejected'],
    ['submitted', 'requestEvidence', 'returned'],
  ] as const)('%s + %s → %s', (status, action, expected) => {
    expect(nextAssessmentStatus(status, action)).toBe(expected);
  });

  it.each([
    ['draft', 'accept'],
    ['draft', 'reject'],
    ['draft', 'requestEvidence'],
    ['returned', 'accept'],
    ['submitted', 'saveAnswers'],
    ['submitted', 'submit'],
    ['accepted', 'saveAnswers'],
    ['accepted', 'submit'],
    ['accepted', 'requestEvidence'],
    ['rejected', 'submit'],
    ['rejected', 'accept'],
  ] as const)('rejects %s + %s', (status, action) => {
    expect(nextAssessmentStatus(status, action)).toBeNull();
  });

  it('allows nothing after a final status', () => {
    const actions: AssessmentAction[] = ['saveAnswers', 'submit', 'accept', 'reject', 'requestEvidence'];
    const finals = ASSESSMENT_STATUSES.filter(isFinalStatus);

    expect(finals).toEqual(['accepted', 'rejected']);
    for (const status of finals) {
      expect(actions.map((action) => nextAssessmentStatus(status, action))).toEqual([null, null, null, null, null]);
    }
  });
});
