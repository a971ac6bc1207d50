// Generates the Prisma client of every service (libs/<service>/data-access/prisma/schema.prisma),
// or of the services named as arguments (`node tools/prisma-generate.mjs catalog`), so that two Nx
// targets running at once never write the same output folder.
// The Prisma CLI insists on a native schema engine even for `generate`, which never runs it, and
// it cannot download one on machines without internet access, so a stand-in path is supplied.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const libs = path.join(root, 'libs');
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const standIn = path.join(root, 'tools', 'no-schema-engine');

const requested = process.argv.slice(2);
const services = requested.length > 0 ? requested : fs.existsSync(libs) ? fs.readdirSync(libs) : [];
for (const service of services) {
  const dataAccess = path.join(libs, service, 'data-access');
  if (!fs.existsSync(path.join(dataAccess, 'prisma', 'schema.prisma'))) {
    continue;
  }
  execFileSync(process.execPath, [prismaCli, 'generate'], {
    cwd: dataAccess,
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? standIn,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
}
