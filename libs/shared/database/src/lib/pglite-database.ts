import fs from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Database, SqlExecutor } from './database.types';
import { quoteIdentifier } from './database-url';

/**
 * Opens an embedded PGlite database, in memory (`dataDir` null) or persisted in a folder, and puts
 * the service's tables in `schema` as on PostgreSQL.
 *
 * A PGlite folder belongs to one service, so `public` would be enough. Keeping the schema anyway
 * lets the same migrations, raw SQL and Prisma queries run unchanged on both kinds.
 */
export async function openPgliteDatabase(dataDir: string | null, schema: string): Promise<Database> {
  if (dataDir !== null) {
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir ?? undefined);

  try {
    // PGlite has a single session, so this search_path holds for every later statement, Prisma's
    // included, just like the connection option on PostgreSQL.
    await client.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}; SET search_path TO ${quoteIdentifier(schema)};`);
  } catch (error) {
    await client.close();
    throw error;
  }

  return {
    kind: 'pglite',
    schema,
    adapterFactory: new SchemaPgliteAdapterFactory(new PrismaPGlite(client), schema),
    query: async (sql, params) => (await client.query<never>(sql, params === undefined ? undefined : [...params])).rows,
    exec: async (sql) => {
      await client.exec(sql);
    },
    transaction: (work) => client.transaction((tx) => work(transactionExecutor(tx))),
    close: () => client.close(),
  };
}

function transactionExecutor(tx: Transaction): SqlExecutor {
  return {
    query: async (sql, params) => (await tx.query<never>(sql, params === undefined ? undefined : [...params])).rows,
    exec: async (sql) => {
      await tx.exec(sql);
    },
  };
}

/**
 * Adapter factory that reports `schema` in the connection info.
 *
 * Prisma's query compiler qualifies every table with the connection info's schemaName and falls
 * back to `public` when it is missing. pglite-prisma-adapter 0.7.2 offers no way to set it, so
 * without this wrapper the client would look for `public."Agency"` (checked with Prisma 7.10).
 */
class SchemaPgliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName: string;

  constructor(
    private readonly inner: PrismaPGlite,
    private readonly schema: string,
  ) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    const connectionInfo = adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true };
    const schemaName = this.schema;

    adapter.getConnectionInfo = () => ({ ...connectionInfo, schemaName });

    return adapter;
  }
}
