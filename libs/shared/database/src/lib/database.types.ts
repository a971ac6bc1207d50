import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** Raw SQL access to one connection or transaction. */
export interface SqlExecutor {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<Row extends Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of one or more statements without parameters, such as a migration. */
  exec(sql: string): Promise<void>;
}

/** An open service database: a Prisma driver adapter factory plus raw SQL for migrations and tests. */
export interface Database extends SqlExecutor {
  readonly kind: 'postgres' | 'pglite';
  /** PostgreSQL schema that contains the service's tables, on both kinds. */
  readonly schema: string;
  /** Pass to `new PrismaClient({ adapter })`; its queries are qualified with `schema`. */
  readonly adapterFactory: SqlDriverAdapterFactory;
  /** Runs `work` in one transaction on one connection; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Ends every connection (PostgreSQL) or shuts the embedded database down (PGlite). */
  close(): Promise<void>;
}

/** Options of openDatabase. */
export interface OpenDatabaseOptions {
  /** Schema of the service, used unless the URL has `?schema=`. */
  schema: string;
  /** Receives errors of idle PostgreSQL connections, which otherwise crash the process. */
  onConnectionError?: (error: Error) => void;
  /** Base folder of relative `pglite:<folder>` URLs; defaults to the process's working directory. */
  cwd?: string;
}
