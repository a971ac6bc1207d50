import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

import type { Database } from './database.types';
import { applyMigrations, type MigrationResult } from './migrations';
import { openDatabase } from './open-database';

/** The part of a generated Prisma client that opening and closing use. */
export interface DisconnectableClient {
  $disconnect(): Promise<void>;
}

/** A service's database after its migrations ran, with the Prisma client built on it. */
export interface MigratedDatabase<Client extends DisconnectableClient> {
  prisma: Client;
  database: Database;
  /** Migrations that this start applied and found applied. */
  migrations: MigrationResult;
}

/** How to open one service's database. */
export interface MigratedDatabaseOptions<Client extends DisconnectableClient> {
  /** PostgreSQL schema of the service, unless the URL names another with `?schema=`. */
  schema: string;
  migrationsDir: string;
  /** Builds the service's generated Prisma client on the database's adapter. */
  createClient(adapter: SqlDriverAdapterFactory): Client;
  /** Receives errors of idle PostgreSQL connections, so the host can log them. */
  onConnectionError?: (error: Error) => void;
}

/**
 * Opens a service's database from a URL, applies its pending migrations and builds its Prisma
 * client. A failed migration closes the connections before the error propagates.
 */
export async function openMigratedDatabase<Client extends DisconnectableClient>(
  url: string,
  options: MigratedDatabaseOptions<Client>,
): Promise<MigratedDatabase<Client>> {
  const database = await openDatabase(url, {
    schema: options.schema,
    ...(options.onConnectionError === undefined ? {} : { onConnectionError: options.onConnectionError }),
  });

  try {
    const migrations = await applyMigrations(database, options.migrationsDir);

    return { prisma: options.createClient(database.adapterFactory), database, migrations };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Disconnects Prisma, then closes the connections or the embedded database. */
export async function closeMigratedDatabase(opened: MigratedDatabase<DisconnectableClient>): Promise<void> {
  try {
    await opened.prisma.$disconnect();
  } finally {
    await opened.database.close();
  }
}
