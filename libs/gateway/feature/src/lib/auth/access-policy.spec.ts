import { decideAccess, inboxesOf, PERMISSIONS, type Permission } from './access-policy';
import { anonymousPrincipal, ROLES, type Principal, type Role } from './principal';

// The expected matrix, written out independently of ROLE_GRANTS: which permissions each role has
// on its own agency's targets (own), on another agency's (other) and with no target at all.
const A = 'allow';
const D = 'deny';

type Cell = typeof A | typeof D;
const expected: Record<Role, Record<Permission, { own: Cell; other: Cell }>> = {
  admin: {
    public: { own: A, other: A }, read: { own: A, other: A }, 'agency.write': { own: A, other: A }, 'agency.approve': { own: A, other: A },
    'progress.write': { own: A, other: A }, 'evaluation.write': { own: A, other: A }, 'evaluation.respond': { own: A, other: A },
    inbox: { own: A, other: A }, admin: { own: A, other: A }, 'integration.subscribe': { own: A, other: A },
  },
  evaluator: {
    public: { own: A, other: A }, read: { own: A, other: A }, 'agency.write': { own: D, other: D }, 'agency.approve': { own: D, other: D },
    'progress.write': { own: D, other: D }, 'evaluation.write': { own: A, other: A }, 'evaluation.respond': { own: D, other: D },
    inbox: { own: A, other: D }, admin: { own: D, other: D }, 'integration.subscribe': { own: D, other: D },
  },
  agency_reporter: {
    public: { own: A, other: A }, read: { own: A, other: A }, 'agency.write': { own: A, other: D }, 'agency.approve': { own: D, other: D },
    'progress.write': { own: A, other: D }, 'evaluation.write': { own: D, other: D }, 'evaluation.respond': { own: D, other: D },
    inbox: { own: A, other: D }, admin: { own: D, other: D }, 'integration.subscribe': { own: D, other: D },
  },
  agency_approver: {
    public: { own: A, other: A }, read: { own: A, other: A }, 'agency.write': { own: A, other: D }, 'agency.approve': { own: A, other: D },
    'progress.write': { own: A, other: D }, 'evaluation.write': { own: D, other: D }, 'evaluation.respond': { own: A, other: D },
    inbox: { own: A, other: D }, admin: { own: D, other: D }, 'integration.subscribe': { own: D, other: D },
  },
  viewer: {
    public: { own: A, other: A }, read: { own: A, other: A }, 'agency.write': { own: D, other: D }, 'agency.approve': { own: D, other: D },
    'progress.write': { own: D, other: D }, 'evaluation.write': { own: D, other: D }, 'evaluation.respond': { own: D, other: D },
    inbox: { own: A, other: D }, admin: { own: D, other: D }, 'integration.subscribe': { own: D, other: D },
  },
  integration: {
    public: { own: A, other: A }, read: { own: A, other: A }, 'agency.write': { own: D, other: D }, 'agency.approve': { own: D, other: D },
    'progress.write': { own: A, other: D }, 'evaluation.write': { own: D, other: D }, 'evaluation.respond': { own: D, other: D },
    inbox: { own: D, other: D }, admin: { own: D, other: D }, 'integration.subscribe': { own: A, other: A },
  },
};

const ownAgency = '0411';
const otherAgency = '5047';

function principal(role: Role, agency: string | null = ownAgency): Principal {
  return { kind: 'user', id: `user:${role}`, name: null, roles: [role], agency };
}

/** Builds a target that counts as "own" or "other" for the permission. */
function targetOf(permission: Permission, whose: 'own' | 'other', role: Role) {
  if (permission === 'inbox') {
    return { recipient: whose === 'own' ? `user:${role}` : `agency:${otherAgency}` };
  }

  return { agency: whose === 'own' ? ownAgency : otherAgency };
}

describe('decideAccess', () => {
  const cells = ROLES.flatMap((role) => PERMISSIONS.flatMap((permission) => (['own', 'other'] as const).map((whose) => [role, permission, whose] as const)));

  it('has an expectation for every role and permission', () => {
    expect(Object.keys(expected).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) {
      expect(Object.keys(expected[role]).sort()).toEqual([...PERMISSIONS].sort());
    }
  });

  it.each(cells)('%s × %s on %s target', (role, permission, whose) => {
    const decision = decideAccess(principal(role), permission, targetOf(permission, whose, role));

    expect(decision.allowed ? A : D).toBe(expected[role][permission][whose]);
    if (!decision.allowed) {
      expect(decision.status).toBe(403);
    }
  });

  it.each(PERMISSIONS.filter((permission) => permission !== 'public'))('asks an anonymous caller to sign in for %s', (permission) => {
    expect(decideAccess(anonymousPrincipal, permission, { agency: ownAgency })).toEqual({ allowed: false, status: 401, reason: 'SIGN_IN' });
  });

  it('lets anonymous callers use public routes only', () => {
    expect(decideAccess(anonymousPrincipal, 'public')).toEqual({ allowed: true });
  });

  it('lets only city-wide clients write progress without agency', () => {
    expect(decideAccess(principal('integration', null), 'progress.write', { agency: otherAgency }).allowed).toBe(true);
    expect(decideAccess(principal('agency_reporter', null), 'progress.write', { agency: ownAgency })).toMatchObject({ allowed: false, reason: 'AGENCY' });
  });

  it('denies null target agency, defers absent one', () => {
    expect(decideAccess(principal('agency_reporter'), 'agency.write', { agency: null })).toMatchObject({ allowed: false, reason: 'AGENCY_MISSING' });
    expect(decideAccess(principal('agency_reporter'), 'agency.write', {}).allowed).toBe(true);
  });

  it('grants the union of several roles', () => {
    const both: Principal = { ...principal('viewer'), roles: ['viewer', 'evaluator'] };

    expect(decideAccess(both, 'evaluation.write').allowed).toBe(true);
    expect(decideAccess(both, 'agency.write', { agency: ownAgency }).allowed).toBe(false);
  });
});

describe('inboxesOf', () => {
  it('lists shared inboxes by role', () => {
    expect(inboxesOf({ ...principal('agency_approver'), roles: ['agency_approver', 'evaluator'] })).toEqual(
      expect.arrayContaining(['user:agency_approver', 'agency:0411', 'agency-head:0411', 'evaluators']),
    );
    expect(inboxesOf(principal('agency_reporter'))).not.toContain('agency-head:0411');
  });
});
