export type { Database, OpenDatabaseOptions, SqlExecutor } from './lib/database.types';
export {
  assertSchemaName,
  DatabaseUrlError,
  parseDatabaseUrl,
  quoteIdentifier,
  redactPassword,
  type DatabaseLocation,
} from './lib/database-url';
export {
  applyMigrations,
  MigrationError,
  migrationChecksum,
  migrationLockKey,
  readMigrations,
  type MigrationFile,
  type MigrationResult,
} from './lib/migrations';
export { openDatabase } from './lib/open-database';
export { createTestSchema, defaultTestDatabaseUrl, testDatabaseUrl, type TestSchema } from './lib/test-schema';
