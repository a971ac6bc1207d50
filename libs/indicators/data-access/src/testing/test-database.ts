import { openTestServiceDatabase, type TestBackend, type TestServiceDatabase } from '@bma-kpi/database';

import { IndicatorsDatabase, type IndicatorsDatabaseOptions } from '../lib/indicators-database';

export { testBackends, type TestBackend } from '@bma-kpi/database';

/** A indicators database for one test file, and the way to remove it. */
export type TestIndicatorsDatabase = TestServiceDatabase<IndicatorsDatabase>;

/** Opens a seeded, migrated indicators database on PostgreSQL (own schema) or on PGlite in memory. */
export function openTestIndicatorsDatabase(
  backend: TestBackend,
  options: IndicatorsDatabaseOptions = {},
): Promise<TestIndicatorsDatabase> {
  return openTestServiceDatabase(backend, (url) => IndicatorsDatabase.open(url, options));
}
