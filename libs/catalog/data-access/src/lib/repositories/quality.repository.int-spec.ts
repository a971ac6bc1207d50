import { randomUUID } from 'node:crypto';

import type { QualityCounts, QualityFinding } from '@bma-kpi/catalog-domain';

import { buildDatasetInput, openTestCatalogDatabase, testBackends, type TestCatalogDatabase } from '../../testing';
import { DatasetRepository } from './dataset.repository';
import { QualityJobRepository } from './quality-job.repository';
import { QualityRepository } from './quality.repository';
import { ResourceRepository } from './resource.repository';
import type { QualityJobInput, QualityOutcome } from './quality.types';

const audit = { actor: 'tester', correlationId: null };
const sha = 'c'.repeat(64);

const counts: QualityCounts = {
  rowsRead: 3, emptyRows: 1, requiredCells: 4, blankRequiredCells: 1, checkedCells: 4, invalidCells: 0,
  keyedRows: 2, duplicateKeyRows: 0, textCells: 4, badlyEncodedCells: 0, findings: 2, findingsByRule: { requiredBlank: 1, byteOrderMark: 1 },
};

const findings: QualityFinding[] = [
  { row: null, column: null, rule: 'byteOrderMark', dimension: 'encoding', messageTh: 'BOM', messageEn: 'BOM', value: null },
  { row: 3, column: 'ชื่อเขต', rule: 'requiredBlank', dimension: 'completeness', messageTh: 'ว่าง', messageEn: 'blank', value: null },
];

function outcome(overall: string): QualityOutcome {
  return {
    scores: { completeness: '75.00', validity: '100.00', uniqueness: '100.00', encoding: '100.00', timeliness: null, overall },
    counts,
    findings,
    reportSha256: 'd'.repeat(64),
    rowsProcessed: 4,
    bytesRead: 120,
  };
}

describe.each(testBackends)('QualityJobRepository on %s', (backend) => {
  let test: TestCatalogDatabase;
  let jobs: QualityJobRepository;
  let reads: QualityRepository;
  let input: QualityJobInput;
  let otherInput: QualityJobInput;
  const owners = new Map<string, string>();

  beforeAll(async () => {
    test = await openTestCatalogDatabase(backend);
    jobs = new QualityJobRepository(test.db.prisma);
    reads = new QualityRepository(test.db.prisma);
    const datasets = new DatasetRepository(test.db.prisma);
    const resources = new ResourceRepository(test.db.prisma);
    const first = await datasets.create(buildDatasetInput({ slug: 'quality-a', agencyCode: '0411' }), 'seed', null, []);
    const second = await datasets.create(buildDatasetInput({ slug: 'quality-b', agencyCode: '0411' }), 'seed', null, []);
    const file = { name: 'data.csv', format: 'CSV', objectSha256: sha, sizeBytes: 120, mediaType: 'text/csv' };
    const firstResource = (await resources.add(first.id, file, undefined, audit, [])).resourceId;
    const secondResource = (await resources.add(second.id, file, undefined, audit, [])).resourceId;
    const base = { objectSha256: sha, format: 'CSV', bytesTotal: 120, trigger: 'upload' as const, requestedBy: 'tester', correlationId: null };

    input = { ...base, datasetId: first.id, resourceId: firstResource };
    otherInput = { ...base, datasetId: second.id, resourceId: secondResource };
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('queues one job per resource at a time', async () => {
    const [first, second] = await Promise.all([jobs.enqueue(input), jobs.enqueue(input)]);

    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(first.job.id).toBe(second.job.id);
    expect(first.job.status).toBe('queued');
  });

  it('lets two owners claim different jobs', async () => {
    await jobs.enqueue(otherInput);
    const [a, b] = await Promise.all([jobs.claimNext('instance-a', 60, 3), jobs.claimNext('instance-b', 60, 3)]);
    const none = await jobs.claimNext('instance-c', 60, 3);

    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a?.id).not.toBe(b?.id);
    expect(a?.status).toBe('running');
    expect(none).toBeNull();
    owners.set(a?.resourceId ?? '', 'instance-a');
    owners.set(b?.resourceId ?? '', 'instance-b');
  });

  it('takes over a job whose lease ended', async () => {
    const datasetJob = (await reads.history(input.datasetId, { page: 1, pageSize: 10 })).items[0];
    const owner = owners.get(input.resourceId) ?? '';

    await test.db.prisma.qualityAssessment.update({ where: { id: datasetJob.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const taken = await jobs.claimNext('instance-d', 60, 3);

    expect(taken?.id).toBe(datasetJob.id);
    expect(taken?.attempts).toBe(2);
    expect(await jobs.reportProgress(datasetJob.id, owner, 5, 10, 60)).toBe(false);
    expect(await jobs.reportProgress(datasetJob.id, 'instance-d', 5, 10, 60)).toBe(true);
    expect((await reads.get(datasetJob.id))?.rowsProcessed).toBe(5);
  });

  it('fails a job claimed too often', async () => {
    const id = randomUUID();

    await test.db.prisma.qualityAssessment.create({
      data: { ...otherInput, id, bytesTotal: 120n, status: 'running', attempts: 3, leaseOwner: 'dead', leaseUntil: new Date(Date.now() - 1000) },
    });
    await jobs.claimNext('instance-e', 60, 3);
    const failed = await reads.get(id);

    expect(failed?.status).toBe('failed');
    expect(failed?.errorMessage).toContain('3 times');
  });

  it('stores scores, findings and events on completion', async () => {
    const job = (await reads.history(input.datasetId, { page: 1, pageSize: 10 })).items[0];
    const eventId = randomUUID();
    const lost = await jobs.complete(job.id, 'someone-else', outcome('93.75'), () => []);
    const done = await jobs.complete(job.id, 'instance-d', outcome('93.75'), (stored) => [
      { id: eventId, subject: 'events.catalog.quality.assessed.v1', payload: { assessmentId: stored.id }, correlationId: null },
    ]);
    const page = await reads.findings(job.id, { page: 1, pageSize: 1 });
    const blanks = await reads.findings(job.id, { page: 1, pageSize: 10 }, { rule: 'requiredBlank' });
    const outbox = await test.db.prisma.outboxEvent.findUnique({ where: { id: eventId } });

    expect(lost).toBeNull();
    expect(done?.status).toBe('done');
    expect(done?.scores.overall).toBe('93.75');
    expect(done?.scores.timeliness).toBeNull();
    expect(done?.counts).toEqual(counts);
    expect(page.total).toBe(2);
    expect(page.items).toEqual([{ ...findings[0], position: 0 }]);
    expect(blanks.items.map((finding) => finding.row)).toEqual([3]);
    expect(outbox?.subject).toBe('events.catalog.quality.assessed.v1');
  });

  it('averages the latest scores per agency', async () => {
    const other = await reads.history(otherInput.datasetId, { page: 1, pageSize: 10 });
    const running = other.items.find((job) => job.status === 'running');
    const done = await jobs.complete(running?.id ?? '', owners.get(otherInput.resourceId) ?? '', outcome('80.00'), () => []);
    const means = await reads.agencyMeans();
    const latest = await reads.latestDone(input.datasetId);

    expect(done?.status).toBe('done');
    expect(latest?.scores.overall).toBe('93.75');
    expect(means).toEqual([
      { agencyCode: '0411', datasets: 2, scores: { completeness: '75.00', validity: '100.00', uniqueness: '100.00', encoding: '100.00', timeliness: null, overall: '86.88' } },
    ]);
  });

  it('averages the latest scores of a fiscal year', async () => {
    const fy2564 = { from: new Date('2020-09-30T17:00:00Z'), to: new Date('2021-09-30T17:00:00Z') };
    const fy2565 = { from: fy2564.to, to: new Date('2022-09-30T17:00:00Z') };
    const scores = (value: string) => ({ completeness: value, validity: value, uniqueness: null, encoding: null, timeliness: null, overall: value });

    // 23:59 on 30 September 2021 in Bangkok, the last minute of FY2564.
    await test.db.prisma.qualityAssessment.create({
      data: { ...input, bytesTotal: 120n, status: 'done', ...scores('40.00'), finishedAt: new Date('2021-09-30T16:59:00Z') },
    });
    // Midnight of 1 October 2021 in Bangkok, the first minute of FY2565.
    await test.db.prisma.qualityAssessment.create({
      data: { ...otherInput, bytesTotal: 120n, status: 'done', ...scores('10.00'), finishedAt: new Date('2021-09-30T17:00:00Z') },
    });
    const inFy2564 = await reads.agencyMeans(fy2564, '0411');
    const inFy2565 = await reads.agencyMeans(fy2565);
    const otherAgency = await reads.agencyMeans(fy2564, '5001');
    const allYears = await reads.agencyMeans();

    expect(inFy2564).toEqual([{ agencyCode: '0411', datasets: 1, scores: scores('40.00') }]);
    expect(inFy2565).toEqual([{ agencyCode: '0411', datasets: 1, scores: scores('10.00') }]);
    expect(otherAgency).toEqual([]);
    expect(allYears[0]?.scores.overall).toBe('86.88');
  });
});
