import { InvalidInputError } from '@bma-kpi/database';
import {
  buildDatasetInput,
  openTestCatalogDatabase,
  testBackends,
  type TestCatalogDatabase,
} from '../../testing';
import { DatasetRepository } from './dataset.repository';
import type { DatasetListQuery } from './dataset.types';

describe.each(testBackends)('DatasetRepository.list on %s', (backend) => {
  let test: TestCatalogDatabase;
  let datasets: DatasetRepository;

  async function slugsOf(query: Omit<DatasetListQuery, 'page' | 'pageSize'>): Promise<string[]> {
    const page = await datasets.list({ page: 1, pageSize: 50, ...query });

    return page.items.map((item) => item.slug);
  }

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    datasets = new DatasetRepository(test.db.prisma);
    await datasets.create(buildDatasetInput({ slug: 'population' }), 'seed', null, []);
    await datasets.create(
      buildDatasetInput({
        slug: 'budget-plan',
        agencyCode: '5047',
        titleTh: 'งบประมาณรายจ่ายประจำปี',
        titleEn: null,
        datasetType: 'ข้อมูลระเบียน',
        dataCategory: 'ข้อมูลใช้ภายใน',
        classification: 'ชั้นเผยแพร่ภายในองค์กร',
        metadata: { notes: 'งบประมาณ 50% ของสำนักงานเขต', tag_string: ['งบประมาณ', 'การเงิน'] },
      }),
      'seed',
      null,
      [],
    );
    await datasets.create(
      buildDatasetInput({
        slug: 'flood-points',
        titleTh: 'จุดเสี่ยงน้ำท่วม',
        titleEn: 'Flood risk points',
        datasetType: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่',
        metadata: { notes: 'พิกัดจุดเสี่ยง', tag_string: ' น้ำท่วม , ภัยพิบัติ ' },
      }),
      'seed',
      null,
      [],
    );
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('lists all in Thai order of the titles with the total', async () => {
    const page = await datasets.list({ page: 1, pageSize: 10 });

    expect(page.total).toBe(3);
    // งบประมาณ…, จำนวนประชากร…, จุดเสี่ยง…: ง before จ, and sara am before sara u.
    expect(page.items.map((item) => item.slug)).toEqual([
      'budget-plan',
      'population',
      'flood-points',
    ]);
  });

  it('pages', async () => {
    const second = await datasets.list({ page: 2, pageSize: 2 });

    expect(second.total).toBe(3);
    expect(second.items.map((item) => item.slug)).toEqual(['flood-points']);
    expect((await datasets.list({ page: 3, pageSize: 2 })).items).toEqual([]);
  });

  it('rejects an invalid page', async () => {
    await expect(datasets.list({ page: 0, pageSize: 10 })).rejects.toThrow(InvalidInputError);
    await expect(datasets.list({ page: 1, pageSize: 501 })).rejects.toThrow(InvalidInputError);
  });

  it('filters by agency code', async () => {
    expect(await slugsOf({ agencyCode: '5047' })).toEqual(['budget-plan']);
  });

  it('filters by dataset type', async () => {
    expect(await slugsOf({ datasetType: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่' })).toEqual(['flood-points']);
  });

  it('filters by data category', async () => {
    expect(await slugsOf({ dataCategory: 'ข้อมูลสาธารณะ' })).toEqual(['population', 'flood-points']);
  });

  it('filters by classification', async () => {
    expect(await slugsOf({ classification: 'ชั้นเผยแพร่ภายในองค์กร' })).toEqual(['budget-plan']);
  });

  it('filters by tag in text and array form', async () => {
    expect(await slugsOf({ tag: 'สถิติ' })).toEqual(['population']);
    expect(await slugsOf({ tag: 'การเงิน' })).toEqual(['budget-plan']);
    expect(await slugsOf({ tag: 'น้ำท่วม' })).toEqual(['flood-points']);
    expect(await slugsOf({ tag: 'น้ำ' })).toEqual([]);
  });

  it('searches Thai words anywhere in the text', async () => {
    expect(await slugsOf({ search: 'ประชากรจำนวน' })).toEqual(['population']);
    expect(await slugsOf({ search: 'เสี่ยง' })).toEqual(['flood-points']);
    expect(await slugsOf({ search: 'FLOOD risk' })).toEqual(['flood-points']);
  });

  it('searches a percent sign literally', async () => {
    expect(await slugsOf({ search: '50%' })).toEqual(['budget-plan']);
    expect(await slugsOf({ search: '%' })).toEqual(['budget-plan']);
  });

  it('combines filters', async () => {
    const page = await datasets.list({
      page: 1,
      pageSize: 10,
      agencyCode: '0411',
      search: 'ประชากร',
    });

    expect(page.total).toBe(1);
    expect(page.items.map((item) => item.slug)).toEqual(['population']);
  });
});
