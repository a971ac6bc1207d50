import { compareThai } from '@bma-kpi/util-thai';
import { buildDatasetInput, openTestCatalogDatabase, testBackends, type TestCatalogDatabase } from '../../testing';
import { searchColumnsVersion } from '../search-text';
import { DatasetRepository } from './dataset.repository';

const titles = {
  'gai-farms': 'ไก่พื้นเมือง',
  games: 'เกมการศึกษา',
  'kha-plants': 'ข่าและพืชสมุนไพร',
  'bangkok-open': 'Bangkok open data',
  'year-2568': '๒๕๖๘ รายงานประจำปี',
  'flood-title': 'น้ำท่วมขังรายจุด',
  'flood-notes': 'จุดเฝ้าระวังฝนตก',
  population: 'จำนวนประชากรรายเขต',
};

describe.each(testBackends)('DatasetRepository search and order on %s', (backend) => {
  let test: TestCatalogDatabase;
  let datasets: DatasetRepository;

  async function slugsFor(search?: string): Promise<string[]> {
    return (await datasets.list({ page: 1, pageSize: 50, search })).items.map((item) => item.slug);
  }

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    datasets = new DatasetRepository(test.db.prisma);
    for (const [slug, titleTh] of Object.entries(titles)) {
      const notes = slug === 'flood-notes' ? 'บันทึกจุดที่มีน้ำท่วมขังหลังฝนตก' : 'ข้อมูลทดสอบ';

      await datasets.create(buildDatasetInput({ slug, titleTh, titleEn: null, metadata: { notes, tag_string: 'ทดสอบ' } }), 'seed', null, []);
    }
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('lists in the order of ICU Thai collation', async () => {
    const slugs = await slugsFor();
    const expected = Object.entries(titles)
      .sort(([, left], [, right]) => compareThai(left, right))
      .map(([slug]) => slug);

    expect(slugs).toEqual(expected);
    expect(slugs.slice(0, 3)).toEqual(['year-2568', 'games', 'gai-farms']);
    expect(slugs.at(-1)).toBe('bangkok-open');
  });

  it('ranks title matches first', async () => {
    // A title that starts with the query ranks above a description that contains it.
    const page = await datasets.list({ page: 1, pageSize: 10, search: 'น้ำท่วมขัง' });

    expect(page.match).toBe('words');
    expect(page.items.map((item) => item.slug)).toEqual(['flood-title', 'flood-notes']);
  });

  it('matches Thai digits against Arabic digits', async () => {
    expect(await slugsFor('2568')).toEqual(['year-2568']);
  });

  it('falls back to similar titles when no dataset has every word', async () => {
    const page = await datasets.list({ page: 1, pageSize: 10, search: 'ประชกร' });

    expect(page.match).toBe('similar');
    expect(page.items.map((item) => item.slug)).toEqual(['population']);
  });

  it('returns nothing when no title is similar either', async () => {
    const page = await datasets.list({ page: 1, pageSize: 10, search: 'รถไฟฟ้าใต้ดิน' });

    expect(page.total).toBe(0);
    expect(page.items).toEqual([]);
  });

  it('recomputes the search columns of rows stored under older rules without touching updatedAt', async () => {
    await test.db.prisma.dataset.updateMany({ data: { sortKey: '', searchTrigrams: [], searchVersion: 0 } });
    const before = await test.db.prisma.dataset.findUniqueOrThrow({ where: { slug: 'population' } });

    expect(await datasets.refreshSearchColumns(3)).toBe(Object.keys(titles).length);

    const after = await test.db.prisma.dataset.findUniqueOrThrow({ where: { slug: 'population' } });

    expect(after.searchVersion).toBe(searchColumnsVersion);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await slugsFor('ประชกร')).toEqual(['population']);
    expect(await datasets.refreshSearchColumns()).toBe(0);
  });
});
