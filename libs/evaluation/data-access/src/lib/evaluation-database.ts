import path from 'node:path';

import {
  applyMigrations,
  openDatabase,
  type Database,
  type MigrationResult,
} from '@bma-kpi/database';

import { PrismaClient } from '../generated/prisma/client';

/** PostgreSQL schema of the evaluation service, unless the URL names another with `?schema=`. */
export const evaluationSchema = 'evaluation';

/** Migrations of the evaluation service. The service runs from source, so they sit next to it. */
export const evaluationMigrationsDir = path.join(__dirname, '../../prisma/migrations');

/** Options of EvaluationDatabase.open. */
export interface EvaluationDatabaseOptions {
  /** Receives errors of idle PostgreSQL connections, so that the host can log them. */
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
    const database = await openDatabase(url, {
      schema: evaluationSchema,
      ...(options.onConnectionError === undefined ? {} : { onConnectionError: options.onConnectionError }),
    });

    try {
      const migrations = await applyMigrations(database, evaluationMigrationsDir);

      return new EvaluationDatabase(new PrismaClient({ adapter: database.adapterFactory }), database, migrations);
    } catch (error) {
      await database.close();
      throw error;
    }
  }

  /** Disconnects Prisma, then closes the connections or the embedded database. */
  async close(): Promise<void> {
    try {
      await this.prisma.$disconnect();
    } finally {
      await this.database.close();
    }
  }
}
