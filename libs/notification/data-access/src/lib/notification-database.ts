import path from 'node:path';
import {
  closeMigratedDatabase,
  openMigratedDatabase,
  type Database,
  type MigrationResult,
} from '@bma-kpi/database';
import { PrismaClient } from '../generated/prisma/client';

/** PostgreSQL schema of the notification service, unless the URL names another with `?schema=`. */
export const notificationSchema = 'notification';

/** Migrations of the notification service; the service runs from source, so they sit next to it. */
export const notificationMigrationsDir = path.join(__dirname, '../../prisma/migrations');

/** Options of NotificationDatabase.open. */
export interface NotificationDatabaseOptions {
  /** Receives errors of idle PostgreSQL connections, so the host can log them. */
  onConnectionError?: (error: Error) => void;
}

/**
 * The notification service's database: opened from a URL and migrated, with a Prisma client.
 * URLs: `postgresql://user@host:port/db[?schema=name]`, `pglite:memory`, `pglite:<folder>`.
 */
export class NotificationDatabase {
  private constructor(
    readonly prisma: PrismaClient,
    readonly database: Database,
    /** Migrations that this start applied and found applied. */
    readonly migrations: MigrationResult,
  ) {}

  /** Opens the database, applies pending migrations and creates the Prisma client. */
  static async open(url: string, options: NotificationDatabaseOptions = {}): Promise<NotificationDatabase> {
    const opened = await openMigratedDatabase(url, {
      schema: notificationSchema,
      migrationsDir: notificationMigrationsDir,
      createClient: (adapter) => new PrismaClient({ adapter }),
      ...options,
    });

    return new NotificationDatabase(opened.prisma, opened.database, opened.migrations);
  }

  /** Disconnects Prisma, then closes the connections or the embedded database. */
  async close(): Promise<void> {
    await closeMigratedDatabase(this);
  }
}
