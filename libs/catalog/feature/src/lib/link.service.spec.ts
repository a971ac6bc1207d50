import type { DatasetDetail, DatasetIndicatorLinkRecord, LinkRepository } from '@bma-kpi/catalog-data-access';
import { DuplicateLinkError } from '@bma-kpi/catalog-data-access';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';
import type { OutboxRelay } from '@bma-kpi/messaging';

import type { DatasetService } from './dataset.service';
import type { IndicatorsClient } from './indicators.client';
import { LinkService } from './link.service';

const meta = { actor: 'tester', correlationId: 'spec' };
const indicatorId = '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11';
const indicator = { id: indicatorId, code: '0411-0005', titleTh: 'ตัวชี้วัด', fiscalYear: 2564, agencyCode: '0411' };

const dataset = {
  id: 'd1d1d1d1-0000-4000-8000-000000000001',
  slug: 'described-datasets',
  titleTh: 'ชุดข้อมูล',
  titleEn: null,
  agencyCode: 'strategy-department',
  dataCategory: 'ข้อมูลสาธารณะ',
  classification: 'ไม่ระบุ',
  fields: [{ id: 'f1f1f1f1-0000-4000-8000-000000000001', resourceId: null, name: 'described_datasets', labelTh: 'จำนวน' }],
} as unknown as DatasetDetail;

const storedLink: DatasetIndicatorLinkRecord = {
  id: 'a1a1a1a1-0000-4000-8000-000000000001',
  datasetId: dataset.id,
  indicatorId,
  fieldId: null,
  note: null,
  createdBy: 'tester',
  createdAt: '2026-12-04T10:00:00.000Z',
};

/** Builds a LinkService whose dataset service, repository, indicators client and relay are Jest mocks. */
function newTestService() {
  const datasets = { find: jest.fn().mockResolvedValue(dataset) };
  const links = {
    link: jest.fn().mockResolvedValue(storedLink),
    unlink: jest.fn(),
    listByDataset: jest.fn().mockResolvedValue([storedLink]),
    listByIndicator: jest.fn().mockResolvedValue([storedLink]),
  };
  const indicators = { get: jest.fn().mockResolvedValue(indicator), lookup: jest.fn() };
  const relay = { kick: jest.fn() };
  const sut = new LinkService(
    datasets as unknown as DatasetService,
    links as unknown as LinkRepository,
    indicators as unknown as IndicatorsClient,
    relay as unknown as OutboxRelay,
  );

  return { sut, datasets, links, indicators, relay };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

describe('LinkService', () => {
  it('stores a link after the indicator check', async () => {
    const { sut, links, relay } = newTestService();
    const link = await sut.link({ idOrSlug: dataset.slug, indicatorId }, meta);

    expect(link.indicator).toEqual(indicator);
    expect(links.link).toHaveBeenCalledWith({ datasetId: dataset.id, indicatorId, fieldId: null, note: null }, 'tester', 'spec', expect.any(Function));
    expect(relay.kick).toHaveBeenCalledTimes(1);
  });

  it('rejects an unknown field before asking for the indicator', async () => {
    const { sut, indicators, links } = newTestService();
    const error = await failure(sut.link({ idOrSlug: dataset.slug, indicatorId, fieldName: 'no_such_field' }, meta));

    expect(error?.code).toBe('CATALOG_DICTIONARY_FIELD_NOT_FOUND');
    expect(indicators.get).not.toHaveBeenCalled();
    expect(links.link).not.toHaveBeenCalled();
  });

  it('stores nothing when the indicators service is down', async () => {
    const { sut, indicators, links } = newTestService();

    indicators.get.mockRejectedValue(new DomainException(CommonErrorCode.serviceUnavailable, 'down', 'ไม่พร้อม'));
    const error = await failure(sut.link({ idOrSlug: dataset.slug, indicatorId }, meta));

    expect(error?.code).toBe('SERVICE_UNAVAILABLE');
    expect(links.link).not.toHaveBeenCalled();
  });

  it('turns a duplicate into CATALOG_LINK_EXISTS', async () => {
    const { sut, links } = newTestService();

    links.link.mockRejectedValue(new DuplicateLinkError(dataset.id, indicatorId, null));
    const error = await failure(sut.link({ idOrSlug: dataset.slug, indicatorId }, meta));

    expect(error?.code).toBe('CATALOG_LINK_EXISTS');
  });

  it('lists links with unavailable indicators', async () => {
    const { sut, indicators } = newTestService();

    indicators.lookup.mockResolvedValue(new Map([[indicatorId, { status: 'unavailable', indicator: null }]]));
    const list = await sut.listByDataset(dataset.slug, meta);

    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.indicatorStatus).toBe('unavailable');
    expect(list.items[0]?.indicatorId).toBe(indicatorId);
  });

  it('rejects unlinking a link of another dataset', async () => {
    const { sut, links } = newTestService();
    const error = await failure(sut.unlink({ idOrSlug: dataset.slug, linkId: 'b2b2b2b2-0000-4000-8000-000000000002' }, meta));

    expect(error?.code).toBe('CATALOG_LINK_NOT_FOUND');
    expect(links.unlink).not.toHaveBeenCalled();
  });

  it('reports an indicator without links that does not exist', async () => {
    const { sut, links, indicators } = newTestService();

    links.listByIndicator.mockResolvedValue([]);
    indicators.lookup.mockResolvedValue(new Map([[indicatorId, { status: 'notFound', indicator: null }]]));
    const error = await failure(sut.listByIndicator({ indicatorId }, meta));

    expect(error?.code).toBe('CATALOG_INDICATOR_NOT_FOUND');
  });
});
