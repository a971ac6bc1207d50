import { openTestServiceDatabase, type TestBackend, type TestServiceDatabase } from '@bma-kpi/database';

import { CatalogDatabase, type CatalogDatabaseOptions } from '../lib/catalog-database';

export { testBackends, type TestBackend } from '@bma-kpi/database';

/** A catalog database for one test file, and the way to remove it. */
export type TestCatalogDatabase = TestServiceDatabase<CatalogDatabase>;

/** Opens an empty, migrated catalog database on PostgreSQL (own schema) or on PGlite in memory. */
export function openTestCatalogDatabase(
  backend: TestBackend,
  options: CatalogDatabaseOptions = {},
): Promise<TestCatalogDatabase> {
  return openTestServiceDatabase(backend, (url) => CatalogDatabase.open(url, options));
}
