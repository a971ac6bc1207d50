import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from './database.types';
import { applyMigrations, MigrationError } from './migrations';
import { openDatabase } from './open-database';
import { createTestSchema, type TestSchema } from './test-schema';

const firstMigration = `
CREATE TABLE "Item" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL);
INSERT INTO "Item" ("id", "name") VALUES (1, 'seeded once');
`;
const secondMigration = `ALTER TABLE "Item" ADD COLUMN "note" TEXT;`;

describe.each(['postgres', 'pglite'] as const)('applyMigrations on %s', (kind) => {
  const schemas: TestSchema[] = [];
  const openDatabases: Database[] = [];
  let migrationsDir: string;

  async function freshUrl(): Promise<string> {
    if (kind === 'pglite') {
      return 'pglite:memory';
    }
    const schema = await createTestSchema();

    schemas.push(schema);

    return schema.url;
  }

  async function open(url: string): Promise<Database> {
    const db = await openDatabase(url, { schema: 'unused_default' });

    openDatabases.push(db);

    return db;
  }

  function writeMigration(folder: string, sql: string): void {
    fs.mkdirSync(path.join(migrationsDir, folder), { recursive: true });
    fs.writeFileSync(path.join(migrationsDir, folder, 'migration.sql'), sql);
  }

  beforeEach(() => {
    migrationsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    writeMigration('20260101000000_init', firstMigration);
    writeMigration('20260102000000_add_note', secondMigration);
  });

  afterEach(async () => {
    await Promise.all(openDatabases.splice(0).map((db) => db.close()));
    fs.rmSync(migrationsDir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await Promise.all(schemas.map((schema) => schema.drop()));
  });

  it('applies pending migrations in order', async () => {
    const db = await open(await freshUrl());

    const result = await applyMigrations(db, migrationsDir);

    expect(result).toEqual({ applied: ['20260101000000_init', '20260102000000_add_note'], alreadyApplied: [] });
    const history = await db.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM "${db.schema}"."_migrations" ORDER BY name`,
    );

    expect(history.map((row) => row.name)).toEqual(['20260101000000_init', '20260102000000_add_note']);
    expect(history[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'Item' ORDER BY ordinal_position`,
      [db.schema],
    );

    expect(columns.map((column) => column.column_name)).toEqual(['id', 'name', 'note']);
  });

  it('does nothing when run twice', async () => {
    const db = await open(await freshUrl());

    await applyMigrations(db, migrationsDir);
    const second = await applyMigrations(db, migrationsDir);

    expect(second).toEqual({ applied: [], alreadyApplied: ['20260101000000_init', '20260102000000_add_note'] });
    expect(await db.query(`SELECT * FROM "Item"`)).toHaveLength(1);
  });

  it('applies only a new migration', async () => {
    const db = await open(await freshUrl());

    await applyMigrations(db, migrationsDir);
    writeMigration('20260103000000_add_index', `CREATE INDEX "Item_name_idx" ON "Item" ("name");`);

    const result = await applyMigrations(db, migrationsDir);

    expect(result.applied).toEqual(['20260103000000_add_index']);
    expect(result.alreadyApplied).toHaveLength(2);
  });

  it('rejects a changed applied migration', async () => {
    const db = await open(await freshUrl());

    await applyMigrations(db, migrationsDir);
    writeMigration('20260102000000_add_note', `ALTER TABLE "Item" ADD COLUMN "note" VARCHAR(10);`);
    writeMigration('20260103000000_later', `CREATE TABLE "Later" ("id" INTEGER);`);

    const attempt = applyMigrations(db, migrationsDir);

    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(applyMigrations(db, migrationsDir)).rejects.toThrow(
      'Migration "20260102000000_add_note" was changed after it was applied',
    );
    const later = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'Later'`, [
      db.schema,
    ]);

    expect(later).toHaveLength(0);
  });

  it('rolls back a failing migration', async () => {
    const db = await open(await freshUrl());

    writeMigration('20260103000000_broken', `CREATE TABLE "Half" ("id" INTEGER); SELECT * FROM "Missing";`);

    const failure = await applyMigrations(db, migrationsDir).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migration).toBe('20260103000000_broken');
    const history = await db.query<{ name: string }>(`SELECT name FROM "${db.schema}"."_migrations" ORDER BY name`);

    expect(history.map((row) => row.name)).toEqual(['20260101000000_init', '20260102000000_add_note']);
    const half = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'Half'`, [
      db.schema,
    ]);

    expect(half).toHaveLength(0);
  });

  it('applies once when two callers race', async () => {
    const url = await freshUrl();
    const first = await open(url);
    // PGlite in memory is one private database per instance, so both callers share it there.
    const second = kind === 'postgres' ? await open(url) : first;

    const results = await Promise.all([applyMigrations(first, migrationsDir), applyMigrations(second, migrationsDir)]);

    const appliedNames = results.flatMap((result) => result.applied).sort();

    expect(appliedNames).toEqual(['20260101000000_init', '20260102000000_add_note']);
    expect(await first.query(`SELECT * FROM "Item"`)).toHaveLength(1);
    expect(await first.query(`SELECT * FROM "${first.schema}"."_migrations"`)).toHaveLength(2);
  });
});
