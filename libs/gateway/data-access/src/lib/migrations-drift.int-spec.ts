import { diffMigrations } from '@bma-kpi/testing';

describe('gateway migrations', () => {
  it('match schema.prisma', async () => {
    const result = await diffMigrations('gateway');

    // Exit code 1 means drift, and the missing SQL is in stdout.
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('No drift');
    expect(result.code).toBeUndefined();
  }, 150_000);
});
