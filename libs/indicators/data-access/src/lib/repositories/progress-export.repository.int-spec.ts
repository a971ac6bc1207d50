import { PrismaClient } from '../../generated/prisma/client';
import { createIndicator, openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../../testing';
import { AgencyRepository } from './agency.repository';
import { ProgressExportRepository } from './progress-export.repository';
import { ProgressRepository, type ProgressInput } from './progress.repository';

// A fiscal year that no other test of this file uses, so totals count only the indicators made here.
const fiscalYear = 2571;

function note(date: string, quarter: number, value: string): ProgressInput {
  return { date, text: `ผล ${date}`, rawText: `${date} : ${value}`, fiscalYear, quarter, value };
}

describe.each(testBackends)('ProgressExportRepository on %s', (backend) => {
  let test: TestIndicatorsDatabase;
  let sut: ProgressExportRepository;
  const ids: Record<'first' | 'second' | 'other' | 'uncoded', string> = { first: '', second: '', other: '', uncoded: '' };

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
    sut = new ProgressExportRepository(test.db.prisma);
    const agencies = new AgencyRepository(test.db.prisma);
    const office = (await agencies.findByCode('0411'))?.id ?? null;
    const district = (await agencies.findByCode('5047'))?.id ?? null;
    const progress = new ProgressRepository(test.db.prisma);

    // Created out of code order, so the test checks the ordering by normalised code.
    ids.second = (await createIndicator(test.db.prisma, { fiscalYear, code: '0411-0020', codeNormalized: '0411-20', agencyId: office })).id;
    ids.first = (await createIndicator(test.db.prisma, { fiscalYear, code: '0411-0012', codeNormalized: '0411-12', agencyId: office, decimals: 1,
      quarterTargets: [{ quarter: 4, plannedValue: '100', assessmentScore: null, pairRaw: null }, { quarter: 1, plannedValue: '25', assessmentScore: null, pairRaw: null }] })).id;
    ids.uncoded = (await createIndicator(test.db.prisma, { fiscalYear, code: null, codeNormalized: null, agencyId: office })).id;
    ids.other = (await createIndicator(test.db.prisma, { fiscalYear, code: '5047-0001', codeNormalized: '5047-1', agencyId: district })).id;
    await createIndicator(test.db.prisma, { fiscalYear: fiscalYear + 1, code: '0411-0012', codeNormalized: '0411-12', agencyId: office });
    await progress.add(ids.first, note('2027-11-30', 1, '12.25'), 'test', null, []);
    await progress.add(ids.first, note('2027-10-31', 1, '5'), 'test', null, []);
    await progress.add(ids.first, note('2028-01-31', 2, '40'), 'test', null, []);
    await progress.add(ids.other, note('2027-10-15', 1, '1'), 'test', null, []);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('orders a year by normalised code, uncoded last', async () => {
    const page = await sut.page({ fiscalYear, page: 1, pageSize: 10 });

    expect(page.total).toBe(4);
    expect(page.items.map((item) => item.id)).toEqual([ids.first, ids.second, ids.other, ids.uncoded]);
  });

  it('pages with a stable total', async () => {
    const first = await sut.page({ fiscalYear, page: 1, pageSize: 3 });
    const second = await sut.page({ fiscalYear, page: 2, pageSize: 3 });

    expect(first.items).toHaveLength(3);
    expect(second.items.map((item) => item.id)).toEqual([ids.uncoded]);
    expect(second.total).toBe(4);
  });

  it('returns targets, quarter plan and notes by date', async () => {
    const [item] = (await sut.page({ fiscalYear, ids: [ids.first], page: 1, pageSize: 10 })).items;

    expect(item?.agency?.code).toBe('0411');
    expect(item?.decimals).toBe(1);
    expect(item?.targetValue).toBe('100');
    expect(item?.quarterTargets.map((target) => [target.quarter, target.plannedValue])).toEqual([[1, '25'], [4, '100']]);
    expect(item?.progress.map((entry) => [entry.reportDate, entry.value])).toEqual([['2027-10-31', '5'], ['2027-11-30', '12.25'], ['2028-01-31', '40']]);
  });

  it('keeps only the notes of the quarter asked for', async () => {
    const page = await sut.page({ fiscalYear, quarter: 2, page: 1, pageSize: 10 });
    const first = page.items.find((item) => item.id === ids.first);
    const other = page.items.find((item) => item.id === ids.other);

    expect(page.total).toBe(4);
    expect(first?.progress.map((entry) => entry.reportDate)).toEqual(['2028-01-31']);
    expect(other?.progress).toEqual([]);
  });

  it('filters by agency', async () => {
    const page = await sut.page({ fiscalYear, agencyCode: '5047', page: 1, pageSize: 10 });

    expect(page.items.map((item) => item.id)).toEqual([ids.other]);
    expect(page.total).toBe(1);
  });

  it('finds an indicator by normalised code within the year', async () => {
    const page = await sut.page({ fiscalYear, codeNormalized: '0411-12', page: 1, pageSize: 10 });

    expect(page.items.map((item) => item.id)).toEqual([ids.first]);
  });

  it('reads a page in a fixed number of statements', async () => {
    const logged = new PrismaClient({ adapter: test.db.database.adapterFactory, log: [{ emit: 'event', level: 'query' }] });
    const statements: string[] = [];

    logged.$on('query', (event) => statements.push(event.query));
    try {
      const counted = new ProgressExportRepository(logged);

      await counted.page({ fiscalYear, page: 1, pageSize: 1 });
      const forOne = statements.splice(0).length;
      const page = await counted.page({ fiscalYear, page: 1, pageSize: 10 });

      expect(page.items).toHaveLength(4);
      expect(statements).toHaveLength(forOne);
      expect(forOne).toBeGreaterThan(1);
      expect(forOne).toBeLessThanOrEqual(5);
    } finally {
      await logged.$disconnect();
    }
  });

  it('returns an empty page past the end', async () => {
    const page = await sut.page({ fiscalYear, page: 3, pageSize: 3 });

    expect(page.items).toEqual([]);
    expect(page.total).toBe(4);
  });
});
