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
