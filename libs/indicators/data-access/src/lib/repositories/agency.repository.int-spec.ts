import { InvalidInputError } from '@bma-kpi/database';
import { openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../../testing';
import { AgencyRepository } from './agency.repository';

const thaiCollator = new Intl.Collator('th');

describe.each(testBackends)('AgencyRepository on %s', (backend) => {
  let test: TestIndicatorsDatabase;
  let agencies: AgencyRepository;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
    agencies = new AgencyRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('lists every agency in Thai order', async () => {
    const page = await agencies.list({ page: 1, pageSize: 500 });
    const names = page.items.map((agency) => agency.nameTh);

    expect(page.total).toBe(71);
    expect(names).toEqual([...names].sort(thaiCollator.compare));
    // Thai order reads the leading vowel after its consonant: เทศกิจ sorts under ท, before ปลัด.
    expect(names.indexOf('สำนักเทศกิจ')).toBeLessThan(names.indexOf('สำนักปลัดกรุงเทพมหานคร'));
    expect(names[0]).toBe('กรุงเทพมหานคร');
  });

  it('pages through the listing', async () => {
    const all = (await agencies.list({ page: 1, pageSize: 500 })).items.map((agency) => agency.id);
    const second = await agencies.list({ page: 2, pageSize: 20 });
    const last = await agencies.list({ page: 4, pageSize: 20 });
    const beyond = await agencies.list({ page: 5, pageSize: 20 });

    expect(second.items.map((agency) => agency.id)).toEqual(all.slice(20, 40));
    expect(last.items).toHaveLength(11);
    expect(beyond).toEqual({ items: [], total: 71 });
  });

  it('filters by kind', async () => {
    const page = await agencies.list({ kind: 'department', page: 1, pageSize: 100 });

    expect(page.total).toBe(16);
    expect(page.items.every((agency) => agency.kind === 'department')).toBe(true);
  });

  it('filters by parent id', async () => {
    const bma = await agencies.findByNameOrAlias('กรุงเทพมหานคร');
    const districts = await agencies.list({ parentId: bma?.id ?? '', kind: 'districtOffice', page: 1, pageSize: 100 });

    expect(districts.total).toBe(50);
  });

  it('filters offices by parent', async () => {
    const secretary = await agencies.findByNameOrAlias('สำนักปลัดกรุงเทพมหานคร');
    const page = await agencies.list({ parentId: secretary?.id ?? '', page: 1, pageSize: 100 });

    expect(page.items.map((agency) => agency.code).sort()).toEqual(['0401', '0402', '0406', '0411']);
  });

  it('searches names, codes and aliases', async () => {
    const byThai = await agencies.list({ search: 'บางนา', page: 1, pageSize: 10 });
    const byEnglish = await agencies.list({ search: 'public relations', page: 1, pageSize: 10 });
    const byCode = await agencies.list({ search: '5037', page: 1, pageSize: 10 });
    const byAlias = await agencies.list({ search: 'ประเมินผล', page: 1, pageSize: 10 });
    const byWildcard = await agencies.list({ search: '%', page: 1, pageSize: 10 });

    expect(byThai.items.map((agency) => agency.code)).toEqual(['5047']);
    expect(byEnglish.items.map((agency) => agency.code)).toEqual(['0411']);
    expect(byCode.items.map((agency) => agency.nameTh)).toEqual(['สำนักงานเขตดินแดง']);
    expect(byAlias.items.map((agency) => agency.nameTh)).toEqual(['สำนักยุทธศาสตร์และการประเมินผล']);
    expect(byWildcard.total).toBe(0);
  });

  it('rejects an invalid page', async () => {
    await expect(agencies.list({ page: 0, pageSize: 10 })).rejects.toThrow(InvalidInputError);
    await expect(agencies.list({ page: 1, pageSize: 501 })).rejects.toThrow('Invalid pageSize');
  });

  it('finds by code', async () => {
    const office = await agencies.findByCode('0411');

    expect(office).toMatchObject({
      code: '0411',
      kind: 'office',
      nameTh: 'สำนักงานประชาสัมพันธ์',
      nameEn: 'Public Relations Office',
      parentCode: null,
    });
    expect(await agencies.findByCode('0000')).toBeNull();
  });

  it.each([
    ['สำนักงานเขตบางนา'],
    ['เขตบางนา'],
    ['บางนา'],
    ['  เขต  บางนา '],
    ['สำนักงานเขต บางนา'],
    ['สำนักงานเขตบางนา'.normalize('NFD')],
  ])('finds Bang Na as "%s"', async (name) => {
    const district = await agencies.findByNameOrAlias(name);

    expect(district).toMatchObject({ code: '5047', geocode: '1047', nameEn: 'Bang Na District Office' });
    expect(district?.aliases.sort()).toEqual(['บางนา', 'สำนักงานเขตบางนา', 'เขตบางนา'].sort());
  });

  it('finds departments by alias', async () => {
    const strategy = await agencies.findByNameOrAlias('สำนักยุทธศาสตร์และประเมินผล');
    const planning = await agencies.findByNameOrAlias('สำนักการวางผังและพัฒนาเมือง');

    expect(strategy?.nameTh).toBe('สำนักยุทธศาสตร์และการประเมินผล');
    expect(strategy?.nameEn).toBe('Strategy and Evaluation Department');
    expect(planning?.nameTh).toBe('สำนักผังเมือง');
  });

  it('returns null for an unknown name', async () => {
    expect(await agencies.findByNameOrAlias('สำนักที่ไม่มีอยู่จริง')).toBeNull();
  });

  // Last, because it adds an agency that the counts above do not expect.
  it('filters by parent code', async () => {
    const office = await agencies.findByCode('0411');

    await test.db.prisma.agency.create({
      data: { kind: 'unit', nameTh: 'ฝ่ายทดสอบ', parentId: office?.id ?? null },
    });
    const children = await agencies.list({ parentCode: '0411', page: 1, pageSize: 100 });
    const none = await agencies.list({ parentCode: '9999', page: 1, pageSize: 100 });

    expect(children.items.map((agency) => [agency.nameTh, agency.parentCode])).toEqual([['ฝ่ายทดสอบ', '0411']]);
    expect(none.total).toBe(0);
  });

  it('finds an agency by name without alias', async () => {
    expect((await agencies.findByNameOrAlias(' ฝ่ายทดสอบ '))?.kind).toBe('unit');
  });
});
