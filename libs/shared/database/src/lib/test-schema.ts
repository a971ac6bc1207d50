import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { assertSchemaName, parseDatabaseUrl, quoteIdentifier } from './database-url';

/** PostgreSQL server and database that integration tests use when TEST_DATABASE_URL is unset. */
export const defaultTestDatabaseUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A throwaway schema on the test PostgreSQL server. */
export interface TestSchema {
  /** Schema name, `<prefix>_<12 hex digits>`. */
  schema: string;
  /** Database URL with `?schema=<schema>`, ready for openDatabase. */
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/** Returns TEST_DATABASE_URL, or the local default server when it is unset or empty. */
export function testDatabaseUrl(): string {
  const fromEnvironment = process.env['TEST_DATABASE_URL'];

  return fromEnvironment !== undefined && fromEnvironment !== '' ? fromEnvironment : defaultTestDatabaseUrl;
}

/**
 * Creates a uniquely named schema on the test PostgreSQL server, so that test runs sharing the
 * server never see each other's tables. Call drop() in afterAll.
 */
export async function createTestSchema(prefix = 'test'): Promise<TestSchema> {
  const schema = assertSchemaName(`${prefix}_${randomBytes(6).toString('hex')}`);
  const location = parseDatabaseUrl(testDatabaseUrl(), schema, process.cwd());

  if (location.kind !== 'postgres') {
    throw new Error(`TEST_DATABASE_URL must be a postgresql:// URL, not "${testDatabaseUrl()}".`);
  }
  await runAdminStatement(location.connectionString, `CREATE SCHEMA ${quoteIdentifier(schema)}`);
  const url = new URL(location.connectionString);

  url.searchParams.set('schema', schema);

  return {
    schema,
    url: url.toString(),
    drop: () => runAdminStatement(location.connectionString, `DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`),
  };
}

async function runAdminStatement(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });

  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Database kinds that integration tests run against. */
export const testBackends = ['postgres', 'pglite'] as const;

export type TestBackend = (typeof testBackends)[number];

/** A service's database for one test file, and the way to remove it. */
export interface TestServiceDatabase<D> {
  db: D;
  /** Database URL, to open the same database again (PostgreSQL only; PGlite in memory is private). */
  url: string;
  /** Closes the database and drops its PostgreSQL schema. */
  dispose(): Promise<void>;
}

/**
 * Opens a service's database for a test: a fresh `test_<random>` schema on the test PostgreSQL
 * server (TEST_DATABASE_URL), or an in-memory PGlite database. `open` migrates (and seeds) it.
 */
export async function openTestServiceDatabase<D extends { close(): Promise<void> }>(
  backend: TestBackend,
  open: (url: string) => Promise<D>,
): Promise<TestServiceDatabase<D>> {
  if (backend === 'pglite') {
    const db = await open('pglite:memory');

    return { db, url: 'pglite:memory', dispose: () => db.close() };
  }
  const schema = await createTestSchema();

  try {
    const db = await open(schema.url);

    return {
      db,
      url: schema.url,
      dispose: async () => {
        try {
          await db.close();
        } finally {
          await schema.drop();
        }
      },
    };
  } catch (error) {
    await schema.drop();
    throw error;
  }
}
