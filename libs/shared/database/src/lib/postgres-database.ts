import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Database, SqlExecutor } from './database.types';
import { quoteIdentifier } from './database-url';

const duplicateObjectCodes = new Set(['23505', '42P06']);

/**
 * Opens a pool of at most `poolSize` connections, all with `schema` as their search_path, and
 * creates the schema.
 *
 * Prisma's `schema` adapter option only qualifies the client's own queries. Migration scripts are
 * unqualified, so without the search_path they would create their tables in `public`, where the
 * tables of every service would collide.
 */
export async function openPostgresDatabase(
  connectionString: string,
  schema: string,
  poolSize: number,
  onConnectionError: ((error: Error) => void) | undefined,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: poolSize, options: `-c search_path=${quoteIdentifier(schema)}` });

  // The pool drops a connection that fails while idle and opens a new one for the next query.
  pool.on('error', (error) => onConnectionError?.(error));

  try {
    await createSchema(pool, schema);
  } catch (error) {
    await pool.end();
    throw error;
  }

  return {
    kind: 'postgres',
    schema,
    adapterFactory: new PrismaPg(pool, { schema }),
    query: (sql, params) => runQuery(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: (work) => runTransaction(pool, work),
    close: () => pool.end(),
  };
}

// Two service instances starting at once can both miss the schema and both create it; PostgreSQL
// then rejects the second CREATE SCHEMA IF NOT EXISTS with a unique violation, which is harmless.
async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  } catch (error) {
    if (!duplicateObjectCodes.has((error as { code?: string }).code ?? '')) {
      throw error;
    }
  }
}

async function runQuery<Row extends Record<string, unknown>>(
  client: pg.Pool | pg.PoolClient,
  sql: string,
  params: readonly unknown[] | undefined,
): Promise<Row[]> {
  const result = await client.query<Row>(sql, params === undefined ? undefined : [...params]);

  return result.rows;
}

async function runTransaction<T>(pool: pg.Pool, work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const executor: SqlExecutor = {
    query: (sql, params) => runQuery(client, sql, params),
    exec: async (sql) => {
      await client.query(sql);
    },
  };
  let broken = false;

  try {
    await client.query('BEGIN');
    const result = await work(executor);

    await client.query('COMMIT');

    return result;
  } catch (error) {
    // A connection that cannot even roll back is discarded instead of returned to the pool.
    broken = await client.query('ROLLBACK').then(
      () => false,
      () => true,
    );
    throw error;
  } finally {
    client.release(broken);
  }
}
