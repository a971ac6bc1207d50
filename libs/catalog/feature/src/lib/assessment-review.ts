import type { ReviewAssessmentRequest, ReviewDecision } from '@bma-kpi/contracts-catalog';
import type { AnswerReviewWrite, AssessmentAnswerRecord, AssessmentRecord, AssessmentReviewRecord } from '@bma-kpi/catalog-data-access';
import type { FieldError } from '@bma-kpi/errors';

import { fieldError } from './assessment.exceptions';

const answerStatusOf: Record<ReviewDecision, AssessmentAnswerRecord['reviewStatus']> = {
  accept: 'accepted',
  reject: 'rejected',
  requestEvidence: 'evidenceRequested',
};

/** The effect of one review: answer states, history rows, and the answers the agency must rework. */
export interface ReviewPlan {
  answerReviews: AnswerReviewWrite[];
  reviews: Omit<AssessmentReviewRecord, 'reviewedBy' | 'reviewedAt'>[];
  reworkCodes: string[];
}

/** Lists the rule errors of a review request of a submitted assessment. */
export function reviewErrors(request: ReviewAssessmentRequest, assessment: AssessmentRecord): FieldError[] {
  const errors: FieldError[] = [];
  const answered = new Set(assessment.answers.map((answer) => answer.questionCode));

  if (request.decision !== 'accept' && request.reason === undefined) {
    errors.push(fieldError('reason', 'required', `reason is required to ${request.decision}`, `ต้องระบุเหตุผลเมื่อ ${request.decision}`));
  }
  (request.answers ?? []).forEach((answer, index) => {
    const path = `answers[${index}]`;

    if (!answered.has(answer.questionCode)) {
      errors.push(fieldError(`${path}.questionCode`, 'exists', `question ${answer.questionCode} has no answer to review`, `คำถาม ${answer.questionCode} ไม่มีคำตอบให้ตรวจ`));
    }
    if (answer.decision !== 'accept' && answer.reason === undefined) {
      errors.push(fieldError(`${path}.reason`, 'required', `reason is required to ${answer.decision} an answer`, `ต้องระบุเหตุผลเมื่อ ${answer.decision} คำตอบ`));
    }
    if (request.decision === 'accept' && answer.decision === 'requestEvidence') {
      errors.push(
        fieldError(
          `${path}.decision`,
          'conflictsWithAccept',
          'an accepted assessment cannot ask for more evidence on an answer; return the assessment instead',
          'ยอมรับการประเมินพร้อมขอหลักฐานเพิ่มไม่ได้ โปรดส่งคืนการประเมินแทน',
        ),
      );
    }
  });

  return errors;
}

/**
 * Plans the answer states and history rows of a valid review. Accepting the whole assessment also
 * accepts every answer still pending. The other decisions leave unlisted answers as they are.
 */
export function planReview(request: ReviewAssessmentRequest, assessment: AssessmentRecord): ReviewPlan {
  const round = assessment.submissionCount;
  const listed = request.answers ?? [];
  const listedCodes = new Set(listed.map((answer) => answer.questionCode));
  const answerReviews: AnswerReviewWrite[] = listed.map((answer) => ({
    questionCode: answer.questionCode,
    reviewStatus: answerStatusOf[answer.decision],
    reviewReason: answer.reason ?? null,
  }));

  if (request.decision === 'accept') {
    for (const answer of assessment.answers) {
      if (!listedCodes.has(answer.questionCode) && answer.reviewStatus === 'pending') {
        answerReviews.push({ questionCode: answer.questionCode, reviewStatus: 'accepted', reviewReason: null });
      }
    }
  }
  const reviews = [
    ...listed.map((answer) => ({ round, questionCode: answer.questionCode, decision: answer.decision, reason: answer.reason ?? null })),
    { round, questionCode: null, decision: request.decision, reason: request.reason ?? null },
  ];
  const reworkCodes = listed.filter((answer) => answer.decision !== 'accept').map((answer) => answer.questionCode);

  return { answerReviews, reviews, reworkCodes };
}

/** Returns the answers as they are after the review, for scoring. */
export function reviewedAnswers(answers: readonly AssessmentAnswerRecord[], plan: ReviewPlan): AssessmentAnswerRecord[] {
  const byCode = new Map(plan.answerReviews.map((review) => [review.questionCode, review]));

  return answers.map((answer) => {
    const review = byCode.get(answer.questionCode);

    return review === undefined ? answer : { ...answer, reviewStatus: review.reviewStatus, reviewReason: review.reviewReason };
  });
}
