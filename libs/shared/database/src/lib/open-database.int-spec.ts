import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from './open-database';
import { createTestSchema, testDatabaseUrl, type TestSchema } from './test-schema';

describe('openDatabase on postgres', () => {
  let testSchema: TestSchema;

  beforeAll(async () => {
    testSchema = await createTestSchema();
  });

  afterAll(async () => {
    await testSchema.drop();
  });

  it('puts unqualified tables in the schema', async () => {
    const db = await openDatabase(testSchema.url, { schema: 'ignored' });

    try {
      await db.exec(`CREATE TABLE "Probe" ("id" INTEGER)`);
      // Other test runs may share the server, so only this run's schema and public are looked at.
      const rows = await db.query<{ table_schema: string }>(
        `SELECT table_schema FROM information_schema.tables WHERE table_name = 'Probe' AND table_schema IN ($1, 'public')`,
        [testSchema.schema],
      );

      expect(db.kind).toBe('postgres');
      expect(db.schema).toBe(testSchema.schema);
      expect(rows.map((row) => row.table_schema)).toEqual([testSchema.schema]);
    } finally {
      await db.close();
    }
  });

  it('creates a missing schema', async () => {
    const url = new URL(testDatabaseUrl());
    const schema = `${testSchema.schema}_new`;

    url.searchParams.set('schema', schema);
    const db = await openDatabase(url.toString(), { schema: 'ignored' });
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });

    await admin.connect();
    try {
      const found = await admin.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);

      expect(found.rowCount).toBe(1);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
      await db.close();
    }
  });

  it('rolls back a failed transaction', async () => {
    const db = await openDatabase(testSchema.url, { schema: 'ignored' });

    try {
      await db.exec(`CREATE TABLE "Counter" ("n" INTEGER)`);
      const failed = db.transaction(async (tx) => {
        await tx.query(`INSERT INTO "Counter" VALUES ($1)`, [1]);
        throw new Error('abort on purpose');
      });

      await expect(failed).rejects.toThrow('abort on purpose');
      await db.transaction((tx) => tx.query(`INSERT INTO "Counter" VALUES ($1)`, [2]));
      expect(await db.query(`SELECT n FROM "Counter"`)).toEqual([{ n: 2 }]);
    } finally {
      await db.close();
    }
  });

  it('opens at most connection_limit connections', async () => {
    const applicationName = `pool_${testSchema.schema}`;
    const url = new URL(testSchema.url);

    url.searchParams.set('connection_limit', '2');
    url.searchParams.set('application_name', applicationName);
    const db = await openDatabase(url.toString(), { schema: 'ignored' });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const holders: Promise<void>[] = [];
    let entered = 0;
    const bothEntered = new Promise<void>((resolve) => {
      const hold = () =>
        db.transaction(async (tx) => {
          await tx.query('SELECT 1');
          entered += 1;
          if (entered === 2) {
            resolve();
          }
          await released;
        });

      holders.push(hold(), hold());
    });

    try {
      await bothEntered;
      // With a third connection allowed, this query would run on it at once and count 3 sessions
      // (two idle after the release). With the limit it waits for a held connection and counts 2.
      const counted = db.query<{ sessions: string }>(
        'SELECT count(*)::text AS sessions FROM pg_stat_activity WHERE application_name = $1',
        [applicationName],
      );

      release();
      await Promise.all(holders);
      expect((await counted)[0]?.sessions).toBe('2');
    } finally {
      release();
      await db.close();
    }
  });
});

describe('openDatabase on pglite', () => {
  it('keeps tables in the schema in memory', async () => {
    const db = await openDatabase('pglite:memory', { schema: 'indicators' });

    try {
      await db.exec(`CREATE TABLE "Probe" ("id" INTEGER)`);
      const rows = await db.query<{ table_schema: string }>(
        `SELECT table_schema FROM information_schema.tables WHERE table_name = 'Probe'`,
      );

      expect(db.kind).toBe('pglite');
      expect(rows.map((row) => row.table_schema)).toEqual(['indicators']);
    } finally {
      await db.close();
    }
  });

  it('rolls back a failed transaction', async () => {
    const db = await openDatabase('pglite:memory', { schema: 'indicators' });

    try {
      await db.exec(`CREATE TABLE "Counter" ("n" INTEGER)`);
      const failed = db.transaction(async (tx) => {
        await tx.query(`INSERT INTO "Counter" VALUES ($1)`, [1]);
        throw new Error('abort on purpose');
      });

      await expect(failed).rejects.toThrow('abort on purpose');
      expect(await db.query(`SELECT n FROM "Counter"`)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('persists a folder across opens', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-'));
    const url = 'pglite:data/indicators';

    try {
      const first = await openDatabase(url, { schema: 'indicators', cwd: parent });

      await first.exec(`CREATE TABLE "Kept" ("id" INTEGER); INSERT INTO "Kept" VALUES (7);`);
      await first.close();
      const second = await openDatabase(url, { schema: 'indicators', cwd: parent });

      try {
        expect(fs.existsSync(path.join(parent, 'data', 'indicators'))).toBe(true);
        expect(await second.query(`SELECT id FROM "Kept"`)).toEqual([{ id: 7 }]);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
