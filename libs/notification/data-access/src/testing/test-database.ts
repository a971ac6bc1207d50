import { openTestServiceDatabase, type TestBackend, type TestServiceDatabase } from '@bma-kpi/database';

import { NotificationDatabase, type NotificationDatabaseOptions } from '../lib/notification-database';

export { testBackends, type TestBackend } from '@bma-kpi/database';

/** A notification database for one test file, and the way to remove it. */
export type TestNotificationDatabase = TestServiceDatabase<NotificationDatabase>;

/** Opens an empty, migrated notification database on PostgreSQL (own schema) or on PGlite in memory. */
export function openTestNotificationDatabase(
  backend: TestBackend,
  options: NotificationDatabaseOptions = {},
): Promise<TestNotificationDatabase> {
  return openTestServiceDatabase(backend, (url) => NotificationDatabase.open(url, options));
}
