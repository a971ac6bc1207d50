import { defineConfig } from 'prisma/config';

// Read by `prisma generate` only. Migrations are created with tools/prisma-migrate.mjs and applied
// by the service at start.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env['NOTIFICATION_DATABASE_URL'] ?? '' },
});
