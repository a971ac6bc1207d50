import type { TransitionRequest } from '@bma-kpi/contracts-evaluation';
import type { WorkflowActor, WorkflowRequest } from '@bma-kpi/evaluation-domain';

import type { RequestMeta } from './request-meta';

/**
 * Builds the domain's workflow request from a transition request. The actor is the request's
 * user in the stated role, and the instant is the service's clock, so no caller can backdate a step. Fields
 * the action does not use are dropped, and missing ones are left for the workflow to reject.
 */
export function workflowRequestOf(request: TransitionRequest, meta: RequestMeta, now: Date = new Date()): WorkflowRequest {
  const actor: WorkflowActor =
    request.role === 'agency'
      ? { role: 'agency', userId: meta.actor, agencyCode: request.agencyCode ?? '' }
      : { role: 'evaluator', userId: meta.actor };
  const base = { actor, at: now.toISOString() };

  switch (request.action) {
    case 'submit':
      return { ...base, action: 'submit', payload: { comment: request.comment } };
    case 'score':
      return { ...base, action: 'score', payload: { partComments: request.partComments ?? [] } };
    case 'requestCorrection':
      return { ...base, action: 'requestCorrection', payload: { valueKey: request.valueKey ?? '', message: request.reason ?? '' } };
    case 'correct':
      return { ...base, action: 'correct', payload: { valueKey: request.valueKey ?? '', comment: request.comment } };
    case 'appeal':
      return { ...base, action: 'appeal', payload: { reason: request.reason ?? '' } };
    case 'signOff':
      return { ...base, action: 'signOff', payload: { comment: request.comment } };
  }
}
