import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database, SqlExecutor } from './database.types';
import { quoteIdentifier } from './database-url';

/** A migration read from `<migrationsDir>/<timestamp>_<name>/migration.sql`. */
export interface MigrationFile {
  /** Folder name, e.g. `20261204120000_init`; folders are applied in the order of their names. */
  name: string;
  sql: string;
  /** SHA-256 (hex) of the SQL with line endings normalised to LF. */
  checksum: string;
}

/** Outcome of applyMigrations, migration names in the order they were considered. */
export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** Error for a migration that is missing, failed to apply, or changed after it was applied. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    message: string,
    readonly migration: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const migrationFolderPattern = /^\d{8,}_[A-Za-z0-9_-]+$/;

/**
 * Returns the SHA-256 of a migration script. CRLF is read as LF, so a checkout that converts line
 * endings does not look like an edited migration.
 */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/**
 * Returns the key of the PostgreSQL advisory lock that serialises migrations of one schema: the
 * first 8 bytes of a SHA-256 as a signed 64-bit integer, in decimal.
 */
export function migrationLockKey(schema: string): string {
  const digest = createHash('sha256').update(`bma-kpi:migrations:${schema}`, 'utf8').digest();

  return digest.readBigInt64BE(0).toString();
}

/** Reads the migration folders of `migrationsDir`, sorted by name; a missing folder means none. */
export function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!fs.existsSync(migrationsDir)) {
    return [];
  }
  const folders = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  return folders.map((folder) => {
    if (!migrationFolderPattern.test(folder)) {
      throw new MigrationError(
        `Invalid migration folder name "${folder}" in ${migrationsDir}: expected <timestamp>_<name>.`,
        folder,
      );
    }
    const sqlPath = path.join(migrationsDir, folder, 'migration.sql');

    if (!fs.existsSync(sqlPath)) {
      throw new MigrationError(`Migration "${folder}" has no migration.sql (${sqlPath}).`, folder);
    }
    const sql = fs.readFileSync(sqlPath, 'utf8');

    return { name: folder, sql, checksum: migrationChecksum(sql) };
  });
}

/**
 * Applies the migrations of `migrationsDir` that the database lacks, each in its own transaction,
 * and records them in `<schema>._migrations`. Running it again applies nothing.
 *
 * On PostgreSQL every transaction first takes an advisory lock keyed by the schema, so service
 * instances that start together apply each migration once; PGlite runs one transaction at a time.
 * Throws MigrationError, before applying anything, when an applied migration's file has changed.
 *
 * NOTE: a statement that PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY)
 * cannot be used in a migration.
 */
export async function applyMigrations(db: Database, migrationsDir: string): Promise<MigrationResult> {
  const migrations = readMigrations(migrationsDir);
  const result: MigrationResult = { applied: [], alreadyApplied: [] };

  await db.transaction(async (tx) => {
    await lockAndPrepare(db, tx);
    verifyChecksums(migrations, await readApplied(db, tx));
  });

  for (const migration of migrations) {
    const appliedNow = await db.transaction((tx) => applyOne(db, tx, migration));

    (appliedNow ? result.applied : result.alreadyApplied).push(migration.name);
  }

  return result;
}

function historyTable(db: Database): string {
  return `${quoteIdentifier(db.schema)}."_migrations"`;
}

async function lockAndPrepare(db: Database, tx: SqlExecutor): Promise<void> {
  if (db.kind === 'postgres') {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [migrationLockKey(db.schema)]);
  }
  await tx.exec(
    `CREATE TABLE IF NOT EXISTS ${historyTable(db)} (
      name TEXT PRIMARY KEY,
      checksum TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`,
  );
}

async function readApplied(db: Database, tx: SqlExecutor): Promise<Map<string, string>> {
  const rows = await tx.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${historyTable(db)}`);

  return new Map(rows.map((row) => [row.name, row.checksum]));
}

function verifyChecksums(migrations: MigrationFile[], applied: Map<string, string>): void {
  for (const migration of migrations) {
    const recorded = applied.get(migration.name);

    if (recorded !== undefined && recorded !== migration.checksum) {
      throw new MigrationError(
        `Migration "${migration.name}" was changed after it was applied (recorded checksum ${recorded}, ` +
          `file checksum ${migration.checksum}). Restore the applied file and put the change in a new migration.`,
        migration.name,
      );
    }
  }
}

// Returns true when this call applied the migration, false when it was already recorded, possibly
// by another instance that held the lock first.
async function applyOne(db: Database, tx: SqlExecutor, migration: MigrationFile): Promise<boolean> {
  await lockAndPrepare(db, tx);
  const applied = await readApplied(db, tx);

  if (applied.has(migration.name)) {
    verifyChecksums([migration], applied);

    return false;
  }
  try {
    await tx.exec(migration.sql);
  } catch (error) {
    throw new MigrationError(
      `Migration "${migration.name}" failed to apply and was rolled back: ${(error as Error).message}`,
      migration.name,
      { cause: error },
    );
  }
  await tx.query(`INSERT INTO ${historyTable(db)} (name, checksum) VALUES ($1, $2)`, [migration.name, migration.checksum]);

  return true;
}
