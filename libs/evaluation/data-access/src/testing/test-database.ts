import { openTestServiceDatabase, type TestBackend, type TestServiceDatabase } from '@bma-kpi/database';

import { EvaluationDatabase, type EvaluationDatabaseOptions } from '../lib/evaluation-database';

export { testBackends, type TestBackend } from '@bma-kpi/database';

/** An evaluation database for one test file, and the way to remove it. */
export type TestEvaluationDatabase = TestServiceDatabase<EvaluationDatabase>;

/** Opens an empty, migrated evaluation database on PostgreSQL (own schema) or on PGlite in memory. */
export function openTestEvaluationDatabase(
  backend: TestBackend,
  options: EvaluationDatabaseOptions = {},
): Promise<TestEvaluationDatabase> {
  return openTestServiceDatabase(backend, (url) => EvaluationDatabase.open(url, options));
}
