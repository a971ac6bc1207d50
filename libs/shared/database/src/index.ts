export type { Database, OpenDatabaseOptions, SqlExecutor } from './lib/database.types';
export {
  assertSchemaName,
  DatabaseUrlError,
  defaultPoolSize,
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
export {
  closeMigratedDatabase,
  openMigratedDatabase,
  type DisconnectableClient,
  type MigratedDatabase,
  type MigratedDatabaseOptions,
} from './lib/migrated-database';
export {
  createTestSchema,
  defaultTestDatabaseUrl,
  openTestServiceDatabase,
  testBackends,
  testDatabaseUrl,
  type TestBackend,
  type TestSchema,
  type TestServiceDatabase,
} from './lib/test-schema';
export {
  diffFields,
  insertOutboxEvents,
  isUniqueViolation,
  resolveEvents,
  writeChangeLog,
  writeChangeLogs,
  type AuditContext,
  type AuditTransaction,
  type ChangeEntry,
  type ChangeLogRowInput,
  type EventsSource,
  type OutboxRowInput,
} from './lib/repository/audit';
export {
  OutboxRepository,
  type OutboxClient,
  type OutboxRepositoryOptions,
  type OutboxRowUpdate,
} from './lib/repository/outbox.repository';
export { maxPageSize, toSkipTake, type Page, type PageRequest } from './lib/repository/paging';
export { InvalidInputError, RecordNotFoundError, VersionConflictError } from './lib/repository/repository-errors';
export { writeTransactionOptions } from './lib/repository/transaction-options';
export {
  canonicalJson,
  dateToIso,
  decimalToString,
  isoToDate,
  toDecimal,
  toJson,
  toNullableJson,
} from './lib/repository/values';
export {
  DeadLetterRepository,
  type DeadLetterClient,
  type DeadLetterInput,
  type DeadLetterRecord,
} from './lib/repository/dead-letter.repository';
export {
  InboxStore,
  type InboxOutcome,
  type InboxReader,
  type InboxTransaction,
  type Transact,
} from './lib/repository/inbox.store';
