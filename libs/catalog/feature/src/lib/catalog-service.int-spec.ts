import type { CatalogMessages, CreateDatasetRequest } from '@bma-kpi/contracts-catalog';
import { CatalogEvents, CatalogSubjects } from '@bma-kpi/contracts-catalog';
import { MANDATORY_DATASET_FIELDS } from '@bma-kpi/catalog-domain';
import type { DomainException } from '@bma-kpi/errors';
import type { ServiceClient } from '@bma-kpi/messaging';

import {
  catalogTestTransports,
  countEvents,
  eventually,
  startCatalogService,
  type CatalogTestTransport,
  type RunningCatalogService,
} from '../testing/catalog-test-transport';

jest.setTimeout(60_000);

const createdSubject = CatalogEvents.datasetCreated;
const updatedSubject = CatalogEvents.datasetUpdated;

function datasetRequest(overrides: Partial<CreateDatasetRequest> = {}): CreateDatasetRequest {
  return {
    data_type: 'ข้อมูลสถิติ',
    title: 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข',
    owner_org: 'health-department',
    maintainer: 'กลุ่มงานสถิติ',
    maintainer_email: 'stat@bangkok.go.th',
    tag_string: 'สาธารณสุข,สถิติ',
    notes: 'จำนวนผู้ใช้บริการรายเดือนของศูนย์บริการสาธารณสุข',
    objective: ['พันธกิจหน่วยงาน'],
    update_frequency_unit: 'เดือน',
    geo_coverage: 'จังหวัด',
    data_source: 'สำนักอนามัย',
    data_format: ['CSV'],
    data_category: 'ข้อมูลสาธารณะ',
    license_id: 'Open Data Common',
    ...overrides,
  };
}

const dictionaryField = {
  name: 'district_code',
  labelTh: 'รหัสเขต',
  type: 'text' as const,
  required: true,
  primaryKey: true,
  allowedValues: [],
  personalData: false,
};

describe.each(catalogTestTransports)('catalog service over %s', (_name, openTransport) => {
  let transport: CatalogTestTransport;
  let running: RunningCatalogService;
  let sut: ServiceClient<CatalogMessages>;
  const context = { correlationId: 'int-spec', actor: 'tester' };

  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

  beforeAll(async () => {
    transport = await openTransport();
    running = await startCatalogService(transport);
    sut = running.client;
  });

  afterAll(async () => {
    await running?.close();
    await transport?.cleanUp();
  });

  let publicId = '';
  let publicSlug = '';
  let internalSlug = '';

  it('creates a dataset with a Thai title', async () => {
    const created = await sut.request(CatalogSubjects.datasetCreate, datasetRequest(), context);

    expect(created.titleTh).toBe('จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข');
    expect(created.slug).toMatch(/^dataset-[a-z0-9]+$/);
    expect(created.metadata.name).toBe(created.slug);
    expect(created.classification).toBeNull();
    expect(created.createdBy).toBe('tester');
    publicId = created.id;
    publicSlug = created.slug;
  });

  it('relays dataset.created through the outbox', async () => {
    await eventually(async () => (await countEvents(transport, createdSubject)) >= 1);

    expect(await countEvents(transport, createdSubject)).toBe(1);
  });

  it('derives the slug from the English title', async () => {
    const created = await sut.request(
      CatalogSubjects.datasetCreate,
      datasetRequest({
        title: 'งบประมาณภายในสำนักงาน',
        titleEn: 'Office internal budget',
        owner_org: 'finance-department',
        data_category: 'ข้อมูลใช้ภายใน',
        data_classification: 'ชั้นเผยแพร่ภายในองค์กร',
        tag_string: 'งบประมาณ',
      }),
      context,
    );

    expect(created.slug).toBe('office-internal-budget');
    internalSlug = created.slug;
  });

  it('rejects invalid metadata with field errors', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.datasetCreate, datasetRequest({ maintainer_email: 'not-an-email', objective: [] }), context),
    );

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(expect.arrayContaining(['maintainer_email', 'objective']));
  });

  it('rejects a companion field without its choice', async () => {
    const error = await failure(sut.request(CatalogSubjects.datasetCreate, datasetRequest({ geo_coverage_other: 'เขตพระนคร' }), context));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((fieldError) => [fieldError.field, fieldError.rule])).toEqual([['geo_coverage_other', 'otherNotAllowed']]);
  });

  it('rejects a dataset name that is taken', async () => {
    const error = await failure(sut.request(CatalogSubjects.datasetCreate, datasetRequest({ name: internalSlug }), context));

    expect(error?.code).toBe('CATALOG_SLUG_TAKEN');
  });

  it('lists by agency, category, tag and text', async () => {
    const byAgency = await sut.request(CatalogSubjects.datasetList, { agency: 'finance-department' }, context);
    const byCategory = await sut.request(CatalogSubjects.datasetList, { category: 'ข้อมูลสาธารณะ' }, context);
    const byTag = await sut.request(CatalogSubjects.datasetList, { tag: 'สถิติ' }, context);
    const byText = await sut.request(CatalogSubjects.datasetList, { q: 'งบประมาณ' }, context);

    expect(byAgency.items.map((item) => item.slug)).toEqual([internalSlug]);
    expect(byCategory.items.map((item) => item.id)).toEqual([publicId]);
    expect(byTag.items.map((item) => item.id)).toEqual([publicId]);
    expect(byText.items.map((item) => item.slug)).toEqual([internalSlug]);
  });

  it('hides an internal dataset when publicOnly', async () => {
    const all = await sut.request(CatalogSubjects.datasetList, {}, context);
    const onlyPublic = await sut.request(CatalogSubjects.datasetList, { publicOnly: true }, context);
    const hidden = await failure(sut.request(CatalogSubjects.datasetGet, { idOrSlug: internalSlug, publicOnly: true }, context));
    const visible = await sut.request(CatalogSubjects.datasetGet, { idOrSlug: publicSlug, publicOnly: true }, context);

    expect(all.total).toBe(2);
    expect(onlyPublic.items.map((item) => item.id)).toEqual([publicId]);
    expect(hidden?.code).toBe('CATALOG_DATASET_NOT_FOUND');
    expect(visible.id).toBe(publicId);
  });

  it('replaces and returns the dictionary', async () => {
    const replaced = await sut.request(CatalogSubjects.dictionaryReplace, { datasetName: publicId, fields: [dictionaryField] }, context);
    const stored = await sut.request(CatalogSubjects.dictionaryGet, { idOrSlug: publicSlug }, context);

    expect(replaced.fields.map((field) => field.name)).toEqual(['district_code']);
    expect(stored.fields).toEqual([
      { ...dictionaryField, description: null, size: null, precision: null, unit: null, minValue: null, maxValue: null, example: null, personalDataLegalBasis: null },
    ]);
    await eventually(async () => (await countEvents(transport, updatedSubject)) >= 1);
    expect(await countEvents(transport, updatedSubject)).toBe(1);
  });

  it('imports a dictionary from CSV with Thai headers', async () => {
    const exported = await sut.request(CatalogSubjects.dictionaryExportCsv, { idOrSlug: publicId }, context);
    const csv = 'ฟิลด์,ประเภท,ป้ายกำกับ\ndistrict_code,text,รหัสเขต\nvisits,int,จำนวนผู้ใช้บริการ\n';
    const imported = await sut.request(CatalogSubjects.dictionaryImportCsv, { idOrSlug: publicId, csv }, context);

    expect(exported.csv).toContain('district_code');
    expect(imported.fields.map((field) => [field.name, field.type])).toEqual([['district_code', 'text'], ['visits', 'int']]);
  });

  it('rejects CSV rows with errors', async () => {
    const csv = 'ฟิลด์,ประเภท,ป้ายกำกับ\ndistrict_code,text,รหัสเขต\nvisits,number?,จำนวน\n';
    const error = await failure(sut.request(CatalogSubjects.dictionaryImportCsv, { idOrSlug: publicId, csv }, context));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(['csv:3']);
  });

  it('exports a CKAN package with the mandatory fields', async () => {
    const ckan = await sut.request(CatalogSubjects.datasetExportCkan, { idOrSlug: publicSlug }, context);

    for (const field of MANDATORY_DATASET_FIELDS) {
      expect(ckan[field]).toBeDefined();
    }
    expect(ckan.name).toBe(publicSlug);
    expect(ckan['title']).toBe('จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข');
  });

  it('exports public datasets as DCAT', async () => {
    const dcat = await sut.request(CatalogSubjects.catalogExportDcat, { catalogUri: 'https://data.bangkok.go.th/catalog', publicOnly: true }, context);

    expect(dcat.catalog['@type']).toBe('dcat:Catalog');
    expect(dcat.datasets.map((node) => node['dct:identifier'])).toEqual([publicSlug]);
    expect(dcat.nextAfterSlug).toBeNull();
  });

  it('exports DCAT in pages that follow each other by slug', async () => {
    const request = { catalogUri: 'https://data.bangkok.go.th/catalog', limit: 1 };
    const first = await sut.request(CatalogSubjects.catalogExportDcat, request, context);
    const second = await sut.request(CatalogSubjects.catalogExportDcat, { ...request, afterSlug: first.nextAfterSlug ?? undefined }, context);
    const slugs = [...first.datasets, ...second.datasets].map((node) => node['dct:identifier']);

    expect(slugs).toEqual([internalSlug, publicSlug].sort());
    expect(first.nextAfterSlug).toBe(slugs[0]);
    expect(second.nextAfterSlug).toBeNull();
  });

  it('rejects a DCAT page size above the maximum', async () => {
    const error = await failure(sut.request(CatalogSubjects.catalogExportDcat, { catalogUri: 'https://data.bangkok.go.th/catalog', limit: 201 }, context));

    expect(error?.code).toBe('VALIDATION_FAILED');
  });

  it('adds a link resource and rejects a stale version', async () => {
    const current = await sut.request(CatalogSubjects.datasetGet, { idOrSlug: publicSlug }, context);
    const resource = { name: 'ไฟล์ CSV รายเดือน', url: 'https://data.bangkok.go.th/dataset/visits.csv', format: 'CSV' };
    const added = await sut.request(CatalogSubjects.resourceAdd, { idOrSlug: publicSlug, expectedVersion: current.version, resource }, context);
    const stale = await failure(sut.request(CatalogSubjects.resourceAdd, { idOrSlug: publicSlug, expectedVersion: current.version, resource }, context));

    expect(added.version).toBe(current.version + 1);
    expect(added.resources.map((item) => item.name)).toEqual(['ไฟล์ CSV รายเดือน']);
    expect(stale?.code).toBe('CATALOG_VERSION_CONFLICT');
  });

  it('keeps a dictionary per resource apart from the dataset\'s', async () => {
    const [resource] = (await sut.request(CatalogSubjects.datasetGet, { idOrSlug: publicSlug }, context)).resources;
    const replaced = await sut.request(
      CatalogSubjects.dictionaryReplace,
      { datasetName: publicSlug, resourceId: resource?.id, fields: [{ ...dictionaryField, name: 'month' }] },
      context,
    );
    const datasetFields = await sut.request(CatalogSubjects.dictionaryGet, { idOrSlug: publicSlug }, context);
    const unknown = await failure(
      sut.request(CatalogSubjects.dictionaryGet, { idOrSlug: publicSlug, resourceId: '00000000-0000-4000-8000-000000000000' }, context),
    );

    expect(replaced.resourceId).toBe(resource?.id);
    expect(replaced.fields.map((field) => field.name)).toEqual(['month']);
    expect(datasetFields.fields.map((field) => field.name)).not.toContain('month');
    expect(unknown?.code).toBe('CATALOG_RESOURCE_NOT_FOUND');
  });

  it('removes a resource', async () => {
    const [resource] = (await sut.request(CatalogSubjects.datasetGet, { idOrSlug: publicSlug }, context)).resources;
    const removed = await sut.request(CatalogSubjects.resourceRemove, { idOrSlug: publicSlug, resourceId: resource?.id ?? '' }, context);

    expect(removed.resources).toEqual([]);
  });

  it('reports a dataset that does not exist', async () => {
    const error = await failure(sut.request(CatalogSubjects.dictionaryGet, { idOrSlug: 'no-such-dataset' }, context));

    expect(error?.code).toBe('CATALOG_DATASET_NOT_FOUND');
  });

  it('reports its health', async () => {
    const health = await sut.request(CatalogSubjects.healthCheck, {}, context);

    expect(health.status).toBe('ok');
    expect(health.service).toBe('catalog');
    expect(health.outboxBacklog).toBeGreaterThanOrEqual(0);
  });
});
