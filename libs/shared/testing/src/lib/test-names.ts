import { randomBytes } from 'node:crypto';

/**
 * Returns a name unique to this test run, so runs that share one PostgreSQL or NATS server never
 * see each other's schemas, subjects or streams.
 */
export function uniqueTestName(prefix: string): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

export const testNatsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';
