import { randomUUID } from 'node:crypto';
import { RecordNotFoundError } from '@bma-kpi/database';
import type { OutboxMessage } from '@bma-kpi/messaging';
import {
  buildDatasetInput,
  openTestCatalogDatabase,
  testBackends,
  type TestCatalogDatabase,
} from '../../testing';
import { InvalidDictionaryError } from '../catalog-errors';
import { DatasetRepository } from './dataset.repository';
import { DictionaryRepository } from './dictionary.repository';
import type { DictionaryFieldInput } from './dictionary.types';

const districtCode: DictionaryFieldInput = {
  name: 'district_code',
  labelTh: 'รหัสเขต',
  dataType: 'text',
  size: 4,
  required: true,
  primaryKey: true,
  example: '1001',
};
const population: DictionaryFieldInput = {
  name: 'population',
  labelTh: 'จำนวนประชากร',
  labelEn: 'Population',
  dataType: 'numeric',
  precision: 0,
  unit: 'คน',
};

function event(payload: unknown): OutboxMessage {
  return {
    id: randomUUID(),
    subject: 'events.catalog.dictionary.replaced.v1',
    payload,
    correlationId: null,
  };
}

describe.each(testBackends)('DictionaryRepository on %s', (backend) => {
  let test: TestCatalogDatabase;
  let dictionary: DictionaryRepository;
  let datasets: DatasetRepository;

  async function newDataset(slug: string): Promise<{ id: string; resourceId: string }> {
    const dataset = await datasets.create(
      buildDatasetInput({ slug, resources: [{ name: 'CSV', format: 'CSV' }] }),
      'alice',
      null,
      [],
    );

    return { id: dataset.id, resourceId: dataset.resources[0]?.id ?? '' };
  }

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    dictionary = new DictionaryRepository(test.db.prisma);
    datasets = new DatasetRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('stores fields in order with defaults', async () => {
    const { id } = await newDataset('dictionary-store');
    const result = await dictionary.replaceFields(
      id,
      null,
      [districtCode, population],
      'alice',
      'corr-1',
      (replaced) => [event({ datasetId: id, count: replaced.fields.length })],
    );

    expect(result.changed).toBe(true);
    expect(result.fields.map((field) => [field.position, field.name])).toEqual([
      [0, 'district_code'],
      [1, 'population'],
    ]);
    expect(result.fields[1]).toMatchObject({
      unit: 'คน',
      required: false,
      personalData: false,
      allowedValues: [],
    });
    expect(await dictionary.list(id, null)).toEqual(result.fields);
    expect((await datasets.get(id))?.fields).toEqual(result.fields);
    expect(
      await test.db.prisma.outboxEvent.count({
        where: { payload: { equals: { datasetId: id, count: 2 } } },
      }),
    ).toBe(1);
    expect(
      await test.db.prisma.changeLog.count({
        where: { entity: 'DictionaryField', correlationId: 'corr-1' },
      }),
    ).toBe(2);
  });

  it('keeps ids by name and deletes missing fields', async () => {
    const { id } = await newDataset('dictionary-replace');
    const first = await dictionary.replaceFields(
      id,
      null,
      [districtCode, population],
      'alice',
      null,
      [],
    );
    const changed = { ...population, labelTh: 'ประชากรทั้งหมด', allowedValues: ['0'] };
    const second = await dictionary.replaceFields(id, null, [changed], 'bob', null, []);

    expect(second.fields).toHaveLength(1);
    expect(second.fields[0]?.id).toBe(first.fields[1]?.id);
    expect(second.fields[0]).toMatchObject({
      position: 0,
      labelTh: 'ประชากรทั้งหมด',
      allowedValues: ['0'],
    });
    expect(
      await test.db.prisma.changeLog.count({
        where: { entityId: first.fields[0]?.id, action: 'delete' },
      }),
    ).toBe(1);
  });

  it('writes nothing for an unchanged list', async () => {
    const { id } = await newDataset('dictionary-same');

    await dictionary.replaceFields(id, null, [districtCode], 'alice', null, []);
    const again = await dictionary.replaceFields(id, null, [districtCode], 'alice', null, [
      event({ same: id }),
    ]);

    expect(again.changed).toBe(false);
    expect(
      await test.db.prisma.outboxEvent.count({ where: { payload: { equals: { same: id } } } }),
    ).toBe(0);
  });

  it('keeps resource and dataset lists apart', async () => {
    const { id, resourceId } = await newDataset('dictionary-resource');

    await dictionary.replaceFields(id, null, [districtCode], 'alice', null, []);
    await dictionary.replaceFields(id, resourceId, [districtCode, population], 'alice', null, []);

    expect((await dictionary.list(id, null)).map((field) => field.name)).toEqual(['district_code']);
    expect((await dictionary.list(id, resourceId)).map((field) => field.resourceId)).toEqual([
      resourceId,
      resourceId,
    ]);
  });

  it('rejects a repeated name', async () => {
    const { id } = await newDataset('dictionary-repeat');

    await expect(
      dictionary.replaceFields(id, null, [population, population], 'alice', null, []),
    ).rejects.toThrow(InvalidDictionaryError);
  });

  it('rejects a resource of another dataset', async () => {
    const { id } = await newDataset('dictionary-own');
    const other = await newDataset('dictionary-other');

    await expect(
      dictionary.replaceFields(id, other.resourceId, [population], 'alice', null, []),
    ).rejects.toThrow(InvalidDictionaryError);
  });

  it('rejects an unknown dataset', async () => {
    await expect(
      dictionary.replaceFields(randomUUID(), null, [population], 'alice', null, []),
    ).rejects.toThrow(RecordNotFoundError);
  });

  it('rolls back every field when the events fail', async () => {
    const { id } = await newDataset('dictionary-rollback');

    await dictionary.replaceFields(id, null, [districtCode], 'alice', null, []);
    await expect(
      dictionary.replaceFields(id, null, [population], 'alice', 'corr-rollback', () => {
        throw new Error('event builder failed');
      }),
    ).rejects.toThrow('event builder failed');
    expect((await dictionary.list(id, null)).map((field) => field.name)).toEqual(['district_code']);
    expect(
      await test.db.prisma.changeLog.count({ where: { correlationId: 'corr-rollback' } }),
    ).toBe(0);
  });
});
