import type { Database, OpenDatabaseOptions } from './database.types';
import { parseDatabaseUrl } from './database-url';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

/**
 * Opens a service database from its URL and creates the service's schema if it is missing.
 *
 * - `postgresql://user@host:port/db?schema=name&connection_limit=n`: PostgreSQL through
 *   `@prisma/adapter-pg` with a pool of at most n connections (10 by default); the schema comes
 *   from the URL, else from `options.schema`.
 * - `pglite:memory`: embedded PGlite in memory, gone on close().
 * - `pglite:<folder>`: embedded PGlite persisted in the folder (relative to `options.cwd` or the
 *   working directory), created if missing.
 *
 * The caller must close() the database, after disconnecting any PrismaClient built on it.
 */
export async function openDatabase(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const location = parseDatabaseUrl(url, options.schema, options.cwd ?? process.cwd());

  if (location.kind === 'pglite') {
    return openPgliteDatabase(location.dataDir, location.schema);
  }

  return openPostgresDatabase(location.connectionString, location.schema, location.poolSize, options.onConnectionError);
}
