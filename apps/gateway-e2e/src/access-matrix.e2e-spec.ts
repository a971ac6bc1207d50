import { randomUUID } from 'node:crypto';

import { authHeader, tokenFor } from './support/auth';
import { http } from './support/sample-scenario';
import { freePort, startApp, waitFor, type RunningApp } from './support/processes';

jest.setTimeout(300_000);

// The expected policy is written out here rather than imported, so that an unintended change to the
// gateway's policy fails this test. It lists the permissions of each role and the permissions that are
// limited to the caller's own agency.
const holds: Record<string, string[]> = {
  admin: ['public', 'read', 'agency.write', 'agency.approve', 'progress.write', 'evaluation.write', 'evaluation.respond', 'inbox', 'integration.subscribe', 'admin'],
  evaluator: ['public', 'read', 'evaluation.write', 'inbox'],
  agency_reporter: ['public', 'read', 'agency.write', 'progress.write', 'inbox'],
  agency_approver: ['public', 'read', 'agency.write', 'agency.approve', 'progress.write', 'evaluation.respond', 'inbox'],
  viewer: ['public', 'read', 'inbox'],
  integration: ['public', 'read', 'progress.write', 'integration.subscribe'],
};
const agencyScoped = new Set(['agency.write', 'agency.approve', 'progress.write', 'evaluation.respond']);
const writeMethods = new Set(['post', 'put', 'patch', 'delete']);
const owner = '0411';
const otherAgency = '5047';

interface Caller {
  name: string;
  roles: string[];
  agency: string | null;
  headers: () => Promise<Record<string, string>>;
}

function jwtCaller(name: string, roles: string[], agency: string | null): Caller {
  return { name, roles, agency, headers: () => authHeader({ sub: name, roles, ...(agency ? { agency } : {}) }) };
}

/** Tells whether the expected policy lets a caller use a route requiring any of `permissions` on `target`'s data. */
function expectedAllowed(caller: Caller, permissions: string[], target = owner): boolean {
  return permissions.some((permission) => {
    if (permission === 'public') {
      return true;
    }
    if (caller.roles.includes('admin')) {
      return true;
    }
    if (!caller.roles.some((role) => holds[role]?.includes(permission))) {
      return false;
    }
    if (permission === 'inbox') {
      return caller.agency === owner;
    }
    if (!agencyScoped.has(permission)) {
      return true;
    }

    return caller.agency === null ? caller.roles.includes('integration') : caller.agency === target;
  });
}

interface Operation {
  method: string;
  path: string;
  permissions: string[] | undefined;
}

describe('access matrix through the gateway (embedded mode)', () => {
  let app: RunningApp;
  let baseUrl = '';
  const fixtures = { indicator: '', dataset: '', internalDataset: '', artefact: '', assessment: '' };
  let operations: Operation[] = [];
  const callers: Caller[] = [
    { name: 'anonymous', roles: [], agency: null, headers: () => Promise.resolve({ authorization: '' }) },
    jwtCaller('admin', ['admin'], null),
    jwtCaller('evaluator', ['evaluator'], null),
    jwtCaller('reporter-own', ['agency_reporter'], owner),
    jwtCaller('reporter-other', ['agency_reporter'], otherAgency),
    jwtCaller('approver-own', ['agency_approver'], owner),
    jwtCaller('approver-other', ['agency_approver'], otherAgency),
    jwtCaller('viewer', ['viewer'], owner),
    jwtCaller('integration-citywide', ['integration'], null),
  ];

  const post = (path: string, body: unknown) => http(baseUrl, 'POST', path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  beforeAll(async () => {
    const port = await freePort();

    baseUrl = `http://127.0.0.1:${port}`;
    app = startApp('apps/embedded/src/main.ts', { PORT: String(port), DATA_DIR: 'memory', RATE_LIMIT_PER_IP_PER_MINUTE: '0', RATE_LIMIT_PER_CLIENT_PER_MINUTE: '0' });
    await waitFor(`${baseUrl}/api/health`, 200, [app]);
    fixtures.indicator = (await post('/api/v1/indicators', { fiscalYear: 2567, title: 'ตัวชี้วัดทดสอบสิทธิ์', agencyCode: owner, target: 100 })).body.id;
    fixtures.dataset = (await post('/api/v1/catalog/datasets', dataset('ข้อมูลสาธารณะ', 'เปิดเผย', 'จำนวนผู้ใช้บริการ'))).body.id;
    fixtures.internalDataset = (await post('/api/v1/catalog/datasets', dataset('ข้อมูลใช้ภายใน', 'ชั้นเผยแพร่ภายในองค์กร', 'งบประมาณภายใน'))).body.id;
    fixtures.artefact = (await post('/api/v1/catalog/artefacts', { agencyCode: owner, fiscalYear: 2567, kind: 'appointmentOrder', title: 'คำสั่งแต่งตั้ง' })).body.id;
    await post('/api/v1/governance/questionnaires/defaults', { kind: 'readiness' });
    fixtures.assessment = (await post('/api/v1/governance/assessments', { kind: 'readiness', fiscalYear: 2568, agencyCode: owner })).body.id;
    const key = await post('/api/v1/admin/api-clients', { name: 'BMA Digital Plans', scopes: ['integration'], agency: owner });

    // The blank Authorization keeps the test helper from adding the admin token beside the key.
    callers.push({ name: 'integration-key-own', roles: ['integration'], agency: owner, headers: () => Promise.resolve({ authorization: '', 'x-api-key': key.body.key }) });
    const document = (await http(baseUrl, 'GET', '/api/openapi.json')).body;

    operations = Object.entries(document.paths as Record<string, Record<string, { 'x-bma-permission'?: string[] }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ method, path, permissions: operation['x-bma-permission'] })),
    );
  });

  afterAll(async () => {
    await app?.stop();
  });

  function dataset(category: string, classification: string, title: string) {
    return {
      data_type: 'ข้อมูลสถิติ', title, owner_org: owner, maintainer: 'กลุ่มงานสถิติ', maintainer_email: 'stat@bangkok.go.th',
      tag_string: 'สถิติ', notes: 'ชุดข้อมูลทดสอบสิทธิ์', objective: ['พันธกิจหน่วยงาน'], update_frequency_unit: 'เดือน', geo_coverage: 'จังหวัด',
      data_source: 'สำนักอนามัย', data_format: ['CSV'], data_category: category, data_classification: classification, license_id: 'Open Data Common',
    };
  }

  /** Fills a path template with fixture ids. The path segment before `{id}` selects the fixture. */
  function concrete(path: string): string {
    return path.replace(/\/([^/]+)\/\{([^}]+)\}/gu, (_match, segment: string, name: string) => {
      const byEntity: Record<string, string> = { indicators: fixtures.indicator, datasets: fixtures.dataset, artefacts: fixtures.artefact, assessments: fixtures.assessment };
      const byName: Record<string, string> = { indicatorId: fixtures.indicator, idOrSlug: fixtures.dataset, fiscalYear: '2567', quarter: '1', year: '2026', recipientId: 'user:nobody' };
      const value = name === 'id' ? (byEntity[segment] ?? randomUUID()) : (byName[name] ?? randomUUID());

      return `/${segment}/${value}`;
    });
  }

  async function send(operation: Operation, caller: Caller, body: Record<string, unknown>, extraQuery = '') {
    const query = `?agency=${owner}&recipientId=agency:${owner}${extraQuery}`;
    const hasBody = writeMethods.has(operation.method);

    return http(baseUrl, operation.method.toUpperCase(), `${concrete(operation.path)}${query}`, {
      ...(hasBody ? { body: JSON.stringify(body) } : {}),
      headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...(await caller.headers()) },
    });
  }

  /**
   * Lists the permission variants of a route to test. A route whose permission depends on the request
   * gets one variant per choice.
   */
  function variantsOf(
    operation: Operation,
    body: Record<string, unknown>,
  ): { permissions: string[]; body: Record<string, unknown>; query: string; target?: string }[] {
    // A district report belongs to the district office: geocode 1047 is Bang Na, BMA code 5047.
    if (operation.path.endsWith('/district-catalog/submissions') && operation.method === 'post') {
      return [{ permissions: ['agency.write'], body: { ...body, district: '1047' }, query: '', target: otherAgency }];
    }
    if (operation.path.endsWith('/transitions')) {
      return [
        { permissions: ['evaluation.write'], body: { ...body, action: 'score' }, query: '' },
        { permissions: ['evaluation.respond'], body: { ...body, action: 'submit' }, query: '' },
      ];
    }
    // The pushed note names its indicator in the body, so the owner agency comes from there.
    if (operation.path === '/api/integration/v1/progress' && operation.method === 'post') {
      return [{ permissions: ['progress.write'], body: { ...body, indicatorId: fixtures.indicator }, query: '' }];
    }
    if (operation.path.endsWith('/catalog.jsonld')) {
      return [
        { permissions: ['read'], body, query: '' },
        { permissions: ['public'], body, query: '&publicOnly=true' },
      ];
    }

    return [{ permissions: operation.permissions ?? ['admin'], body, query: '' }];
  }

  it('declares permissions and keeps writes non-public', () => {
    const undeclared = operations.filter((operation) => operation.permissions === undefined || operation.permissions.length === 0);
    const openWrites = operations.filter(
      (operation) => writeMethods.has(operation.method) && operation.permissions?.some((permission) => permission === 'public' || permission === 'read'),
    );

    expect(operations.length).toBeGreaterThan(80);
    expect(undeclared.map((operation) => `${operation.method} ${operation.path}`)).toEqual([]);
    expect(openWrites.map((operation) => `${operation.method} ${operation.path}`)).toEqual([]);
  });

  it('enforces policy per role, agency and route', async () => {
    const holes: string[] = [];
    const body = { agencyCode: owner, owner_org: owner, recipientId: `agency:${owner}` };

    for (const operation of operations) {
      const variants = variantsOf(operation, body);

      for (const variant of variants) {
        for (const caller of callers) {
          const response = await send(operation, caller, variant.body, variant.query);
          const refused = response.status === 401 || response.status === 403;
          const allowed = expectedAllowed(caller, variant.permissions, variant.target);

          if (refused === allowed || response.status >= 500) {
            holes.push(`${caller.name} ${operation.method.toUpperCase()} ${operation.path} (${variant.permissions.join('|')}) → ${response.status}`);
          }
        }
      }
    }

    expect(holes).toEqual([]);
  });

  it('shows callers without credentials only public datasets', async () => {
    const anonymous = { authorization: '' };
    const list = await http(baseUrl, 'GET', '/api/v1/catalog/public/datasets', { headers: anonymous });
    const internal = await http(baseUrl, 'GET', `/api/v1/catalog/public/datasets/${fixtures.internalDataset}`, { headers: anonymous });
    const dcat = await http(baseUrl, 'GET', '/api/v1/catalog/catalog.jsonld?publicOnly=true', { headers: anonymous });
    const whole = await http(baseUrl, 'GET', '/api/v1/catalog/catalog.jsonld', { headers: anonymous });

    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([fixtures.dataset]);
    expect(internal.status).toBe(404);
    expect(JSON.stringify(dcat.body)).not.toContain('งบประมาณภายใน');
    expect(JSON.stringify(dcat.body)).toContain('จำนวนผู้ใช้บริการ');
    expect(whole.status).toBe(401);
    expect(whole.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('audits denied writes for admins only', async () => {
    const other = await authHeader({ sub: 'reporter-other', roles: ['agency_reporter'], agency: otherAgency });
    const refused = await http(baseUrl, 'POST', `/api/v1/indicators/${fixtures.indicator}/progress`, {
      body: JSON.stringify({ date: '2026-11-30', value: 10, text: 'ไม่ใช่หน่วยงานของฉัน' }),
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'audit-denied-0001', ...other },
    });
    const denied = await http(baseUrl, 'GET', '/api/v1/admin/audit?correlationId=audit-denied-0001');
    const asViewer = await http(baseUrl, 'GET', '/api/v1/admin/audit', { headers: await authHeader({ sub: 'viewer', roles: ['viewer'] }) });

    expect(refused.status).toBe(403);
    expect(refused.body.details).toEqual({ permission: 'progress.write', agency: owner });
    expect(denied.body.items).toEqual([
      expect.objectContaining({
        actorId: 'user:reporter-other',
        actorAgency: otherAgency,
        route: '/api/v1/indicators/:id/progress',
        permission: 'progress.write',
        targetAgency: owner,
        status: 403,
        outcome: 'denied',
        request: { body: { date: '2026-11-30', value: 10, text: 'ไม่ใช่หน่วยงานของฉัน' } },
      }),
    ]);
    expect(asViewer.status).toBe(403);
  });

  it('rejects revoked keys and forged tokens', async () => {
    const created = await post('/api/v1/admin/api-clients', { name: 'ระบบทดสอบ', scopes: ['viewer'] });
    const before = await http(baseUrl, 'GET', '/api/v1/me', { headers: { authorization: '', 'x-api-key': created.body.key } });
    const revoked = await post(`/api/v1/admin/api-clients/${created.body.id}/revoke`, {});
    const after = await http(baseUrl, 'GET', '/api/v1/me', { headers: { authorization: '', 'x-api-key': created.body.key, 'accept-language': 'en' } });
    const listed = await http(baseUrl, 'GET', '/api/v1/admin/api-clients?includeRevoked=true');
    const forged = `${(await tokenFor({ sub: 'x', roles: ['admin'] })).slice(0, -4)}AAAA`;
    const withForged = await http(baseUrl, 'GET', '/api/v1/me', { headers: { authorization: `Bearer ${forged}` } });

    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^bmak_/);
    expect(before.body).toMatchObject({ kind: 'client', id: `client:${created.body.id}`, roles: ['viewer'] });
    expect(revoked.body.revokedBy).toBe('user:e2e-admin');
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'The API key is unknown, revoked or expired.' });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    expect(withForged.status).toBe(401);
  });

  it('rejects a bad API client with the field named', async () => {
    const response = await http(baseUrl, 'POST', '/api/v1/admin/api-clients', {
      body: JSON.stringify({ name: 'x', scopes: ['superuser'], agency: 'สำนัก' }),
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['agency', 'name', 'scopes']);
  });
});
