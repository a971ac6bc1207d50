import { randomUUID } from 'node:crypto';
import { OutboxRepository } from '@bma-kpi/database';
import {
  buildDatasetInput,
  openTestCatalogDatabase,
  testBackends,
  type TestCatalogDatabase,
} from '../testing';
import { CatalogDatabase } from './catalog-database';
import { DatasetRepository } from './repositories/dataset.repository';

describe.each(testBackends)('CatalogDatabase on %s', (backend) => {
  let test: TestCatalogDatabase;

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('applies the migrations into its schema', async () => {
    const tables = await test.db.database.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [test.db.database.schema],
    );

    expect(test.db.migrations.applied.length).toBeGreaterThan(0);
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        'ChangeLog',
        'Dataset',
        'DatasetIndicatorLink',
        'DictionaryField',
        'EvidenceFile',
        'GovernanceArtefact',
        'Resource',
        'outbox',
      ]),
    );
  });

  it('relays outbox events in write order', async () => {
    const outbox = new OutboxRepository(test.db.prisma, { instanceId: 'relay-1' });
    const datasets = new DatasetRepository(test.db.prisma);
    const ids = [randomUUID(), randomUUID()];

    await datasets.create(
      buildDatasetInput({ slug: 'relayed' }),
      'alice',
      'corr-1',
      ids.map((id) => ({
        id,
        subject: 'events.catalog.dataset.created.v1',
        payload: { id },
        correlationId: 'corr-1',
      })),
    );
    const pending = await outbox.fetchPending(10);

    expect(pending.map((message) => message.id)).toEqual(ids);
    await outbox.markSent(ids);
    expect(await outbox.fetchPending(10)).toEqual([]);
  });
});

describe('CatalogDatabase on a reopened PostgreSQL schema', () => {
  it('finds its migrations applied', async () => {
    const test = await openTestCatalogDatabase('postgres');

    try {
      const again = await CatalogDatabase.open(test.url);

      try {
        expect(again.migrations.applied).toEqual([]);
        expect(again.migrations.alreadyApplied).toEqual(test.db.migrations.applied);
      } finally {
        await again.close();
      }
    } finally {
      await test.dispose();
    }
  });
});
