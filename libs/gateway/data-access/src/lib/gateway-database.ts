import path from 'node:path';
import {
  closeMigratedDatabase,
  openMigratedDatabase,
  type Database,
  type MigrationResult,
} from '@bma-kpi/database';
import { PrismaClient } from '../generated/prisma/client';

/** PostgreSQL schema of the gateway, unless the URL names another with `?schema=`. */
export const gatewaySchema = 'gateway';

/** Migrations of the gateway; the service runs from source, so they sit next to it. */
export const gatewayMigrationsDir = path.join(__dirname, '../../prisma/migrations');

/** Options of GatewayDatabase.open. */
export interface GatewayDatabaseOptions {
  /** Receives errors of idle PostgreSQL connections, so the host can log them. */
  onConnectionError?: (error: Error) => void;
}

/**
 * The gateway's database: opened from a URL and migrated, with a Prisma client.
 * URLs: `postgresql://user@host:port/db[?schema=name]`, `pglite:memory`, `pglite:<folder>`.
 */
export class GatewayDatabase {
  private constructor(
    readonly prisma: PrismaClient,
    readonly database: Database,
    /** Migrations that this start applied and found applied. */
    readonly migrations: MigrationResult,
  ) {}

  /** Opens the database, applies pending migrations and creates the Prisma client. */
  static async open(url: string, options: GatewayDatabaseOptions = {}): Promise<GatewayDatabase> {
    const opened = await openMigratedDatabase(url, {
      schema: gatewaySchema,
      migrationsDir: gatewayMigrationsDir,
      createClient: (adapter) => new PrismaClient({ adapter }),
      ...options,
    });

    return new GatewayDatabase(opened.prisma, opened.database, opened.migrations);
  }

  /** Disconnects Prisma, then closes the connections or the embedded database. */
  async close(): Promise<void> {
    await closeMigratedDatabase(this);
  }
}
