import { RecordNotFoundError, VersionConflictError } from '@bma-kpi/database';
import { buildDatasetInput, openTestCatalogDatabase, testBackends, type TestCatalogDatabase } from '../../testing';
import { DatasetRepository } from './dataset.repository';
import { ResourceRepository } from './resource.repository';

const audit = { actor: 'tester', correlationId: 'corr-1' };
const csvLink = { name: 'ไฟล์ CSV', url: 'https://data.bangkok.go.th/x.csv', format: 'CSV' };

describe.each(testBackends)('ResourceRepository on %s', (backend) => {
  let test: TestCatalogDatabase;
  let resources: ResourceRepository;
  let datasetId = '';

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    resources = new ResourceRepository(test.db.prisma);
    datasetId = (await new DatasetRepository(test.db.prisma).create(buildDatasetInput({ slug: 'with-resources' }), 'seed', null, [])).id;
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('appends resources in order and increments the version', async () => {
    const first = await resources.add(datasetId, csvLink, 1, audit, []);
    const second = await resources.add(
      datasetId,
      { name: 'ไฟล์ที่อัปโหลด', objectSha256: 'b'.repeat(64), format: 'PDF', sizeBytes: 2048, mediaType: 'application/pdf' },
      undefined,
      audit,
      [],
    );

    expect(first.dataset.version).toBe(2);
    expect(second.dataset.resources.map((resource) => [resource.name, resource.position])).toEqual([
      ['ไฟล์ CSV', 0],
      ['ไฟล์ที่อัปโหลด', 1],
    ]);
    expect(second.dataset.resources[1]?.sizeBytes).toBe(2048);
  });

  it('rejects a stale version without writing', async () => {
    await expect(resources.add(datasetId, csvLink, 1, audit, [])).rejects.toThrow(VersionConflictError);
    expect(await test.db.prisma.resource.count({ where: { datasetId } })).toBe(2);
  });

  it('updates one resource and records the change', async () => {
    const [first] = await test.db.prisma.resource.findMany({ where: { datasetId }, orderBy: { position: 'asc' } });
    const result = await resources.update(datasetId, first?.id ?? '', { name: 'ไฟล์ CSV รายเดือน', metadata: { description: 'อัปเดตทุกเดือน' } }, undefined, audit, []);
    const log = await test.db.prisma.changeLog.findFirst({ where: { entity: 'Resource', entityId: first?.id ?? '', action: 'update' } });

    expect(result.dataset.resources[0]?.name).toBe('ไฟล์ CSV รายเดือน');
    expect(log?.changes).toMatchObject({ name: { from: 'ไฟล์ CSV', to: 'ไฟล์ CSV รายเดือน' } });
  });

  it('removes a resource and closes the gap', async () => {
    const [first] = await test.db.prisma.resource.findMany({ where: { datasetId }, orderBy: { position: 'asc' } });
    const eventId = '11111111-1111-4111-8111-111111111111';
    const result = await resources.remove(datasetId, first?.id ?? '', undefined, audit, (change) => [
      { id: eventId, subject: 'events.catalog.dataset.updated.v1', payload: { resourceId: change.resourceId }, correlationId: audit.correlationId },
    ]);
    const event = await test.db.prisma.outboxEvent.findUnique({ where: { id: eventId } });

    expect(result.dataset.resources.map((resource) => [resource.name, resource.position])).toEqual([['ไฟล์ที่อัปโหลด', 0]]);
    expect(event?.payload).toEqual({ resourceId: first?.id });
  });

  it('reports an unknown resource or dataset', async () => {
    await expect(resources.remove(datasetId, '00000000-0000-4000-8000-000000000000', undefined, audit, [])).rejects.toThrow(RecordNotFoundError);
    await expect(resources.add('00000000-0000-4000-8000-000000000000', csvLink, undefined, audit, [])).rejects.toThrow(RecordNotFoundError);
  });

  it('rejects a malformed hash before writing', async () => {
    await expect(resources.add(datasetId, { ...csvLink, objectSha256: 'xyz' }, undefined, audit, [])).rejects.toThrow('objectSha256');
  });
});
