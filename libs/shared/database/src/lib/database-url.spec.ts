import { assertSchemaName, DatabaseUrlError, defaultPoolSize, parseDatabaseUrl, quoteIdentifier, redactPassword } from './database-url';

describe('parseDatabaseUrl', () => {
  it('takes the schema from the URL and strips it', () => {
    const location = parseDatabaseUrl('postgresql://postgres@127.0.0.1:5432/bma?schema=indicators', 'other', '/srv');

    expect(location).toEqual({
      kind: 'postgres',
      connectionString: 'postgresql://postgres@127.0.0.1:5432/bma',
      schema: 'indicators',
      poolSize: defaultPoolSize,
    });
  });

  it('keeps other query parameters', () => {
    const location = parseDatabaseUrl('postgres://u:p@db:5432/bma?sslmode=require&schema=x', 'y', '/srv');

    expect(location).toEqual({ kind: 'postgres', connectionString: 'postgres://u:p@db:5432/bma?sslmode=require', schema: 'x', poolSize: 10 });
  });

  it('takes the pool size from connection_limit and strips it', () => {
    const location = parseDatabaseUrl('postgresql://postgres@db/bma?connection_limit=4&schema=x&sslmode=require', 'y', '/srv');

    expect(location).toEqual({ kind: 'postgres', connectionString: 'postgresql://postgres@db/bma?sslmode=require', schema: 'x', poolSize: 4 });
  });

  it('defaults the pool size to the pg default of 10', () => {
    expect(defaultPoolSize).toBe(10);
  });

  it.each(['0', '-3', '2.5', 'ten', '', ' 5', '1e3', '1000000'])('rejects connection_limit=%s', (limit) => {
    const url = `postgresql://u:secret@db/bma?connection_limit=${encodeURIComponent(limit)}`;

    expect(() => parseDatabaseUrl(url, 'x', '/srv')).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(url, 'x', '/srv')).toThrow(`Invalid connection_limit "${limit}"`);
    expect(() => parseDatabaseUrl(url, 'x', '/srv')).toThrow('postgresql://u:***@db/bma');
  });

  it('falls back to the default schema', () => {
    const location = parseDatabaseUrl('postgresql://postgres@127.0.0.1/bma', 'indicators', '/srv');

    expect(location).toMatchObject({ kind: 'postgres', schema: 'indicators' });
  });

  it('reads pglite:memory', () => {
    expect(parseDatabaseUrl('pglite:memory', 'indicators', '/srv')).toEqual({
      kind: 'pglite',
      dataDir: null,
      schema: 'indicators',
    });
  });

  it('resolves a relative PGlite folder against cwd', () => {
    expect(parseDatabaseUrl('pglite:.data/indicators', 'indicators', '/srv/app')).toMatchObject({
      dataDir: '/srv/app/.data/indicators',
    });
  });

  it('keeps an absolute PGlite folder', () => {
    expect(parseDatabaseUrl('pglite:/var/lib/bma', 'indicators', '/srv/app')).toMatchObject({ dataDir: '/var/lib/bma' });
  });

  it.each([
    ['pglite:', 'expected pglite:memory'],
    ['mysql://root@localhost/db', 'Unsupported database URL'],
    ['postgresql://postgres@127.0.0.1/db?schema=Bad-Name', 'Invalid schema name "Bad-Name"'],
  ])('rejects %s', (url, message) => {
    expect(() => parseDatabaseUrl(url, 'indicators', '/srv')).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(url, 'indicators', '/srv')).toThrow(message);
  });

  it('hides the password in errors', () => {
    expect(() => parseDatabaseUrl('mysql://root:secret@db/x', 'indicators', '/srv')).toThrow('mysql://root:***@db/x');
  });
});

describe('assertSchemaName', () => {
  it.each(['indicators', 'test_0a1b2c', '_private'])('accepts %s', (name) => {
    expect(assertSchemaName(name)).toBe(name);
  });

  it.each(['', 'Indicators', '1st', 'a-b', 'a"b', 'x'.repeat(64)])('rejects "%s"', (name) => {
    expect(() => assertSchemaName(name)).toThrow(DatabaseUrlError);
  });
});

describe('quoteIdentifier', () => {
  it('doubles embedded quotes', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});

describe('redactPassword', () => {
  it('replaces only the password', () => {
    expect(redactPassword('postgresql://user:pa:ss@host/db')).toBe('postgresql://user:***@host/db');
  });

  it('leaves a URL without password unchanged', () => {
    expect(redactPassword('postgresql://user@host/db')).toBe('postgresql://user@host/db');
  });
});
