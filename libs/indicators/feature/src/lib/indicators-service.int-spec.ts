import { hostname } from 'node:os';

import type { INestMicroservice } from '@nestjs/common';
import { ClientProxyFactory, Transport, type ClientProxy, type CustomStrategy } from '@nestjs/microservices';

import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import { createTestSchema, type TestSchema } from '@bma-kpi/database';
import { DomainException } from '@bma-kpi/errors';
import {
  InProcessBroker,
  InProcessClient,
  InProcessServer,
  ServiceClient,
  SubjectPrefixedNatsServer,
} from '@bma-kpi/messaging';
import { kpiSampleProgress, readKpiSample, testNatsUrl, uniqueTestName } from '@bma-kpi/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

import { createIndicatorsService } from './indicators-service.bootstrap';
import type { EventBusOptions } from '@bma-kpi/messaging';

jest.setTimeout(60_000);

interface Setup {
  strategy: CustomStrategy['strategy'];
  proxy: ClientProxy;
  databaseUrl: string;
  eventBus: EventBusOptions;
  subjectPrefix: string;
  /** Number of events of one subject the bus received, for the outbox checks. */
  countEvents(subject: string): Promise<number>;
  cleanUp(): Promise<void>;
}

function inProcessWithPglite(): Promise<Setup> {
  const broker = new InProcessBroker();
  const received: string[] = [];

  for (const subject of ['events.indicators.indicator.created.v1', 'events.indicators.progress.reported.v1']) {
    broker.handleEvents(subject, (message) => {
      received.push(message.subject);

      return Promise.resolve();
    });
  }

  return Promise.resolve({
    strategy: new InProcessServer(broker),
    proxy: new InProcessClient(broker),
    databaseUrl: 'pglite:memory',
    eventBus: { kind: 'in-process', broker, subjectPrefix: '' },
    subjectPrefix: '',
    countEvents: (subject) => Promise.resolve(received.filter((name) => name === subject).length),
    cleanUp: () => Promise.resolve(),
  });
}

async function natsWithPostgres(): Promise<Setup> {
  const schema: TestSchema = await createTestSchema('feature');
  const subjectPrefix = `${uniqueTestName('t')}.`;
  const streamName = uniqueTestName('FEATURE_');
  const nats = await connect({ servers: testNatsUrl });

  return {
    strategy: new SubjectPrefixedNatsServer({ servers: [testNatsUrl], queue: 'indicators', subjectPrefix }),
    proxy: ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [testNatsUrl] } }),
    databaseUrl: schema.url,
    eventBus: { kind: 'jetstream', servers: [testNatsUrl], streamName, subjectPrefix, duplicateWindowMs: 60_000 },
    subjectPrefix,
    countEvents: async (subject) => {
      const info = await (await jetstreamManager(nats)).streams.info(streamName, { subjects_filter: '>' });

      return info.state.subjects?.[subjectPrefix + subject] ?? 0;
    },
    cleanUp: async () => {
      await (await jetstreamManager(nats)).streams.delete(streamName).catch(() => false);
      await nats.drain();
      await schema.drop();
    },
  };
}

async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;

  while (!(await check()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each([
  ['in-process transport and PGlite', inProcessWithPglite],
  ['NATS and PostgreSQL', natsWithPostgres],
])('indicators service over %s', (_name, makeSetup) => {
  let setup: Setup;
  let service: INestMicroservice;
  let sut: ServiceClient<IndicatorsMessages>;
  const context = { correlationId: 'int-spec', actor: 'tester' };

  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

  beforeAll(async () => {
    setup = await makeSetup();
    service = await createIndicatorsService(setup.strategy, {
      databaseUrl: setup.databaseUrl,
      eventBus: setup.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'indicators', level: 'silent', pretty: false },
    });
    await service.listen();
    sut = new ServiceClient(setup.proxy, { service: 'indicators', subjectPrefix: setup.subjectPrefix, timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await service?.close();
    await setup?.proxy.close();
    await setup?.cleanUp();
  });

  let indicatorId = '';

  it('names its instance in the health reply', async () => {
    const health = await sut.request(IndicatorsSubjects.healthCheck, {}, context);

    expect(health).toEqual({ status: 'ok', service: 'indicators', database: expect.any(String), instance: `${hostname()}:${process.pid}`, outboxBacklog: expect.any(Number) });
  });

  it('imports the sample', async () => {
    const result = await sut.request(IndicatorsSubjects.recordImport, { text: readKpiSample(), agencyCode: '0411' }, context);

    expect(result.outcome).toBe('created');
    expect(result.newProgressCount).toBe(12);
    indicatorId = result.indicatorId ?? '';
  });

  it('returns the stored sample', async () => {
    const detail = await sut.request(IndicatorsSubjects.indicatorGet, { id: indicatorId }, context);

    expect(detail.target).toBe(100);
    expect(detail.actual).toBe(70);
    expect(detail.agency?.code).toBe('0411');
    expect(detail.progress.map((note) => [note.date, note.quarter, note.rawDate])).toEqual(kpiSampleProgress);
    expect(detail.createdBy).toBe('tester');
  });

  it('relays the import events through the outbox', async () => {
    await eventually(async () => (await setup.countEvents('events.indicators.progress.reported.v1')) >= 12);

    expect(await setup.countEvents('events.indicators.indicator.created.v1')).toBe(1);
    expect(await setup.countEvents('events.indicators.progress.reported.v1')).toBe(12);
  });

  it('imports the same text once', async () => {
    const result = await sut.request(IndicatorsSubjects.recordImport, { text: `\uFEFF${readKpiSample()}\r\n` }, context);

    expect(result.outcome).toBe('unchanged');
    expect(result.indicatorId).toBe(indicatorId);
  });

  it('rejects text that is not a record', async () => {
    const error = await failure(sut.request(IndicatorsSubjects.recordImport, { text: 'just a note' }, context));

    expect(error?.code).toBe('NOT_A_KPI_RECORD');
  });

  it('rejects an unknown agency', async () => {
    const error = await failure(sut.request(IndicatorsSubjects.recordImport, { text: readKpiSample(), agencyCode: '9999' }, context));

    expect(error?.code).toBe('AGENCY_NOT_FOUND');
  });

  it('lists by fiscal year, agency and plan node', async () => {
    const page = await sut.request(IndicatorsSubjects.indicatorList, { fiscalYear: 2564, agency: '0411', planNode: '5' }, context);
    const otherYear = await sut.request(IndicatorsSubjects.indicatorList, { fiscalYear: 2565 }, context);

    expect(page.items.map((item) => item.id)).toEqual([indicatorId]);
    expect(otherYear.total).toBe(0);
  });

  it('reads scoring batches by id', async () => {
    const created = await sut.request(
      IndicatorsSubjects.indicatorCreate,
      { fiscalYear: 2564, title: 'ตัวชี้วัดทดสอบรอบ', agencyCode: '0411', code: '0411-0099' },
      context,
    );
    const first = await sut.request(IndicatorsSubjects.indicatorScoringBatch, { fiscalYear: 2564, limit: 1 }, context);
    const second = await sut.request(IndicatorsSubjects.indicatorScoringBatch, { fiscalYear: 2564, limit: 1, afterId: first.nextAfterId ?? '' }, context);
    const single = await sut.request(IndicatorsSubjects.indicatorGet, { id: indicatorId }, context);
    const all = [...first.items, ...second.items];

    expect(all.map((item) => item.id).sort()).toEqual([indicatorId, created.id].sort());
    expect(all.find((item) => item.id === indicatorId)?.planPath).toEqual(single.planPath);
    expect(all.find((item) => item.id === indicatorId)?.progress).toHaveLength(12);
    expect(all.find((item) => item.id === indicatorId)?.progress[0]).not.toHaveProperty('rawText');
    const [lower, upper] = [indicatorId, created.id].sort();
    const below = await sut.request(IndicatorsSubjects.indicatorScoringBatch, { fiscalYear: 2564, beforeId: upper ?? '' }, context);

    expect(below.items.map((item) => item.id)).toEqual([lower]);
    const rest = await sut.request(IndicatorsSubjects.indicatorScoringBatch, { fiscalYear: 2564, afterId: second.items[0]?.id ?? '' }, context);

    expect(rest).toEqual({ items: [], nextAfterId: null });
    const error = await failure(sut.request(IndicatorsSubjects.indicatorScoringBatch, { fiscalYear: 2564, limit: 501 }, context));

    expect(error?.code).toBe('VALIDATION_FAILED');
  });

  it('reads one scoring view and one summary', async () => {
    const detail = await sut.request(IndicatorsSubjects.indicatorGet, { id: indicatorId }, context);
    const batch = await sut.request(IndicatorsSubjects.indicatorScoringBatch, { fiscalYear: 2564 }, context);
    const scoring = await sut.request(IndicatorsSubjects.indicatorScoringGet, { id: indicatorId }, context);
    const summary = await sut.request(IndicatorsSubjects.indicatorSummaryGet, { id: indicatorId }, context);
    const listed = await sut.request(IndicatorsSubjects.indicatorList, { fiscalYear: 2564, q: detail.code ?? '' }, context);

    expect(scoring).toEqual(batch.items.find((item) => item.id === indicatorId));
    expect(scoring.progress).toHaveLength(12);
    expect(summary).toEqual(listed.items.find((item) => item.id === indicatorId));
    expect(summary).toMatchObject({ id: indicatorId, code: detail.code, title: detail.title, unit: detail.unit, fiscalYear: 2564, agency: detail.agency });
    expect(summary).not.toHaveProperty('progress');
  });

  it('reports a missing indicator on the light reads', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const scoring = await failure(sut.request(IndicatorsSubjects.indicatorScoringGet, { id: missing }, context));
    const summary = await failure(sut.request(IndicatorsSubjects.indicatorSummaryGet, { id: missing }, context));
    const invalid = await failure(sut.request(IndicatorsSubjects.indicatorSummaryGet, { id: 'not-a-uuid' }, context));

    expect(scoring?.code).toBe('INDICATOR_NOT_FOUND');
    expect(summary?.code).toBe('INDICATOR_NOT_FOUND');
    expect(invalid?.code).toBe('VALIDATION_FAILED');
  });

  it('updates with the current version only', async () => {
    const updated = await sut.request(IndicatorsSubjects.indicatorUpdate, { id: indicatorId, title: 'ตัวชี้วัดที่ 5.2', expectedVersion: 1 }, context);
    const stale = await failure(sut.request(IndicatorsSubjects.indicatorUpdate, { id: indicatorId, title: 'อื่น', expectedVersion: 1 }, context));

    expect(updated.version).toBe(2);
    expect(stale?.code).toBe('VERSION_CONFLICT');
  });

  it('adds progress inside the fiscal year only', async () => {
    const added = await sut.request(IndicatorsSubjects.progressAdd, { indicatorId, date: '2021-09-15', text: 'รายงานเพิ่มเติม', value: 80 }, context);
    const outside = await failure(sut.request(IndicatorsSubjects.progressAdd, { indicatorId, date: '2021-10-01', text: 'ปีถัดไป' }, context));
    const duplicate = await failure(sut.request(IndicatorsSubjects.progressAdd, { indicatorId, date: '2021-09-15', text: 'รายงานเพิ่มเติม' }, context));

    expect(added.quarter).toBe(4);
    expect(added.value).toBe(80);
    expect(outside?.code).toBe('PROGRESS_OUTSIDE_FISCAL_YEAR');
    expect(duplicate?.code).toBe('DUPLICATE_PROGRESS');
  });

  it('reports field errors of an invalid create', async () => {
    const error = await failure(sut.request(IndicatorsSubjects.indicatorCreate, { fiscalYear: 1999, kpiType: 'other' } as never, context));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.map((fieldError) => fieldError.field)).toEqual(expect.arrayContaining(['fiscalYear', 'kpiType']));
  });

  it('creates an indicator and rejects its code twice', async () => {
    const request = { fiscalYear: 2565, code: '0411-0007', title: 'ทดสอบ', agencyCode: '0411', planNodeCode: '5.4', target: 80 };
    const created = await sut.request(IndicatorsSubjects.indicatorCreate, request, context);
    const again = await failure(sut.request(IndicatorsSubjects.indicatorCreate, { ...request, code: '0411-7' }, context));

    expect(created.planPath.map((node) => node.code)).toEqual(['5', '5.4']);
    expect(again?.code).toBe('INDICATOR_EXISTS');
  });

  it('serves agencies and the plan tree', async () => {
    const districts = await sut.request(IndicatorsSubjects.agencyList, { kind: 'districtOffice', pageSize: 200 }, context);
    const tree = await sut.request(IndicatorsSubjects.planTree, {}, context);

    expect(districts.total).toBe(50);
    expect(tree.nodes).toHaveLength(7);
  });

  it('rejects agency staff import for another agency', async () => {
    const error = await failure(sut.request(IndicatorsSubjects.recordImport, { text: `${readKpiSample()}\nฉบับแก้ไข`, agencyCode: '0411', restrictToAgency: '0406' }, context));

    expect(error?.code).toBe('IMPORT_AGENCY_FORBIDDEN');
    expect(error?.messageEn).toMatch(/agency 0406 only; this record belongs to agency 0411/);
  });

  it('rejects agency staff update of another agency\'s indicator', async () => {
    const titled = `ตัวชี้วัดทดสอบสิทธิ์การนำเข้า : 0411-0099\n${readKpiSample()}`;
    const owned = await sut.request(IndicatorsSubjects.recordImport, { text: titled }, context);
    const error = await failure(
      sut.request(IndicatorsSubjects.recordImport, { text: `${titled}\nหมายเหตุเพิ่มเติม`, agencyCode: '0406', restrictToAgency: '0406' }, context),
    );
    const kept = await sut.request(IndicatorsSubjects.indicatorGet, { id: owned.indicatorId ?? '' }, context);

    expect(['created', 'updated']).toContain(owned.outcome);
    expect(error?.code).toBe('IMPORT_AGENCY_FORBIDDEN');
    expect(kept.agency?.code).toBe('0411');
  });

});
