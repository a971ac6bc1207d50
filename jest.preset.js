// Shared Jest settings. NestJS 12 ships only ES modules, which Jest on Node 20 cannot load,
// so @swc/jest compiles both our TypeScript and node_modules/@nestjs (and jose) to CommonJS.
const path = require('node:path');
const tsconfig = require('./tsconfig.base.json');

const swcTypeScript = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const swcJavaScript = {
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs' },
};

const aliases = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    path.join(__dirname, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  // Integration tests boot PGlite (a WASM PostgreSQL) and real servers. On a 2-core machine under
  // load that can take longer than Jest's 5 s default, which would fail tests that are not slow.
  testTimeout: 30_000,
  cacheDirectory: path.join(__dirname, 'tmp/jest-cache'),
  transform: {
    '^.+\\.ts$': ['@swc/jest', swcTypeScript],
    '^.+\\.m?js$': ['@swc/jest', swcJavaScript],
  },
  // jose 6 is ESM-only too.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  moduleNameMapper: aliases,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/src/**/*.e2e-spec.ts'],
};
