import path from 'node:path';
import { applyMigrations, openDatabase, type Database, type MigrationResult } from '@bma-kpi/database';
import { PrismaClient } from '../generated/prisma/client';
import { seedReferenceData, type SeedResult } from './seed/seed-reference-data';

/** PostgreSQL schema of the indicators service, unless the URL names another with `?schema=`. */
export const indicatorsSchema = 'indicators';

/** Migrations of the indicators service; the service runs from source, so they sit next to it. */
export const indicatorsMigrationsDir = path.join(__dirname, '../../prisma/migrations');

/** Options of IndicatorsDatabase.open. */
export interface IndicatorsDatabaseOptions {
  /** Skip seeding the reference data; for tests that need empty tables. Default false. */
  skipSeed?: boolean;
  /** Receives errors of idle PostgreSQL connections, so the host can log them. */
  onConnectionError?: (error: Error) => void;
}

/**
 * The indicators service's database: opened from a URL, migrated and seeded, with a Prisma client.
 * URLs: `postgresql://user@host:port/db[?schema=name]`, `pglite:memory`, `pglite:<folder>`.
 */
export class IndicatorsDatabase {
  private constructor(
    readonly prisma: PrismaClient,
    readonly database: Database,
    /** Migrations that this start applied and found applied. */
    readonly migrations: MigrationResult,
    /** Reference rows that this start created or corrected, null when seeding was skipped. */
    readonly seed: SeedResult | null,
  ) {}

  /** Opens the database, applies pending migrations, seeds reference data and connects Prisma. */
  static async open(url: string, options: IndicatorsDatabaseOptions = {}): Promise<IndicatorsDatabase> {
    const database = await openDatabase(url, {
      schema: indicatorsSchema,
      ...(options.onConnectionError === undefined ? {} : { onConnectionError: options.onConnectionError }),
    });
    let prisma: PrismaClient | null = null;

    try {
      const migrations = await applyMigrations(database, indicatorsMigrationsDir);

      prisma = new PrismaClient({ adapter: database.adapterFactory });
      const seed = options.skipSeed === true ? null : await seedReferenceData(prisma);

      return new IndicatorsDatabase(prisma, database, migrations, seed);
    } catch (error) {
      await prisma?.$disconnect();
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
