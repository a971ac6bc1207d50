import { openTestServiceDatabase, type TestBackend, type TestServiceDatabase } from '@bma-kpi/database';

import { GatewayDatabase, type GatewayDatabaseOptions } from '../lib/gateway-database';

export { testBackends, type TestBackend } from '@bma-kpi/database';

/** A gateway database for one test file, and the way to remove it. */
export type TestGatewayDatabase = TestServiceDatabase<GatewayDatabase>;

/** Opens an empty, migrated gateway database on PostgreSQL (own schema) or on PGlite in memory. */
export function openTestGatewayDatabase(
  backend: TestBackend,
  options: GatewayDatabaseOptions = {},
): Promise<TestGatewayDatabase> {
  return openTestServiceDatabase(backend, (url) => GatewayDatabase.open(url, options));
}
