import type { AssessmentStatusName, ReviewDecision } from '@bma-kpi/contracts-catalog';

/** Action that a user takes on an assessment. */
export type AssessmentAction = 'saveAnswers' | 'submit' | ReviewDecision;

// The agency edits drafts and returned assessments and submits them; only a submitted assessment
// can be reviewed. accepted and rejected are final.
const transitions: Record<AssessmentAction, Partial<Record<AssessmentStatusName, AssessmentStatusName>>> = {
  saveAnswers: { draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  accept: { submitted: 'accepted' },
  reject: { submitted: 'rejected' },
  requestEvidence: { submitted: 'returned' },
};

/** Returns the status after the action, or null when the action is not allowed in the current status. */
export function nextAssessmentStatus(status: AssessmentStatusName, action: AssessmentAction): AssessmentStatusName | null {
  return transitions[action][status] ?? null;
}

/** Returns the statuses in which the action is allowed, for error messages. */
export function statusesAllowing(action: AssessmentAction): AssessmentStatusName[] {
  return Object.keys(transitions[action]) as AssessmentStatusName[];
}

/** True for a status after which nothing changes. */
export function isFinalStatus(status: AssessmentStatusName): boolean {
  return status === 'accepted' || status === 'rejected';
}
