import type { Request } from 'express';

import type { PermissionChoice } from './access.decorator';

/** Workflow actions of evaluators. The others (submit, correct, appeal) are the agency's response. */
const evaluatorActions = new Set(['score', 'requestCorrection', 'signOff']);

/** Returns the role that the evaluation service expects with an action. */
export function workflowRoleOf(action: unknown): 'evaluator' | 'agency' {
  return evaluatorActions.has(String(action)) ? 'evaluator' : 'agency';
}

/** Permission of an evaluation transition: evaluation.write, or evaluation.respond for an agency's response. */
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
