import type {
  EvaluationAppealedEvent,
  EvaluationCorrectedEvent,
  EvaluationCorrectionRequestedEvent,
  EvaluationInputChangedEvent,
  EvaluationScoredEvent,
  EvaluationSignedOffEvent,
  EvaluationSubmittedEvent,
  EvaluationTransitionEventData,
  RoundSignedOffEvent,
  WorkflowActionName,
} from '@bma-kpi/contracts-evaluation';
import { EvaluationEvents } from '@bma-kpi/contracts-evaluation';
import { createOutboxMessage, type OutboxMessage } from '@bma-kpi/messaging';

import type { RequestMeta } from './request-meta';

type TransitionEventBuilder = (data: EvaluationTransitionEventData, meta: RequestMeta) => OutboxMessage;

/** Builds the outbox message of each workflow action's event. */
const transitionEvents: Record<WorkflowActionName, TransitionEventBuilder> = {
  submit: (data, meta) => createOutboxMessage<EvaluationSubmittedEvent>(EvaluationEvents.evaluationSubmitted, data, meta),
  score: (data, meta) => createOutboxMessage<EvaluationScoredEvent>(EvaluationEvents.evaluationScored, data, meta),
  requestCorrection: (data, meta) =>
    createOutboxMessage<EvaluationCorrectionRequestedEvent>(EvaluationEvents.evaluationCorrectionRequested, data, meta),
  correct: (data, meta) => createOutboxMessage<EvaluationCorrectedEvent>(EvaluationEvents.evaluationCorrected, data, meta),
  appeal: (data, meta) => createOutboxMessage<EvaluationAppealedEvent>(EvaluationEvents.evaluationAppealed, data, meta),
  signOff: (data, meta) => createOutboxMessage<EvaluationSignedOffEvent>(EvaluationEvents.evaluationSignedOff, data, meta),
};

/** Builds the outbox messages of the evaluation service's events. */
export const EvaluationEventFactory = {
  transition: (action: WorkflowActionName, data: EvaluationTransitionEventData, meta: RequestMeta) =>
    transitionEvents[action](data, meta),
  roundSignedOff: (data: RoundSignedOffEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<RoundSignedOffEvent>(EvaluationEvents.roundSignedOff, data, meta),
  inputChanged: (data: EvaluationInputChangedEvent['data'], meta: RequestMeta) =>
    createOutboxMessage<EvaluationInputChangedEvent>(EvaluationEvents.evaluationInputChanged, data, meta),
};
