/** Roles of people and systems, as JWTs and API key scopes name them. */
export const ROLES = ['admin', 'evaluator', 'agency_reporter', 'agency_approver', 'viewer', 'integration'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Sender of a request: a person with a JWT, a system with an API key, or an anonymous caller. */
export interface Principal {
  kind: 'user' | 'client' | 'anonymous';
  /** `user:<sub>`, `client:<api client id>` or `anonymous`; the actor of every change. */
  id: string;
  /** Name to show, when the token carries one. */
  name: string | null;
  roles: Role[];
  /** BMA agency code that the principal acts for; null for city-wide roles. */
  agency: string | null;
}

export const anonymousPrincipal: Principal = Object.freeze({ kind: 'anonymous', id: 'anonymous', name: null, roles: [], agency: null });
