import type { Request } from 'express';

import type { PermissionChoice } from './access.decorator';

/** Workflow actions that belong to evaluators; the others (submit, correct, appeal) are the agency's answer. */
const evaluatorActions = new Set(['score', 'requestCorrection', 'signOff']);

/** The role that the evaluation service expects with each action; the gateway sets it from the action. */
export function workflowRoleOf(action: unknown): 'evaluator' | 'agency' {
  return evaluatorActions.has(String(action)) ? 'evaluator' : 'agency';
}

/** An evaluation transition asks for evaluation.write or, for an agency's answer, evaluation.respond. */
export const transitionPermission: PermissionChoice = {
  choose: (request: Request) =>
    workflowRoleOf((request.body as { action?: unknown } | undefined)?.action) === 'evaluator' ? 'evaluation.write' : 'evaluation.respond',
  among: ['evaluation.write', 'evaluation.respond'],
};

/** The DCAT catalog of public datasets is public; the whole catalog needs a signed-in caller. */
export const publicOnlyOrRead: PermissionChoice = {
  choose: (request: Request) => (request.query['publicOnly'] === 'true' ? 'public' : 'read'),
  among: ['public', 'read'],
};
