import { randomUUID } from 'node:crypto';
import { InvalidInputError, RecordNotFoundError, VersionConflictError } from '@bma-kpi/database';
import type { OutboxMessage } from '@bma-kpi/messaging';
import {
  buildDatasetInput,
  openTestCatalogDatabase,
  testBackends,
  type TestCatalogDatabase,
} from '../../testing';
import { SlugTakenError } from '../catalog-errors';
import { DatasetRepository } from './dataset.repository';

function event(subject: string, payload: unknown = {}): OutboxMessage {
  return { id: randomUUID(), subject, payload, correlationId: 'corr-1' };
}

describe.each(testBackends)('DatasetRepository on %s', (backend) => {
  let test: TestCatalogDatabase;
  let datasets: DatasetRepository;

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    datasets = new DatasetRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('creates and reads back a dataset', async () => {
    const created = await datasets.create(
      buildDatasetInput({
        slug: 'create-read',
        resources: [
          {
            name: 'ไฟล์ CSV',
            format: 'CSV',
            objectSha256: 'a'.repeat(64),
            sizeBytes: 5_000_000_000,
            mediaType: 'text/csv',
          },
          {
            name: 'ลิงก์',
            format: 'HTML',
            url: 'https://data.bangkok.go.th/',
            metadata: { resource_cdp: 'ไม่ใช่' },
          },
        ],
      }),
      'alice',
      'corr-1',
      (detail) => [event('events.catalog.dataset.created.v1', { id: detail.id })],
    );

    expect(created.version).toBe(1);
    expect(created.createdBy).toBe('alice');
    expect(created.lastUpdatedDate).toBe('2024-09-30');
    expect(created.metadata['tag_string']).toBe('ประชากร,สถิติ');
    expect(created.resources.map((resource) => [resource.name, resource.position])).toEqual([
      ['ไฟล์ CSV', 0],
      ['ลิงก์', 1],
    ]);
    expect(created.resources[0]?.sizeBytes).toBe(5_000_000_000);
    expect(created.resources[1]?.metadata).toEqual({ resource_cdp: 'ไม่ใช่' });
    expect(await datasets.get(created.id)).toEqual(created);
    expect(await datasets.getBySlug('create-read')).toEqual(created);
    expect(await datasets.get(randomUUID())).toBeNull();
  });

  it('writes a ChangeLog row and the events with a create', async () => {
    const created = await datasets.create(
      buildDatasetInput({ slug: 'audited' }),
      'alice',
      'corr-7',
      [event('events.catalog.dataset.created.v1', { slug: 'audited' })],
    );
    const log = await test.db.prisma.changeLog.findMany({ where: { entityId: created.id } });
    const outbox = await test.db.prisma.outboxEvent.findMany({
      where: { payload: { equals: { slug: 'audited' } } },
    });

    expect(log).toHaveLength(1);
    expect(log[0]?.action).toBe('create');
    expect(log[0]?.correlationId).toBe('corr-7');
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.sentAt).toBeNull();
  });

  it('rejects a taken slug and leaves no rows', async () => {
    await datasets.create(buildDatasetInput({ slug: 'taken' }), 'alice', null, []);
    const before = await test.db.prisma.changeLog.count();
    const outboxBefore = await test.db.prisma.outboxEvent.count();

    await expect(
      datasets.create(buildDatasetInput({ slug: 'taken' }), 'bob', null, [
        event('events.catalog.dataset.created.v1'),
      ]),
    ).rejects.toThrow(SlugTakenError);
    expect(await test.db.prisma.dataset.count({ where: { slug: 'taken' } })).toBe(1);
    expect(await test.db.prisma.changeLog.count()).toBe(before);
    expect(await test.db.prisma.outboxEvent.count()).toBe(outboxBefore);
  });

  it('rolls back a create whose events fail', async () => {
    const id = randomUUID();

    await expect(
      datasets.create(buildDatasetInput({ id, slug: 'rolled-back' }), 'alice', null, () => {
        throw new Error('event builder failed');
      }),
    ).rejects.toThrow('event builder failed');
    expect(await datasets.get(id)).toBeNull();
    expect(await test.db.prisma.changeLog.count({ where: { entityId: id } })).toBe(0);
    expect(await test.db.prisma.resource.count({ where: { datasetId: id } })).toBe(0);
  });

  it('rejects an invalid slug', async () => {
    await expect(
      datasets.create(buildDatasetInput({ slug: 'Not A Slug' }), 'alice', null, []),
    ).rejects.toThrow(InvalidInputError);
  });

  it('updates with the expected version', async () => {
    const created = await datasets.create(
      buildDatasetInput({ slug: 'to-update' }),
      'alice',
      null,
      [],
    );
    const result = await datasets.update(
      created.id,
      {
        titleTh: 'ประชากรแยกตามเขต',
        lastUpdatedDate: null,
        metadata: { ...created.metadata, notes: 'ปรับปรุงแล้ว' },
      },
      1,
      'bob',
      'corr-2',
      (update) => [
        event('events.catalog.dataset.updated.v1', {
          id: update.dataset.id,
          version: update.dataset.version,
        }),
      ],
    );
    const log = await test.db.prisma.changeLog.findMany({
      where: { entityId: created.id, action: 'update' },
    });

    expect(result.changedFields.sort()).toEqual(['lastUpdatedDate', 'metadata', 'titleTh']);
    expect(result.dataset.version).toBe(2);
    expect(result.dataset.updatedBy).toBe('bob');
    expect(result.dataset.lastUpdatedDate).toBeNull();
    expect(log).toHaveLength(1);
    const outbox = await test.db.prisma.outboxEvent.count({
      where: { payload: { equals: { id: created.id, version: 2 } } },
    });

    expect(outbox).toBe(1);
  });

  it('writes nothing for a patch without changes', async () => {
    const created = await datasets.create(
      buildDatasetInput({ slug: 'unchanged' }),
      'alice',
      null,
      [],
    );
    const result = await datasets.update(created.id, { titleTh: created.titleTh }, 1, 'bob', null, [
      event('events.catalog.dataset.updated.v1', { unchanged: true }),
    ]);

    expect(result.changedFields).toEqual([]);
    expect(result.dataset.version).toBe(1);
    expect(
      await test.db.prisma.outboxEvent.count({
        where: { payload: { equals: { unchanged: true } } },
      }),
    ).toBe(0);
  });

  it('rejects a stale version', async () => {
    const created = await datasets.create(buildDatasetInput({ slug: 'stale' }), 'alice', null, []);

    await datasets.update(created.id, { titleEn: 'First' }, 1, 'bob', null, []);
    await expect(
      datasets.update(created.id, { titleEn: 'Second' }, 1, 'carol', null, []),
    ).rejects.toThrow(VersionConflictError);
    expect((await datasets.get(created.id))?.titleEn).toBe('First');
  });

  it('rejects an update to a taken slug', async () => {
    await datasets.create(buildDatasetInput({ slug: 'slug-owner' }), 'alice', null, []);
    const other = await datasets.create(
      buildDatasetInput({ slug: 'slug-other' }),
      'alice',
      null,
      [],
    );

    await expect(
      datasets.update(other.id, { slug: 'slug-owner' }, 1, 'bob', null, []),
    ).rejects.toThrow(SlugTakenError);
  });

  it('rejects an update of an unknown dataset', async () => {
    await expect(
      datasets.update(randomUUID(), { titleEn: 'x' }, undefined, 'bob', null, []),
    ).rejects.toThrow(RecordNotFoundError);
  });

  it('lists slugs with a prefix', async () => {
    await datasets.create(buildDatasetInput({ slug: 'budget' }), 'alice', null, []);
    await datasets.create(buildDatasetInput({ slug: 'budget-2' }), 'alice', null, []);
    await datasets.create(buildDatasetInput({ slug: 'budget-1' }), 'alice', null, []);

    expect(await datasets.slugsStartingWith('budget')).toEqual(['budget', 'budget-1', 'budget-2']);
    expect(await datasets.slugsStartingWith('no-such-prefix')).toEqual([]);
  });
});
