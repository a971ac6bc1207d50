import type {
  AssignModelRequest,
  CheckProgressEntryRequest,
  CreateRoundRequest,
  EvaluationHealthRequest,
  EvaluationReferenceRequest,
  FiscalQuarterRequest,
  IndicatorEvaluationsRequest,
  IndicatorYearRequest,
  ListRoundsRequest,
  SignOffRoundRequest,
  TransitionRequest,
} from './evaluation.request';
import type {
  EvaluationHealthResponse,
  EvaluationResponse,
  IndicatorEvaluationsResponse,
  ModelResponse,
  ProgressEntryResponse,
  RoundPage,
  RoundResponse,
} from './evaluation.responses';
import { EvaluationSubjects } from './evaluation.subjects';
import type { EvaluationSummaryRequest, EvaluationSummaryResponse } from './evaluation-summary';
import type { EvaluationListResponse, ListRoundEvaluationsRequest } from './evaluation-list';
import type { EvaluationCalendarRequest, EvaluationCalendarResponse } from './evaluation-calendar';

/** Request and response type of every evaluation subject, for a type-checked client. */
export interface EvaluationMessages {
  [EvaluationSubjects.roundCreate]: { request: CreateRoundRequest; response: RoundResponse };
  [EvaluationSubjects.roundGet]: { request: FiscalQuarterRequest; response: RoundResponse };
  [EvaluationSubjects.roundList]: { request: ListRoundsRequest; response: RoundPage };
  [EvaluationSubjects.roundSignOff]: { request: SignOffRoundRequest; response: RoundResponse };
  [EvaluationSubjects.modelAssign]: { request: AssignModelRequest; response: ModelResponse };
  [EvaluationSubjects.modelGet]: { request: IndicatorYearRequest; response: ModelResponse };
  [EvaluationSubjects.evaluationGet]: { request: EvaluationReferenceRequest; response: EvaluationResponse };
  [EvaluationSubjects.evaluationList]: { request: ListRoundEvaluationsRequest; response: EvaluationListResponse };
  [EvaluationSubjects.evaluationListByIndicator]: { request: IndicatorEvaluationsRequest; response: IndicatorEvaluationsResponse };
  [EvaluationSubjects.evaluationTransition]: { request: TransitionRequest; response: EvaluationResponse };
  [EvaluationSubjects.summaryGet]: { request: EvaluationSummaryRequest; response: EvaluationSummaryResponse };
  [EvaluationSubjects.progressEntryCheck]: { request: CheckProgressEntryRequest; response: ProgressEntryResponse };
  [EvaluationSubjects.calendarGet]: { request: EvaluationCalendarRequest; response: EvaluationCalendarResponse };
  [EvaluationSubjects.healthCheck]: { request: EvaluationHealthRequest; response: EvaluationHealthResponse };
}
