import { defineConfig } from 'prisma/config';

// Used by `prisma generate` only; migrations go through tools/prisma-migrate.mjs.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env['GATEWAY_DATABASE_URL'] ?? '' },
});
