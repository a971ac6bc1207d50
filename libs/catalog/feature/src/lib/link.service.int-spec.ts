import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type { CatalogMessages, CreateDatasetRequest } from '@bma-kpi/contracts-catalog';
import { CatalogEvents, CatalogSubjects } from '@bma-kpi/contracts-catalog';
import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import type { DomainException } from '@bma-kpi/errors';
// eslint-disable-next-line @nx/enforce-module-boundaries -- this test starts the real indicators service to check the cross-service contract; catalog sources reach it only through its contracts.
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { ServiceClient } from '@bma-kpi/messaging';

import {
  catalogTestTransports,
  countEvents,
  eventually,
  startCatalogService,
  type CatalogTestTransport,
  type RunningCatalogService,
} from '../testing/catalog-test-transport';

jest.setTimeout(60_000);


const linkedSubject = CatalogEvents.datasetIndicatorLinked;
const unlinkedSubject = CatalogEvents.datasetIndicatorUnlinked;

function datasetRequest(overrides: Partial<CreateDatasetRequest> = {}): CreateDatasetRequest {
  return {
    data_type: 'ข้อมูลสถิติ',
    title: 'จำนวนชุดข้อมูลที่มีคำอธิบายชุดข้อมูลดิจิทัล',
    owner_org: 'strategy-department',
    maintainer: 'กลุ่มงานธรรมาภิบาลข้อมูล',
    maintainer_email: 'data@bangkok.go.th',
    tag_string: 'ธรรมาภิบาลข้อมูล',
    notes: 'จำนวนชุดข้อมูลของหน่วยงานที่มีคำอธิบายชุดข้อมูลครบ',
    objective: ['พันธกิจหน่วยงาน'],
    update_frequency_unit: 'ไตรมาส',
    geo_coverage: 'จังหวัด',
    data_source: 'สำนักยุทธศาสตร์และประเมินผล',
    data_format: ['CSV'],
    data_category: 'ข้อมูลสาธารณะ',
    license_id: 'Open Data Common',
    ...overrides,
  };
}

describe.each(catalogTestTransports)('dataset–indicator links over %s', (_name, openTransport) => {
  let transport: CatalogTestTransport;
  let indicatorsService: INestMicroservice | null = null;
  let catalog: RunningCatalogService;
  let testProxy: ClientProxy;
  let sut: ServiceClient<CatalogMessages>;
  let indicators: ServiceClient<IndicatorsMessages>;
  let indicatorId = '';
  let datasetId = '';
  let datasetSlug = '';
  let internalDatasetId = '';
  let wholeLinkId = '';
  let fieldLinkId = '';
  const context = { correlationId: 'links-int-spec', actor: 'tester' };

  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

  beforeAll(async () => {
    transport = await openTransport();
    indicatorsService = await createIndicatorsService(transport.server('indicators'), {
      databaseUrl: await transport.databaseUrl('links_indicators'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'indicators', level: 'silent', pretty: false },
    });
    await indicatorsService.listen();
    catalog = await startCatalogService(transport, {
      indicators: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 2000 },
    });
    sut = catalog.client;
    testProxy = transport.client();
    indicators = new ServiceClient(testProxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });

    indicatorId = (
      await indicators.request(
        IndicatorsSubjects.indicatorCreate,
        { fiscalYear: 2564, code: '0411-0005', title: 'ร้อยละของชุดข้อมูลที่มีคำอธิบายชุดข้อมูล', agencyCode: '0411' },
        context,
      )
    ).id;
    const dataset = await sut.request(CatalogSubjects.datasetCreate, datasetRequest(), context);
    const internal = await sut.request(
      CatalogSubjects.datasetCreate,
      datasetRequest({
        title: 'ทะเบียนบุคลากรด้านข้อมูล',
        titleEn: 'Data staff register',
        data_category: 'ข้อมูลใช้ภายใน',
        data_classification: 'ชั้นเผยแพร่ภายในองค์กร',
      }),
      context,
    );

    datasetId = dataset.id;
    datasetSlug = dataset.slug;
    internalDatasetId = internal.id;
    await sut.request(
      CatalogSubjects.dictionaryReplace,
      {
        datasetName: datasetId,
        fields: [
          {
            name: 'described_datasets',
            labelTh: 'จำนวนชุดข้อมูลที่มีคำอธิบาย',
            type: 'int',
            required: true,
            primaryKey: false,
            allowedValues: [],
            personalData: false,
          },
        ],
      },
      context,
    );
  });

  afterAll(async () => {
    await catalog?.close();
    await indicatorsService?.close();
    await testProxy?.close();
    await transport?.cleanUp();
  });

  it('links a whole dataset', async () => {
    const link = await sut.request(CatalogSubjects.linkCreate, { idOrSlug: datasetSlug, indicatorId }, context);

    expect(link.datasetId).toBe(datasetId);
    expect(link.field).toBeNull();
    expect(link.createdBy).toBe('tester');
    expect(link.indicatorStatus).toBe('available');
    expect(link.indicator).toEqual({
      id: indicatorId,
      code: '0411-0005',
      titleTh: 'ร้อยละของชุดข้อมูลที่มีคำอธิบายชุดข้อมูล',
      fiscalYear: 2564,
      agencyCode: '0411',
    });
    wholeLinkId = link.id;
  });

  it('links one dictionary field by name', async () => {
    const link = await sut.request(
      CatalogSubjects.linkCreate,
      { idOrSlug: datasetId, indicatorId, fieldName: 'described_datasets' },
      context,
    );

    expect(link.field?.name).toBe('described_datasets');
    expect(link.field?.labelTh).toBe('จำนวนชุดข้อมูลที่มีคำอธิบาย');
    fieldLinkId = link.id;
  });

  it('relays indicator-linked through the outbox', async () => {
    await eventually(async () => (await countEvents(transport, linkedSubject)) >= 2);

    expect(await countEvents(transport, linkedSubject)).toBe(2);
  });

  it('rejects a duplicate link with 409', async () => {
    const whole = await failure(sut.request(CatalogSubjects.linkCreate, { idOrSlug: datasetId, indicatorId }, context));
    const field = await failure(
      sut.request(CatalogSubjects.linkCreate, { idOrSlug: datasetId, indicatorId, fieldName: 'described_datasets' }, context),
    );

    expect(whole?.code).toBe('CATALOG_LINK_EXISTS');
    expect(field?.code).toBe('CATALOG_LINK_EXISTS');
  });

  it('rejects an unknown indicator with its field', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.linkCreate, { idOrSlug: datasetId, indicatorId: '00000000-0000-4000-8000-000000000000' }, context),
    );

    expect(error?.code).toBe('CATALOG_INDICATOR_NOT_FOUND');
    expect(error?.extra.errors?.[0]).toMatchObject({ field: 'indicatorId', rule: 'exists' });
    expect(error?.messageTh).toContain('ไม่พบตัวชี้วัด');
  });

  it('rejects an unknown field name', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.linkCreate, { idOrSlug: datasetId, indicatorId, fieldName: 'no_such_field' }, context),
    );

    expect(error?.code).toBe('CATALOG_DICTIONARY_FIELD_NOT_FOUND');
    expect(error?.extra.errors?.[0]).toMatchObject({ field: 'fieldName', rule: 'exists' });
  });

  it('rejects an unknown dataset and bad ids', async () => {
    const unknownDataset = await failure(sut.request(CatalogSubjects.linkCreate, { idOrSlug: 'no-such-dataset', indicatorId }, context));
    const badIndicator = await failure(sut.request(CatalogSubjects.linkCreate, { idOrSlug: datasetId, indicatorId: 'kpi-5' }, context));

    expect(unknownDataset?.code).toBe('CATALOG_DATASET_NOT_FOUND');
    expect(badIndicator?.code).toBe('VALIDATION_FAILED');
    expect(badIndicator?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(['indicatorId']);
  });

  it('lists the indicators of a dataset', async () => {
    const list = await sut.request(CatalogSubjects.linkListByDataset, { idOrSlug: datasetSlug }, context);

    expect(list.datasetId).toBe(datasetId);
    expect(list.items.map((item) => item.id)).toEqual([wholeLinkId, fieldLinkId]);
    expect(list.items.map((item) => item.indicator?.code)).toEqual(['0411-0005', '0411-0005']);
    expect(list.items.map((item) => item.indicatorStatus)).toEqual(['available', 'available']);
  });

  it('lists the datasets of an indicator', async () => {
    await sut.request(CatalogSubjects.linkCreate, { idOrSlug: internalDatasetId, indicatorId }, context);
    const all = await sut.request(CatalogSubjects.linkListByIndicator, { indicatorId }, context);
    const onlyPublic = await sut.request(CatalogSubjects.linkListByIndicator, { indicatorId, publicOnly: true }, context);

    expect(all.indicator?.titleTh).toBe('ร้อยละของชุดข้อมูลที่มีคำอธิบายชุดข้อมูล');
    expect(all.items.map((item) => item.dataset.id)).toEqual([datasetId, datasetId, internalDatasetId]);
    expect(all.items.map((item) => item.dataset.isPublic)).toEqual([true, true, false]);
    expect(all.items[2]?.dataset.classification).toBe('ชั้นเผยแพร่ภายในองค์กร');
    expect(onlyPublic.items.map((item) => item.dataset.id)).toEqual([datasetId, datasetId]);
  });

  it('reports an indicator without links that does not exist', async () => {
    const error = await failure(
      sut.request(CatalogSubjects.linkListByIndicator, { indicatorId: '00000000-0000-4000-8000-000000000000' }, context),
    );

    expect(error?.code).toBe('CATALOG_INDICATOR_NOT_FOUND');
  });

  it('unlinks only a link of the named dataset', async () => {
    const wrongDataset = await failure(sut.request(CatalogSubjects.linkDelete, { idOrSlug: internalDatasetId, linkId: fieldLinkId }, context));
    const removed = await sut.request(CatalogSubjects.linkDelete, { idOrSlug: datasetId, linkId: fieldLinkId }, context);
    const again = await failure(sut.request(CatalogSubjects.linkDelete, { idOrSlug: datasetId, linkId: fieldLinkId }, context));
    const list = await sut.request(CatalogSubjects.linkListByDataset, { idOrSlug: datasetId }, context);

    expect(wrongDataset?.code).toBe('CATALOG_LINK_NOT_FOUND');
    expect(removed.id).toBe(fieldLinkId);
    expect(again?.code).toBe('CATALOG_LINK_NOT_FOUND');
    expect(list.items.map((item) => item.id)).toEqual([wholeLinkId]);
    await eventually(async () => (await countEvents(transport, unlinkedSubject)) >= 1);
    expect(await countEvents(transport, unlinkedSubject)).toBe(1);
  });

  describe('with the indicators service stopped', () => {
    beforeAll(async () => {
      await indicatorsService?.close();
      indicatorsService = null;
    });

    it('answers 503 to a new link', async () => {
      const error = await failure(
        sut.request(CatalogSubjects.linkCreate, { idOrSlug: datasetId, indicatorId, fieldName: 'described_datasets' }, context),
      );

      expect(error?.code).toBe('SERVICE_UNAVAILABLE');
    });

    it('still lists the links of a dataset', async () => {
      const list = await sut.request(CatalogSubjects.linkListByDataset, { idOrSlug: datasetId }, context);

      expect(list.items.map((item) => item.id)).toEqual([wholeLinkId]);
      expect(list.items[0]?.indicatorStatus).toBe('unavailable');
      expect(list.items[0]?.indicator).toBeNull();
      expect(list.items[0]?.indicatorId).toBe(indicatorId);
    });

    it('still lists the datasets of an indicator', async () => {
      const list = await sut.request(CatalogSubjects.linkListByIndicator, { indicatorId }, context);

      expect(list.indicatorStatus).toBe('unavailable');
      expect(list.items.map((item) => item.dataset.id)).toEqual([datasetId, internalDatasetId]);
    });
  });
});
