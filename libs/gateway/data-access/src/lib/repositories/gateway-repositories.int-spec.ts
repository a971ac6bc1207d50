import { openTestGatewayDatabase, testBackends, type TestGatewayDatabase } from '../../testing/test-database';
import { ApiClientRepository } from './api-client.repository';
import { AuditRepository, type AuditEntryInput } from './audit.repository';
import { IdempotencyRepository, type IdempotencyRequest } from './idempotency.repository';

const now = new Date('2026-12-05T03:00:00Z');

function auditEntry(overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    actorKind: 'user',
    actorId: 'user:somchai',
    roles: ['agency_reporter'],
    actorAgency: '0411',
    method: 'POST',
    route: '/api/v1/indicators/:id/progress',
    url: '/api/v1/indicators/1/progress',
    permission: 'progress.write',
    targetAgency: '0411',
    status: 201,
    outcome: 'succeeded',
    correlationId: 'c-1',
    request: { text: 'ดำเนินการแล้ว' },
    durationMs: 12,
    ...overrides,
  };
}

describe.each(testBackends)('gateway repositories on %s', (backend) => {
  let db: TestGatewayDatabase;

  beforeAll(async () => {
    db = await openTestGatewayDatabase(backend);
  }, 120_000);

  afterAll(async () => {
    await db?.dispose();
  });

  describe('API clients', () => {
    const clients = () => new ApiClientRepository(db.db.prisma);
    const input = { name: 'BMA Digital Plans', scopes: ['integration'], agencyCode: null, expiresAt: null, createdBy: 'user:admin' };

    it('finds a client by the hash of its key until it is revoked', async () => {
      const created = await clients().create({ ...input, keyPrefix: 'bmak_aaaa1111', keyHash: 'a'.repeat(64) });

      expect(await clients().findUsable('a'.repeat(64), now)).toMatchObject({ id: created.id, scopes: ['integration'] });
      const revoked = await clients().revoke(created.id, 'user:admin', now);
      const again = await clients().revoke(created.id, 'user:other', new Date(now.getTime() + 1000));

      expect(revoked?.revokedAt).toBe(now.toISOString());
      expect(again).toMatchObject({ revokedAt: now.toISOString(), revokedBy: 'user:admin' });
      expect(await clients().findUsable('a'.repeat(64), now)).toBeNull();
    });

    it('rejects an expired key and an unknown hash', async () => {
      await clients().create({ ...input, keyPrefix: 'bmak_bbbb2222', keyHash: 'b'.repeat(64), expiresAt: now });

      expect(await clients().findUsable('b'.repeat(64), now)).toBeNull();
      expect(await clients().findUsable('b'.repeat(64), new Date(now.getTime() - 1))).not.toBeNull();
      expect(await clients().findUsable('c'.repeat(64), now)).toBeNull();
    });

    it('filters revoked clients and throttles lastUsedAt', async () => {
      const created = await clients().create({ ...input, keyPrefix: 'bmak_dddd4444', keyHash: 'd'.repeat(64) });

      await clients().touch(created.id, now);
      await clients().touch(created.id, new Date(now.getTime() + 30_000));
      expect((await clients().get(created.id))?.lastUsedAt).toBe(now.toISOString());
      const active = await clients().list(false, { page: 1, pageSize: 50 });
      const all = await clients().list(true, { page: 1, pageSize: 50 });

      expect(active.items.every((client) => client.revokedAt === null)).toBe(true);
      expect(all.total).toBeGreaterThan(active.total);
    });
  });

  describe('audit log', () => {
    it('appends and filters entries newest first', async () => {
      const audit = new AuditRepository(db.db.prisma);

      await audit.append(auditEntry({ correlationId: 'c-first' }));
      await audit.append(auditEntry({ correlationId: 'c-second', outcome: 'denied', status: 403, request: null }));
      const denied = await audit.list({ outcome: 'denied' }, { page: 1, pageSize: 10 });
      const all = await audit.list({ actorId: 'user:somchai' }, { page: 1, pageSize: 10 });

      expect(denied.items).toEqual([expect.objectContaining({ correlationId: 'c-second', status: 403, request: null })]);
      expect(all.items.map((entry) => entry.correlationId)).toEqual(['c-second', 'c-first']);
      expect(all.items[1]?.request).toEqual({ text: 'ดำเนินการแล้ว' });
    });

    it('rejects update, delete and truncate', async () => {
      await new AuditRepository(db.db.prisma).append(auditEntry({ correlationId: 'c-kept' }));

      await expect(db.db.prisma.auditEntry.updateMany({ data: { status: 200 } })).rejects.toThrow(/append-only/);
      await expect(db.db.prisma.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
      await expect(db.db.prisma.$executeRawUnsafe('TRUNCATE audit_entry')).rejects.toThrow(/append-only/);
      const kept = await new AuditRepository(db.db.prisma).list({ correlationId: 'c-kept' }, { page: 1, pageSize: 5 });

      expect(kept.total).toBe(1);
    });
  });

  describe('idempotency keys', () => {
    const keys = () => new IdempotencyRepository(db.db.prisma);
    const request = (key: string, requestHash = 'h1'): IdempotencyRequest => ({
      owner: 'client:dp',
      key,
      method: 'POST',
      route: '/api/integration/v1/progress',
      requestHash,
    });

    it('runs, replays or rejects a reused key', async () => {
      const first = await keys().begin(request('k-1'), now, 60_000);

      expect(first.kind).toBe('run');
      expect(await keys().begin(request('k-1'), now, 60_000)).toEqual({ kind: 'running' });
      await keys().complete((first as { id: string }).id, 201, { id: 'p-1' }, now);
      expect(await keys().begin(request('k-1'), now, 60_000)).toEqual({ kind: 'replay', status: 201, response: { id: 'p-1' } });
      expect(await keys().begin(request('k-1', 'h2'), now, 60_000)).toEqual({ kind: 'conflict' });
      expect((await keys().begin({ ...request('k-1'), owner: 'client:other' }, now, 60_000)).kind).toBe('run');
    });

    it('takes over a stale claim and frees a released one', async () => {
      const first = await keys().begin(request('k-2'), now, 60_000);
      const later = new Date(now.getTime() + 61_000);

      expect((await keys().begin(request('k-2'), later, 60_000)).kind).toBe('run');
      await keys().release((first as { id: string }).id);
      expect((await keys().begin(request('k-2'), later, 60_000)).kind).toBe('run');
    });

    it('purges keys claimed before a date', async () => {
      await keys().begin(request('k-3'), now, 60_000);

      expect(await keys().purgeBefore(new Date(Date.now() + 60_000))).toBeGreaterThan(0);
      expect((await keys().begin(request('k-3'), now, 60_000)).kind).toBe('run');
    });
  });
});
