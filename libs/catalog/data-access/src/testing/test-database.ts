import { createTestSchema } from '@bma-kpi/database';
import { CatalogDatabase, type CatalogDatabaseOptions } from '../lib/catalog-database';

/** Database kinds that integration tests run against. */
export const testBackends = ['postgres', 'pglite'] as const;

export type TestBackend = (typeof testBackends)[number];

/** A catalog database for one test file, and the way to remove it. */
export interface TestCatalogDatabase {
  db: CatalogDatabase;
  /** Database URL, to open the same database again (PostgreSQL only; PGlite in memory is private). */
  url: string;
  /** Closes the database and drops its PostgreSQL schema. */
  dispose(): Promise<void>;
}

/**
 * Opens a migrated, empty catalog database: a fresh `test_<random>` schema on the test
 * PostgreSQL server (TEST_DATABASE_URL) or an in-memory PGlite database.
 */
export async function openTestCatalogDatabase(
  backend: TestBackend,
  options: CatalogDatabaseOptions = {},
): Promise<TestCatalogDatabase> {
  if (backend === 'pglite') {
    const db = await CatalogDatabase.open('pglite:memory', options);

    return { db, url: 'pglite:memory', dispose: () => db.close() };
  }
  const schema = await createTestSchema();

  try {
    const db = await CatalogDatabase.open(schema.url, options);

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
