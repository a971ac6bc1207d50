import path from 'node:path';
import {
  applyMigrations,
  openDatabase,
  type Database,
  type MigrationResult,
} from '@bma-kpi/database';
import { PrismaClient } from '../generated/prisma/client';

/** PostgreSQL schema of the catalog service, unless the URL names another with `?schema=`. */
export const catalogSchema = 'catalog';

/** Migrations of the catalog service; the service runs from source, so they sit next to it. */
export const catalogMigrationsDir = path.join(__dirname, '../../prisma/migrations');

/** Options of CatalogDatabase.open. */
export interface CatalogDatabaseOptions {
  /** Receives errors of idle PostgreSQL connections, so the host can log them. */
  onConnectionError?: (error: Error) => void;
}

/**
 * The catalog service's database: opened from a URL and migrated, with a Prisma client.
 * URLs: `postgresql://user@host:port/db[?schema=name]`, `pglite:memory`, `pglite:<folder>`.
 */
export class CatalogDatabase {
  private constructor(
    readonly prisma: PrismaClient,
    readonly database: Database,
    /** Migrations that this start applied and found applied. */
    readonly migrations: MigrationResult,
  ) {}

  /** Opens the database, applies pending migrations and connects Prisma. */
  static async open(url: string, options: CatalogDatabaseOptions = {}): Promise<CatalogDatabase> {
    const database = await openDatabase(url, {
      schema: catalogSchema,
      ...(options.onConnectionError === undefined
        ? {}
        : { onConnectionError: options.onConnectionError }),
    });

    try {
      const migrations = await applyMigrations(database, catalogMigrationsDir);

      return new CatalogDatabase(
        new PrismaClient({ adapter: database.adapterFactory }),
        database,
        migrations,
      );
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
