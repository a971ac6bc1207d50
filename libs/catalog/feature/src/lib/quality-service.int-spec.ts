import { Readable } from 'node:stream';

import { Workbook } from 'exceljs';

import type { CatalogMessages, CreateDatasetRequest, QualityAssessmentResponse } from '@bma-kpi/contracts-catalog';
import { CatalogSubjects } from '@bma-kpi/contracts-catalog';
import type { DomainException } from '@bma-kpi/errors';
import type { ServiceClient } from '@bma-kpi/messaging';
import type { ObjectStore } from '@bma-kpi/object-store';

import {
  catalogTestTransports,
  countEvents,
  eventually,
  startCatalogService,
  type CatalogTestTransport,
  type RunningCatalogService,
} from '../testing/catalog-test-transport';

jest.setTimeout(60_000);

const assessedSubject = 'events.catalog.quality.assessed.v1';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'จำนวนผู้ใช้บริการรายเขต',
  owner_org: '0411',
  maintainer: 'กลุ่มงานสถิติ',
  maintainer_email: 'stat@bangkok.go.th',
  tag_string: 'สถิติ',
  notes: 'จำนวนผู้ใช้บริการรายเขต',
  objective: ['พันธกิจหน่วยงาน'],
  update_frequency_unit: 'เดือน',
  last_updated_date: '2020-01-31',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักอนามัย',
  data_format: ['CSV'],
  data_category: 'ข้อมูลสาธารณะ',
  data_classification: 'เปิดเผย',
  license_id: 'Open Data Common',
};

const field = { required: false, primaryKey: false, allowedValues: [], personalData: false };

async function flawedWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('ข้อมูล');

  sheet.addRow(['รหัสเขต', 'จำนวนผู้ใช้บริการ', 'วันที่รายงาน']);
  sheet.addRow(['1001', 532, new Date(Date.UTC(2024, 0, 31))]);
  sheet.addRow(['1001', 'สิบ', new Date(Date.UTC(2024, 0, 31))]);
  sheet.getCell('A5').value = '1002';
  sheet.getCell('B5').value = 100_001;

  // exceljs declares its own Buffer type, which a Node Buffer does not satisfy.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(catalogTestTransports)('quality assessments over %s', (_name, openTransport) => {
  let transport: CatalogTestTransport;
  let running: RunningCatalogService;
  let uploadStore: ObjectStore;
  let sut: ServiceClient<CatalogMessages>;
  let datasetId = '';
  let resourceId = '';
  const context = { correlationId: 'quality-int-spec', actor: 'officer-0411' };
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

  async function waitForDone(assessmentId: string): Promise<QualityAssessmentResponse> {
    let latest: QualityAssessmentResponse | null = null;

    await eventually(async () => {
      latest = await sut.request(CatalogSubjects.qualityGet, { idOrSlug: datasetId, assessmentId }, context);

      return latest.status === 'done' || latest.status === 'failed';
    });

    return latest as unknown as QualityAssessmentResponse;
  }

  beforeAll(async () => {
    transport = await openTransport();
    uploadStore = await transport.objectStore();
    running = await startCatalogService(transport, { objectStore: await transport.objectStore(), quality: { pollIntervalMs: 100, maxFindings: 2 } });
    sut = running.client;
    datasetId = (await sut.request(CatalogSubjects.datasetCreate, dataset as CreateDatasetRequest, context)).id;
    await sut.request(
      CatalogSubjects.dictionaryReplace,
      {
        datasetName: datasetId,
        fields: [
          { ...field, name: 'district_code', labelTh: 'รหัสเขต', type: 'text', required: true, primaryKey: true },
          { ...field, name: 'visits', labelTh: 'จำนวนผู้ใช้บริการ', type: 'int', minValue: '0', maxValue: '100000' },
          { ...field, name: 'report_date', labelTh: 'วันที่รายงาน', type: 'date' },
        ],
      },
      context,
    );
  });

  afterAll(async () => {
    await running?.close();
    await uploadStore?.close();
    await transport?.cleanUp();
  });

  it('assesses an uploaded XLSX file', async () => {
    const bytes = await flawedWorkbook();
    const stored = await uploadStore.put(Readable.from([bytes]), { maxBytes: 1024 * 1024 });
    const added = await sut.request(
      CatalogSubjects.resourceAdd,
      { idOrSlug: datasetId, resource: { name: 'ผู้ใช้บริการ', format: 'XLSX' }, file: { sha256: stored.sha256, sizeBytes: stored.sizeBytes, mediaType: xlsxType } },
      context,
    );

    resourceId = added.resources[0].id;
    const history = await sut.request(CatalogSubjects.qualityHistory, { idOrSlug: datasetId }, context);
    const done = await waitForDone(history.items[0].id);

    expect(done.status).toBe('done');
    expect(done.trigger).toBe('upload');
    expect(done.requestedBy).toBe('officer-0411');
    expect(done.progress.rowsProcessed).toBe(4);
    expect(done.counts?.['emptyRows']).toBe(1);
    expect(done.scores).toEqual({ completeness: 100, validity: 75, uniqueness: 66.67, encoding: 100, timeliness: 0, overall: 68.33 });
    expect(done.findingsTotal).toBe(4);
  });

  it('keeps the first findings and reports them all', async () => {
    const latest = await sut.request(CatalogSubjects.qualityLatest, { idOrSlug: datasetId, resourceId }, context);
    const findings = await sut.request(CatalogSubjects.qualityFindings, { idOrSlug: datasetId, assessmentId: latest.id }, context);
    const report = await sut.request(CatalogSubjects.qualityReport, { idOrSlug: datasetId, assessmentId: latest.id }, context);
    const content = await uploadStore.open(report.sha256);
    const chunks: Buffer[] = [];

    for await (const chunk of content ?? []) {
      chunks.push(chunk as Buffer);
    }
    const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\r\n');

    expect(findings.items.map((finding) => [finding.row, finding.column, finding.rule, finding.value])).toEqual([
      [3, 'จำนวนผู้ใช้บริการ', 'invalidInteger', 'สิบ'],
      [3, 'รหัสเขต', 'duplicateKey', '1001'],
    ]);
    expect(findings.total).toBe(2);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('\uFEFFแถว,คอลัมน์,มิติคุณภาพ,รหัสกฎ,รายละเอียด,รายละเอียด (อังกฤษ),ค่าที่พบ');
    expect(lines[3]).toMatch(/^5,จำนวนผู้ใช้บริการ,ความถูกต้อง,aboveMaximum,/);
    expect(lines[4]).toMatch(/^,,ความเป็นปัจจุบัน,stale,/);
  });

  it('emits one assessed event', async () => {
    await eventually(async () => (await countEvents(transport, assessedSubject)) >= 1);

    expect(await countEvents(transport, assessedSubject)).toBe(1);
  });

  it('rejects a resource that is a link', async () => {
    const added = await sut.request(CatalogSubjects.resourceAdd, { idOrSlug: datasetId, resource: { name: 'ลิงก์', url: 'https://data.bangkok.go.th/x.csv', format: 'CSV' } }, context);
    const link = added.resources.find((resource) => resource.sha256 === null);
    const error = await failure(sut.request(CatalogSubjects.qualityStart, { idOrSlug: datasetId, resourceId: link?.id ?? '' }, context));

    expect(error?.code).toBe('CATALOG_QUALITY_UNSUPPORTED_FILE');
  });

  it('averages the agency within a fiscal year only', async () => {
    const all = await sut.request(CatalogSubjects.qualityAgencies, {}, context);
    const longAgo = await sut.request(CatalogSubjects.qualityAgencies, { fiscalYear: 2560 }, context);

    expect(all.agencies.map((agency) => [agency.agencyCode, agency.datasets, agency.scores.overall])).toEqual([['0411', 1, 68.33]]);
    expect(longAgo.agencies).toEqual([]);
  });

  it('rolls up nothing before BE 2484', async () => {
    const rollup = await sut.request(CatalogSubjects.qualityAgencies, { fiscalYear: 2483 }, context);

    expect(rollup.agencies).toEqual([]);
  });

  it('shows the quality means in the scorecard', async () => {
    await sut.request(CatalogSubjects.datasetCreate, { ...dataset, title: 'ชุดข้อมูลที่ยังไม่ประเมิน' } as CreateDatasetRequest, context);
    const scorecard = await sut.request(CatalogSubjects.scorecardGet, { agency: '0411' }, context);

    expect(scorecard.agencies[0]?.datasets).toBe(2);
    expect(scorecard.agencies[0]?.assessments.dataQuality).toEqual({
      completeness: 100,
      validity: 75,
      uniqueness: 66.67,
      encoding: 100,
      timeliness: 0,
      overall: 68.33,
      assessedDatasets: 1,
      notAssessedDatasets: 1,
    });
  });

  it('leaves other fiscal years out of the scorecard', async () => {
    const everyAgency = await sut.request(CatalogSubjects.scorecardGet, { fiscalYear: 2560 }, context);
    const beforeFixedEra = await sut.request(CatalogSubjects.scorecardGet, { agency: '0411', fiscalYear: 2450 }, context);
    const quality = everyAgency.agencies.find((agency) => agency.agencyCode === '0411')?.assessments.dataQuality;

    expect(quality?.overall).toBeNull();
    expect(quality?.completeness).toBeNull();
    expect(quality?.assessedDatasets).toBe(0);
    expect(quality?.notAssessedDatasets).toBe(2);
    expect(beforeFixedEra.agencies[0]?.assessments.dataQuality.assessedDatasets).toBe(0);
  });
});
