// Creates SQL migrations for a service and checks them for drift, without the Prisma CLI.
//
//   node tools/prisma-migrate.mjs create NAME --service indicators [--empty]
//   node tools/prisma-migrate.mjs diff --service indicators
//
// The Prisma 7 CLI needs a native schema engine that it downloads on first use, which fails on
// machines without internet access. @prisma/schema-engine-wasm is the same engine compiled to
// WebAssembly. This script drives it through a driver adapter for an in-memory PGlite database:
// the engine replays the existing migrations there, then diffs the result against schema.prisma.
// Migrations are applied by the service itself at start (openDatabase + applyMigrations in
// @bma-kpi/database), not by this script.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = `Usage:
  node tools/prisma-migrate.mjs create NAME --service SERVICE [--empty]
      Writes libs/SERVICE/data-access/prisma/migrations/<UTC timestamp>_NAME/migration.sql with the
      SQL that brings the existing migrations up to schema.prisma. NAME is lower snake_case.
      --empty writes a migration with only a comment, for SQL that schema.prisma cannot express.
  node tools/prisma-migrate.mjs diff --service SERVICE
      Prints the SQL still missing from the migrations and exits 1 when there is any (drift check).`;
const emptyMigrationMarker = 'This is an empty migration.';
const lockfileContent =
  '# Written by tools/prisma-migrate.mjs; Prisma tools read it to learn the provider.\nprovider = "postgresql"\n';

class UsageError extends Error {}

function parseArguments(argv) {
  const [command, ...rest] = argv;
  const positional = [];
  let service;
  let empty = false;

  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === '--service') {
      service = rest[i + 1];
      i += 1;
    } else if (rest[i].startsWith('--service=')) {
      service = rest[i].slice('--service='.length);
    } else if (rest[i] === '--empty') {
      empty = true;
    } else if (rest[i].startsWith('--')) {
      throw new UsageError(`Unknown option "${rest[i]}".`);
    } else {
      positional.push(rest[i]);
    }
  }
  if (command !== 'create' && command !== 'diff') {
    throw new UsageError(`Unknown command "${command ?? ''}": expected create or diff.`);
  }
  if (!service || !/^[a-z][a-z0-9-]*$/.test(service)) {
    throw new UsageError(`Invalid or missing --service "${service ?? ''}": expected a folder name under libs/.`);
  }
  const name = positional[0];

  if (command === 'create' && (!name || !/^[a-z][a-z0-9_]*$/.test(name))) {
    throw new UsageError(`Invalid migration name "${name ?? ''}": expected lower snake_case such as add_unit_column.`);
  }

  if (empty && command !== 'create') {
    throw new UsageError('--empty applies to create only.');
  }

  return { command, service, name, empty };
}

function servicePaths(service) {
  const prismaDir = path.join(root, 'libs', service, 'data-access', 'prisma');
  const schemaPath = path.join(prismaDir, 'schema.prisma');

  if (!fs.existsSync(schemaPath)) {
    throw new UsageError(`Prisma schema not found: ${path.relative(root, schemaPath)}. Check --service.`);
  }

  return { schemaPath, migrationsDir: path.join(prismaDir, 'migrations') };
}

// The package's entry imports the .wasm file as an ES module, which only bundlers understand, so
// the glue code is loaded on its own and the WebAssembly module is instantiated here.
async function loadSchemaEngine() {
  const require = createRequire(import.meta.url);
  const glueFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmBytes = fs.readFileSync(path.join(path.dirname(glueFile), 'schema_engine_bg.wasm'));
  const { instance } = await globalThis.WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': engineBindings });

  engineBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();

  return engineBindings.SchemaEngine;
}

// Migration folders sorted by name, which starts with a UTC timestamp, in the engine's format.
function readMigrationList(migrationsDir) {
  const lockfilePath = path.join(migrationsDir, 'migration_lock.toml');
  const folders = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];

  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lockfilePath) ? fs.readFileSync(lockfilePath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: folders.map((folder) => {
      const sqlPath = path.join(migrationsDir, folder, 'migration.sql');
      const content = fs.existsSync(sqlPath)
        ? { tag: 'ok', value: fs.readFileSync(sqlPath, 'utf8') }
        : { tag: 'error', value: `missing file ${path.relative(root, sqlPath)}` };

      return { path: folder, migrationFile: { path: 'migration.sql', content } };
    }),
  };
}

// Returns the SQL that takes the database built by the existing migrations to schema.prisma,
// or null when they already match.
async function computePendingSql(schemaPath, migrationsDir) {
  const SchemaEngine = await loadSchemaEngine();
  const schemaFile = { path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') };
  const migrations = readMigrationList(migrationsDir);
  const shadow = new PGlite();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(shadow));
  const engineLog = (line) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) {
      console.error(line);
    }
  };
  try {
    const datamodels = [[schemaFile.path, schemaFile.content]];
    const engine = await SchemaEngine.new({ datamodels }, engineLog, adapterFactory);

    try {
      const result = await engine.diff({
        from: migrations.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrations },
        to: { tag: 'schemaDatamodel', files: [schemaFile] },
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      });
      const sql = result.stdout ?? '';

      return sql.trim() === '' || sql.includes(emptyMigrationMarker) ? null : sql;
    } finally {
      engine.free();
    }
  } finally {
    await shadow.close();
  }
}

function utcTimestamp(date) {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

function writeMigration(migrationsDir, name, sql) {
  const folder = path.join(migrationsDir, `${utcTimestamp(new Date())}_${name}`);

  if (fs.existsSync(folder)) {
    throw new Error(`Migration folder already exists: ${path.relative(root, folder)}. Wait a second and retry.`);
  }
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'migration.sql'), sql);

  const lockfilePath = path.join(migrationsDir, 'migration_lock.toml');

  if (!fs.existsSync(lockfilePath)) {
    fs.writeFileSync(lockfilePath, lockfileContent);
  }

  return folder;
}

async function main() {
  const { command, service, name, empty } = parseArguments(process.argv.slice(2));
  const { schemaPath, migrationsDir } = servicePaths(service);
  const pendingSql = await computePendingSql(schemaPath, migrationsDir);

  if (empty) {
    if (pendingSql !== null) {
      throw new Error('schema.prisma has changes that no migration contains yet. Run create without --empty first.');
    }
    const folder = writeMigration(migrationsDir, name, '-- Hand-written migration: SQL that schema.prisma cannot express.\n');

    console.log(`Created ${path.relative(root, path.join(folder, 'migration.sql'))}; write its SQL by hand.`);

    return 0;
  }

  if (command === 'diff') {
    if (pendingSql === null) {
      console.log(`No drift: the migrations of ${service} match ${path.relative(root, schemaPath)}.`);

      return 0;
    }
    console.log(pendingSql);
    console.error(
      `Drift: the migrations of ${service} lack the SQL above. ` +
        `Run: node tools/prisma-migrate.mjs create NAME --service ${service}`,
    );

    return 1;
  }
  if (pendingSql === null) {
    console.log(`No changes: the migrations of ${service} already match schema.prisma; nothing written.`);

    return 0;
  }
  const folder = writeMigration(migrationsDir, name, pendingSql);

  console.log(`Created ${path.relative(root, path.join(folder, 'migration.sql'))}`);

  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
