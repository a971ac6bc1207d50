import type { Principal, Role } from './principal';

/**
 * Permissions that routes require. Each route declares one (see the Access decorator), and this file
 * alone decides which roles are granted it.
 */
export const PERMISSIONS = [
  /** Anyone, also without credentials: public catalog routes, health, metrics. */
  'public',
  /** Any signed-in principal: reading indicators, evaluations, the internal catalog. */
  'read',
  /** Changing an agency's KPIs, catalog and governance documents. */
  'agency.write',
  /** Approving an agency's work: locking governance documents. */
  'agency.approve',
  /** Reporting monthly progress of an agency's KPIs. */
  'progress.write',
  /** Running evaluation rounds and scoring (สยป.). */
  'evaluation.write',
  /** An agency's response in an evaluation: submit, correct, appeal. */
  'evaluation.respond',
  /** Reading and acknowledging one's own notification inbox. */
  'inbox',
  /** Managing one's own webhook subscriptions to evaluation results and changes. */
  'integration.subscribe',
  /** Managing the platform: API clients, audit log, notification routing, holidays. */
  'admin',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Permissions that apply to one agency's data, so the caller's agency must own the target. */
const agencyScoped: ReadonlySet<Permission> = new Set(['agency.write', 'agency.approve', 'progress.write', 'evaluation.respond']);

/** Permissions granted to each role; admin is granted all of them. */
export const ROLE_GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  evaluator: ['public', 'read', 'evaluation.write', 'inbox'],
  agency_reporter: ['public', 'read', 'agency.write', 'progress.write', 'inbox'],
  agency_approver: ['public', 'read', 'agency.write', 'agency.approve', 'progress.write', 'evaluation.respond', 'inbox'],
  viewer: ['public', 'read', 'inbox'],
  integration: ['public', 'read', 'progress.write', 'integration.subscribe'],
};

/** Roles whose agency-scoped permissions reach every agency when the principal names no agency. */
const cityWideWithoutAgency: ReadonlySet<Role> = new Set(['admin', 'integration']);

/**
 * The target of a request as far as access depends on it. `agency` is undefined when the target
 * does not exist (the service then returns 404), null when it exists without an owner agency.
 */
export interface AccessTarget {
  agency?: string | null;
  /** Inbox that an `inbox` route reads. */
  recipient?: string | null;
}

export type AccessDenial = 'SIGN_IN' | 'ROLE' | 'AGENCY' | 'AGENCY_MISSING' | 'INBOX';

export type AccessDecision = { allowed: true } | { allowed: false; status: 401 | 403; reason: AccessDenial };

const allow: AccessDecision = { allowed: true };

function deny(reason: AccessDenial): AccessDecision {
  return { allowed: false, status: reason === 'SIGN_IN' ? 401 : 403, reason };
}

/** Inboxes that a principal may read besides its own. */
export function inboxesOf(principal: Principal): string[] {
  const shared = principal.agency === null ? [] : [`agency:${principal.agency}`];

  if (principal.agency !== null && principal.roles.includes('agency_approver')) {
    shared.push(`agency-head:${principal.agency}`);
  }
  if (principal.roles.includes('evaluator')) {
    shared.push('evaluators');
  }

  return [principal.id, principal.id.replace(/^(user|client):/u, ''), ...shared];
}

function agencyDecision(principal: Principal, roles: Role[], target: AccessTarget): AccessDecision {
  if (target.agency === undefined) {
    return allow;
  }
  if (principal.agency === null) {
    return roles.some((role) => cityWideWithoutAgency.has(role)) ? allow : deny('AGENCY');
  }
  if (target.agency === null) {
    return deny('AGENCY_MISSING');
  }

  return target.agency === principal.agency ? allow : deny('AGENCY');
}

/** Decides whether a principal may use a route that requires `permission` on `target`. */
export function decideAccess(principal: Principal, permission: Permission, target: AccessTarget = {}): AccessDecision {
  if (permission === 'public') {
    return allow;
  }
  if (principal.kind === 'anonymous') {
    return deny('SIGN_IN');
  }
  if (principal.roles.includes('admin')) {
    return allow;
  }
  const holders = principal.roles.filter((role) => ROLE_GRANTS[role].includes(permission));

  if (holders.length === 0) {
    return deny('ROLE');
  }
  if (permission === 'inbox') {
    return target.recipient === undefined || target.recipient === null || inboxesOf(principal).includes(target.recipient) ? allow : deny('INBOX');
  }

  return agencyScoped.has(permission) ? agencyDecision(principal, holders, target) : allow;
}

/**
 * Returns the agency that limits a principal's agency-scoped writes, for services that find the
 * owner of a write only while doing it (such as a KPI import): none for admins and city-wide clients.
 */
export function agencyRestrictionOf(principal: Principal | undefined): string | undefined {
  if (principal === undefined || principal.roles.includes('admin') || principal.agency === null) {
    return undefined;
  }

  return principal.agency;
}
