import { randomUUID } from 'node:crypto';
import { RecordNotFoundError } from '@bma-kpi/database';
import {
  buildDatasetInput,
  openTestCatalogDatabase,
  testBackends,
  type TestCatalogDatabase,
} from '../../testing';
import { DuplicateLinkError, InvalidDictionaryError } from '../catalog-errors';
import { DatasetRepository } from './dataset.repository';
import { DictionaryRepository } from './dictionary.repository';
import { LinkRepository } from './link.repository';

describe.each(testBackends)('LinkRepository on %s', (backend) => {
  let test: TestCatalogDatabase;
  let links: LinkRepository;
  let datasetId: string;
  let fieldId: string;
  let otherDatasetId: string;

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    links = new LinkRepository(test.db.prisma);
    const datasets = new DatasetRepository(test.db.prisma);

    datasetId = (await datasets.create(buildDatasetInput({ slug: 'linked' }), 'alice', null, []))
      .id;
    otherDatasetId = (
      await datasets.create(buildDatasetInput({ slug: 'other' }), 'alice', null, [])
    ).id;
    const dictionary = await new DictionaryRepository(test.db.prisma).replaceFields(
      datasetId,
      null,
      [{ name: 'population', labelTh: 'จำนวนประชากร', dataType: 'numeric' }],
      'alice',
      null,
      [],
    );

    fieldId = dictionary.fields[0]?.id ?? '';
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('links, lists and unlinks', async () => {
    const indicatorId = randomUUID();
    const whole = await links.link({ datasetId, indicatorId }, 'alice', 'corr-1', (link) => [
      {
        id: randomUUID(),
        subject: 'events.catalog.link.created.v1',
        payload: { linkId: link.id },
        correlationId: 'corr-1',
      },
    ]);
    const field = await links.link({ datasetId, indicatorId, fieldId }, 'alice', null, []);

    expect(whole).toMatchObject({ datasetId, indicatorId, fieldId: null, createdBy: 'alice' });
    expect((await links.listByDataset(datasetId)).map((link) => link.id)).toEqual([
      whole.id,
      field.id,
    ]);
    expect((await links.listByIndicator(indicatorId)).map((link) => link.id)).toEqual([
      whole.id,
      field.id,
    ]);
    expect(
      await test.db.prisma.outboxEvent.count({
        where: { payload: { equals: { linkId: whole.id } } },
      }),
    ).toBe(1);

    const removed = await links.unlink(whole.id, 'bob', null, []);

    expect(removed.id).toBe(whole.id);
    expect((await links.listByIndicator(indicatorId)).map((link) => link.id)).toEqual([field.id]);
    expect(await test.db.prisma.changeLog.count({ where: { entityId: whole.id } })).toBe(2);
  });

  it('rejects a second whole-dataset link', async () => {
    const indicatorId = randomUUID();

    await links.link({ datasetId, indicatorId }, 'alice', null, []);
    await expect(
      links.link({ datasetId, indicatorId, fieldId: null }, 'alice', null, []),
    ).rejects.toThrow(DuplicateLinkError);
  });

  it('rejects a second field link', async () => {
    const indicatorId = randomUUID();

    await links.link({ datasetId, indicatorId, fieldId }, 'alice', null, []);
    await expect(
      links.link({ datasetId, indicatorId, fieldId }, 'alice', null, []),
    ).rejects.toThrow(DuplicateLinkError);
  });

  it('rejects a field of another dataset', async () => {
    await expect(
      links.link(
        { datasetId: otherDatasetId, indicatorId: randomUUID(), fieldId },
        'alice',
        null,
        [],
      ),
    ).rejects.toThrow(InvalidDictionaryError);
  });

  it('rejects an unknown dataset or link', async () => {
    await expect(
      links.link({ datasetId: randomUUID(), indicatorId: randomUUID() }, 'alice', null, []),
    ).rejects.toThrow(RecordNotFoundError);
    await expect(links.unlink(randomUUID(), 'alice', null, [])).rejects.toThrow(
      RecordNotFoundError,
    );
  });

  it('rolls back a link whose events fail', async () => {
    const indicatorId = randomUUID();

    await expect(
      links.link({ datasetId, indicatorId }, 'alice', null, () => {
        throw new Error('event builder failed');
      }),
    ).rejects.toThrow('event builder failed');
    expect(await links.listByIndicator(indicatorId)).toEqual([]);
  });
});
