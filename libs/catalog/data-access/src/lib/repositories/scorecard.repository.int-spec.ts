import { buildDatasetInput, openTestCatalogDatabase, testBackends, type TestCatalogDatabase } from '../../testing';
import { ArtefactRepository } from './artefact.repository';
import { DatasetRepository } from './dataset.repository';
import { DictionaryRepository } from './dictionary.repository';
import { ScorecardRepository } from './scorecard.repository';

const evidence = { sha256: 'a'.repeat(64), fileName: 'คำสั่ง.pdf', contentType: 'application/pdf', sizeBytes: 1024 };

describe.each(testBackends)('ScorecardRepository on %s', (backend) => {
  let test: TestCatalogDatabase;
  let scorecard: ScorecardRepository;

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    scorecard = new ScorecardRepository(test.db.prisma);
    const datasets = new DatasetRepository(test.db.prisma);
    const artefacts = new ArtefactRepository(test.db.prisma);
    const withDictionary = await datasets.create(
      buildDatasetInput({ slug: 'with-dictionary', lastUpdatedDate: '2026-11-01' }),
      'seed',
      null,
      [],
    );

    await new DictionaryRepository(test.db.prisma).replaceFields(
      withDictionary.id,
      null,
      [{ name: 'district_code', labelTh: 'รหัสเขต', dataType: 'text' }],
      'seed',
      null,
      [],
    );
    await datasets.create(buildDatasetInput({ slug: 'other-agency', agencyCode: '5001' }), 'seed', null, []);
    const order = await artefacts.create(
      { agencyCode: '0411', fiscalYear: 2569, kind: 'appointmentOrder', title: 'คำสั่งแต่งตั้ง', evidence: [evidence] },
      'seed',
      null,
      [],
    );

    await artefacts.supersede(order.id, { title: 'คำสั่งแต่งตั้ง ฉบับแก้ไข', evidence: [] }, 'seed', null, []);
    await artefacts.create(
      { agencyCode: '0411', fiscalYear: 2568, kind: 'catalogSubmission', title: 'บัญชีข้อมูลปีก่อน', evidence: [evidence] },
      'seed',
      null,
      [],
    );
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('reads datasets of one agency with dictionary counts', async () => {
    const rows = await scorecard.datasets('0411');

    expect(rows.map((row) => [row.slug, row.dictionaryFieldCount, row.lastUpdatedDate])).toEqual([['with-dictionary', 1, '2026-11-01']]);
  });

  it('reads datasets of every agency', async () => {
    expect((await scorecard.datasets()).map((row) => row.agencyCode)).toEqual(['0411', '5001']);
  });

  it('reads only the latest version of artefacts of the fiscal year', async () => {
    expect(await scorecard.latestArtefacts(2569, '0411')).toEqual([
      { agencyCode: '0411', kind: 'appointmentOrder', usageScope: null, evidenceCount: 0 },
    ]);
    expect(await scorecard.latestArtefacts(2569, '5001')).toEqual([]);
  });
});
