export { nextAssessmentStatus, isFinalStatus, statusesAllowing, type AssessmentAction } from './assessment-workflow';
export {
  applicableQuestions,
  compareScores,
  computeScores,
  questionApplies,
  scoreDecimals,
  scoreDelta,
  type ComponentScore,
  type ScoredAnswer,
  type ScoreResult,
} from './assessment-scoring';
export { validateQuestionnaire, type QuestionnaireRuleError } from './questionnaire.validator';
export { DEFAULT_READINESS_QUESTIONNAIRE } from './readiness-questionnaire.data';
export { DEFAULT_SECURITY_CHECKLIST } from './security-checklist.data';
export type * from './questionnaire.types';
export { buildAssessmentScores, buildDataQuality, type ScorecardAssessment, type ScorecardQuality } from './assessment-scorecard';
