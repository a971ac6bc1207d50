import path from 'node:path';

/** Location of a service's data, parsed from its database URL. */
export type DatabaseLocation =
  | { kind: 'postgres'; connectionString: string; schema: string; poolSize: number }
  | { kind: 'pglite'; dataDir: string | null; schema: string };

const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** Maximum pool size of a URL without `connection_limit`, the default `max` of pg.Pool. */
export const defaultPoolSize = 10;

/** Error for a database URL or schema name that openDatabase cannot use. */
export class DatabaseUrlError extends Error {
  override readonly name = 'DatabaseUrlError';
}

/**
 * Checks a PostgreSQL schema name. Only lower-case unquoted identifiers are accepted, so the name
 * can be interpolated into SQL and reads the same quoted or unquoted.
 */
export function assertSchemaName(schema: string): string {
  if (!schemaNamePattern.test(schema)) {
    throw new DatabaseUrlError(
      `Invalid schema name "${schema}": expected lower-case letters, digits and underscores, ` +
        'starting with a letter or underscore, at most 63 characters.',
    );
  }

  return schema;
}

/** Quotes an identifier for SQL; the name must have passed assertSchemaName or be a fixed literal. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Parses `postgresql://user@host:port/db?schema=name&connection_limit=5`, `pglite:memory` or
 * `pglite:<folder>`. A `schema` query parameter overrides `defaultSchema`, so tests can point a
 * service at a throwaway schema. `connection_limit` (the name Prisma uses for the same setting)
 * caps the service's connection pool and defaults to defaultPoolSize. Both are removed from the
 * connection string because `pg` does not know them. A PGlite folder is resolved against `cwd`.
 */
export function parseDatabaseUrl(url: string, defaultSchema: string, cwd: string): DatabaseLocation {
  if (url.startsWith('pglite:')) {
    const target = url.slice('pglite:'.length).trim();

    if (target === '') {
      throw new DatabaseUrlError(`Invalid database URL "${url}": expected pglite:memory or pglite:<folder>.`);
    }

    return {
      kind: 'pglite',
      dataDir: target === 'memory' ? null : path.resolve(cwd, target),
      schema: assertSchemaName(defaultSchema),
    };
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new DatabaseUrlError(
      `Unsupported database URL "${redactPassword(url)}": expected postgresql://…, pglite:memory or pglite:<folder>.`,
    );
  }
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? defaultSchema;
  const poolSize = parsePoolSize(parsed.searchParams.get('connection_limit'), url);

  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('connection_limit');

  return { kind: 'postgres', connectionString: parsed.toString(), schema: assertSchemaName(schema), poolSize };
}

function parsePoolSize(value: string | null, url: string): number {
  if (value === null) {
    return defaultPoolSize;
  }
  if (!/^[1-9][0-9]{0,5}$/.test(value)) {
    throw new DatabaseUrlError(
      `Invalid connection_limit "${value}" in database URL "${redactPassword(url)}": ` +
        'expected a whole number of connections from 1 to 999999.',
    );
  }

  return Number(value);
}

/** Returns the URL with any password replaced by `***`, for error messages and logs. */
export function redactPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, '$1***@');
}

