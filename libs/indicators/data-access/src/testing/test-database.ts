import { createTestSchema } from '@bma-kpi/database';
import { IndicatorsDatabase, type IndicatorsDatabaseOptions } from '../lib/indicators-database';

/** Database kinds that integration tests run against. */
export const testBackends = ['postgres', 'pglite'] as const;

export type TestBackend = (typeof testBackends)[number];

/** An indicators database for one test file, and the way to remove it. */
export interface TestIndicatorsDatabase {
  db: IndicatorsDatabase;
  /** Database URL, to open the same database again (PostgreSQL only; PGlite in memory is private). */
  url: string;
  /** Closes the database and drops its PostgreSQL schema. */
  dispose(): Promise<void>;
}

/**
 * Opens a migrated and seeded indicators database: a fresh `test_<random>` schema on the test
 * PostgreSQL server (TEST_DATABASE_URL) or an in-memory PGlite database.
 */
export async function openTestIndicatorsDatabase(
  backend: TestBackend,
  options: IndicatorsDatabaseOptions = {},
): Promise<TestIndicatorsDatabase> {
  if (backend === 'pglite') {
    const db = await IndicatorsDatabase.open('pglite:memory', options);

    return { db, url: 'pglite:memory', dispose: () => db.close() };
  }
  const schema = await createTestSchema();

  try {
    const db = await IndicatorsDatabase.open(schema.url, options);

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
