import path from 'node:path';
import {
  closeMigratedDatabase,
  openMigratedDatabase,
  type Database,
  type MigrationResult,
} from '@bma-kpi/database';
import { PrismaClient } from '../generated/prisma/client';

/** PostgreSQL schema of the evaluation service, unless the URL names another with `?schema=`. */
export const evaluationSchema = 'evaluation';

/** Migrations of the evaluation service; the service runs from source, so they sit next to it. */
export const evaluationMigrationsDir = path.join(__dirname, '../../prisma/migrations');

/** Options of EvaluationDatabase.open. */
export interface EvaluationDatabaseOptions {
  /** Receives errors of idle PostgreSQL connections, so the host can log them. */
  onConnectionError?: (error: Error) => void;
}

/**
 * The evaluation service's database: opened from a URL and migrated, with a Prisma client.
 * URLs: `postgresql://user@host:port/db[?schema=name]`, `pglite:memory`, `pglite:<folder>`.
 */
export class EvaluationDatabase {
  private constructor(
    readonly prisma: PrismaClient,
    readonly database: Database,
    /** Migrations that this start applied and found applied. */
    readonly migrations: MigrationResult,
  ) {}

  /** Opens the database, applies pending migrations and creates the Prisma client. */
  static async open(url: string, options: EvaluationDatabaseOptions = {}): Promise<EvaluationDatabase> {
    const opened = await openMigratedDatabase(url, {
      schema: evaluationSchema,
      migrationsDir: evaluationMigrationsDir,
      createClient: (adapter) => new PrismaClient({ adapter }),
      ...options,
    });

    return new EvaluationDatabase(opened.prisma, opened.database, opened.migrations);
  }

  /** Disconnects Prisma, then closes the connections or the embedded database. */
  async close(): Promise<void> {
    await closeMigratedDatabase(this);
  }
}
