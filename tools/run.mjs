// Runs a TypeScript entry point from source: @swc-node/register compiles on the fly, keeps the
// decorator metadata NestJS needs and resolves the workspace path aliases of tsconfig.base.json.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry] = process.argv.splice(2, 1);

if (!entry) {
  console.error('Usage: node tools/run.mjs <entry.ts> [arguments...]');
  process.exit(2);
}
process.env.SWC_NODE_PROJECT ??= path.join(root, 'tsconfig.base.json');

const require = createRequire(import.meta.url);

require('@swc-node/register');
require(path.resolve(root, entry));
