import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MigrationError, migrationChecksum, migrationLockKey, readMigrations } from './migrations';

function writeMigrationFolder(root: string, folder: string, sql: string | null): void {
  fs.mkdirSync(path.join(root, folder), { recursive: true });
  if (sql !== null) {
    fs.writeFileSync(path.join(root, folder, 'migration.sql'), sql);
  }
}

describe('migrationChecksum', () => {
  it('is the SHA-256 of the script', () => {
    // Expected value from `printf 'SELECT 1;\n' | sha256sum`.
    expect(migrationChecksum('SELECT 1;\n')).toBe('b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd');
  });

  it('reads CRLF as LF', () => {
    expect(migrationChecksum('CREATE TABLE a ();\r\nCREATE TABLE b ();\r\n')).toBe(
      migrationChecksum('CREATE TABLE a ();\nCREATE TABLE b ();\n'),
    );
  });

  it('changes with the content', () => {
    expect(migrationChecksum('SELECT 1;')).not.toBe(migrationChecksum('SELECT 2;'));
  });
});

describe('migrationLockKey', () => {
  it('is a signed 64-bit integer', () => {
    const key = BigInt(migrationLockKey('indicators'));

    expect(key).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(key).toBeLessThan(2n ** 63n);
  });

  it('is stable per schema', () => {
    expect(migrationLockKey('indicators')).toBe(migrationLockKey('indicators'));
    expect(migrationLockKey('indicators')).not.toBe(migrationLockKey('catalog'));
  });
});

describe('readMigrations', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('returns none for a missing folder', () => {
    expect(readMigrations(path.join(root, 'absent'))).toEqual([]);
  });

  it('sorts folders by name and skips files', () => {
    writeMigrationFolder(root, '20260102000000_second', 'SELECT 2;');
    writeMigrationFolder(root, '20260101000000_first', 'SELECT 1;');
    fs.writeFileSync(path.join(root, 'migration_lock.toml'), 'provider = "postgresql"\n');

    const migrations = readMigrations(root);

    expect(migrations.map((migration) => migration.name)).toEqual(['20260101000000_first', '20260102000000_second']);
    expect(migrations[0]?.sql).toBe('SELECT 1;');
    expect(migrations[0]?.checksum).toBe(migrationChecksum('SELECT 1;'));
  });

  it('rejects a folder without migration.sql', () => {
    writeMigrationFolder(root, '20260101000000_empty', null);

    expect(() => readMigrations(root)).toThrow(MigrationError);
    expect(() => readMigrations(root)).toThrow('Migration "20260101000000_empty" has no migration.sql');
  });

  it('rejects a folder without timestamp', () => {
    writeMigrationFolder(root, 'init', 'SELECT 1;');

    expect(() => readMigrations(root)).toThrow('Invalid migration folder name "init"');
  });
});
