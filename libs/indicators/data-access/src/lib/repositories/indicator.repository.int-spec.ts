import { randomUUID } from 'node:crypto';
import type { OutboxMessage } from '@bma-kpi/messaging';
import { InvalidInputError, RecordNotFoundError, VersionConflictError } from '@bma-kpi/database';
import { createIndicator, openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../../testing';
import { phase2EditionCode } from '../seed/plan.seed-data';
import { DuplicateIndicatorError } from '../support/errors';
import { AgencyRepository } from './agency.repository';
import { IndicatorRepository } from './indicator.repository';
import { PlanRepository } from './plan.repository';

function event(subject: string, payload: unknown = {}): OutboxMessage {
  return { id: randomUUID(), subject, payload, correlationId: 'corr-1' };
}

describe.each(testBackends)('IndicatorRepository on %s', (backend) => {
  let test: TestIndicatorsDatabase;
  let indicators: IndicatorRepository;
  let officeId: string;
  let goalId: string;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
    indicators = new IndicatorRepository(test.db.prisma);
    officeId = (await new AgencyRepository(test.db.prisma).findByCode('0411'))?.id ?? '';
    goalId = await new PlanRepository(test.db.prisma).ensurePath(
      phase2EditionCode,
      [
        { level: 'dimension', code: '5', nameTh: 'มหานครประชาธิปไตย', nameEn: null },
        { level: 'subDimension', code: '5.2', nameTh: 'เมืองธรรมาภิบาล', nameEn: null },
        { level: 'goal', code: '5.2.1', nameTh: 'เป้าหมายทดสอบ', nameEn: null },
      ],
      'test',
    );
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('creates and reads back an indicator', async () => {
    const created = await indicators.create(
      {
        code: '0411-0001',
        codeNormalized: '0411-1',
        title: 'ร้อยละของฐานข้อมูลที่ปรับปรุง',
        kpiType: 'routine',
        resultLevel: 'outcome',
        unit: 'ร้อยละ',
        fiscalYear: 2564,
        agencyId: officeId,
        planNodeId: goalId,
        targetValue: '12345678901234.5678',
        actualValue: '70.5',
        assessment: { quarter: 4, score: null, raw: 'raw' },
        definitions: [{ term: 'ข้อมูล', text: 'ข้อเท็จจริง' }],
        quarterTargets: [
          { quarter: 3, plannedValue: '80', assessmentScore: null, pairRaw: null },
          { quarter: 1, plannedValue: '20.25', assessmentScore: '100', pairRaw: '1 / 2' },
        ],
      },
      'alice',
      'corr-1',
      (detail) => [event('indicators.indicator.created', { id: detail.id })],
    );

    const read = await indicators.get(created.id);

    expect(read).toEqual(created);
    expect(read).toMatchObject({
      code: '0411-0001',
      targetValue: '12345678901234.5678',
      actualValue: '70.5',
      version: 1,
      createdBy: 'alice',
      updatedBy: 'alice',
      agency: { code: '0411', nameTh: 'สำนักงานประชาสัมพันธ์', nameEn: 'Public Relations Office' },
      assessment: { quarter: 4, score: null, raw: 'raw' },
      definitions: [{ term: 'ข้อมูล', text: 'ข้อเท็จจริง' }],
      calculation: null,
      quarterTargets: [
        { quarter: 1, plannedValue: '20.25', assessmentScore: '100', pairRaw: '1 / 2' },
        { quarter: 3, plannedValue: '80', assessmentScore: null, pairRaw: null },
      ],
      progress: [],
    });
    expect(read?.planPath.map((node) => [node.code, node.level])).toEqual([
      ['5', 'dimension'],
      ['5.2', 'subDimension'],
      ['5.2.1', 'goal'],
    ]);
    expect(read?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('writes the change log and outbox with a create', async () => {
    const created = await createIndicator(test.db.prisma, { title: 'logged' });
    const eventId = randomUUID();

    const second = await indicators.create({ fiscalYear: 2564, title: 'with event' }, 'bob', 'corr-9', [
      { id: eventId, subject: 'indicators.indicator.created', payload: { title: 'with event' }, correlationId: 'corr-9' },
    ]);
    const log = await test.db.prisma.changeLog.findFirstOrThrow({ where: { entityId: second.id } });
    const outbox = await test.db.prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } });

    expect(created.version).toBe(1);
    expect(log).toMatchObject({ entity: 'Indicator', action: 'create', actor: 'bob', correlationId: 'corr-9' });
    expect(log.changes).toMatchObject({ title: { from: null, to: 'with event' }, fiscalYear: { from: null, to: 2564 } });
    expect(outbox).toMatchObject({ subject: 'indicators.indicator.created', payload: { title: 'with event' }, sentAt: null });
  });

  it('rounds decimals to four places', async () => {
    const created = await createIndicator(test.db.prisma, { targetValue: '1.23456', actualValue: '-0.00004' });

    expect(created.targetValue).toBe('1.2346');
    expect(created.actualValue).toBe('0');
  });

  it('rejects malformed values', async () => {
    await expect(createIndicator(test.db.prisma, { targetValue: '1,000' })).rejects.toThrow(InvalidInputError);
    await expect(createIndicator(test.db.prisma, { targetValue: '1e5' })).rejects.toThrow('Invalid targetValue');
    await expect(createIndicator(test.db.prisma, { fiscalYear: 2021 })).rejects.toThrow('Invalid fiscalYear');
  });

  it('rejects a duplicate code and writes nothing', async () => {
    const first = await createIndicator(test.db.prisma, { fiscalYear: 2563 });
    const rowsBefore = await test.db.prisma.indicator.count();
    const logsBefore = await test.db.prisma.changeLog.count();
    const eventId = randomUUID();

    const duplicate = indicators.create(
      { codeNormalized: first.codeNormalized, fiscalYear: 2563 },
      'alice',
      null,
      [{ id: eventId, subject: 's', payload: {}, correlationId: null }],
    );

    await expect(duplicate).rejects.toThrow(DuplicateIndicatorError);
    expect(await test.db.prisma.indicator.count()).toBe(rowsBefore);
    expect(await test.db.prisma.changeLog.count()).toBe(logsBefore);
    expect(await test.db.prisma.outboxEvent.count({ where: { id: eventId } })).toBe(0);
  });

  it('leaves no row when an event fails', async () => {
    const rowsBefore = await test.db.prisma.indicator.count();

    const failing = indicators.create({ fiscalYear: 2564, title: 'rolled back' }, 'alice', null, [
      { id: 'not-a-uuid', subject: 's', payload: {}, correlationId: null },
    ]);

    await expect(failing).rejects.toThrow();
    expect(await test.db.prisma.indicator.count()).toBe(rowsBefore);
    expect(await test.db.prisma.indicator.count({ where: { title: 'rolled back' } })).toBe(0);
  });

  it('updates and increments the version', async () => {
    const created = await createIndicator(test.db.prisma, { actualValue: '10' });
    const eventId = randomUUID();

    const result = await indicators.update(
      created.id,
      { actualValue: '55.5', title: 'renamed', quarterTargets: [{ quarter: 2, plannedValue: '50', assessmentScore: null, pairRaw: null }] },
      1,
      'carol',
      'corr-2',
      (update) => [{ id: eventId, subject: 'indicators.indicator.updated', payload: update.changedFields, correlationId: 'corr-2' }],
    );
    const log = await test.db.prisma.changeLog.findFirstOrThrow({ where: { entityId: created.id, action: 'update' } });

    expect([...result.changedFields].sort()).toEqual(['actualValue', 'quarterTargets', 'title']);
    expect(result.indicator).toMatchObject({ version: 2, actualValue: '55.5', title: 'renamed', updatedBy: 'carol', createdBy: 'test' });
    expect(result.indicator.quarterTargets).toEqual([{ quarter: 2, plannedValue: '50', assessmentScore: null, pairRaw: null }]);
    expect(log.changes).toMatchObject({ actualValue: { from: '10', to: '55.5' } });
    expect((await test.db.prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).payload).toEqual(result.changedFields);
  });

  it('skips an update that changes nothing', async () => {
    const created = await createIndicator(test.db.prisma, { targetValue: '100', assessment: { b: 1, a: [1, 2] } });
    const eventId = randomUUID();

    const result = await indicators.update(
      created.id,
      { targetValue: '100.000', assessment: { a: [1, 2], b: 1 }, title: created.title },
      undefined,
      'carol',
      null,
      [{ id: eventId, subject: 's', payload: {}, correlationId: null }],
    );

    expect(result.changedFields).toEqual([]);
    expect(result.indicator.version).toBe(1);
    expect(await test.db.prisma.outboxEvent.count({ where: { id: eventId } })).toBe(0);
  });

  it('rejects a stale version', async () => {
    const created = await createIndicator(test.db.prisma);

    await indicators.update(created.id, { title: 'first' }, 1, 'a', null, []);
    const stale = indicators.update(created.id, { title: 'second' }, 1, 'b', null, []);

    await expect(stale).rejects.toThrow(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    expect((await indicators.get(created.id))?.title).toBe('first');
  });

  it('rejects an unknown id', async () => {
    await expect(indicators.update(randomUUID(), { title: 'x' }, undefined, 'a', null, [])).rejects.toThrow(RecordNotFoundError);
    expect(await indicators.get(randomUUID())).toBeNull();
  });

  it('lets one of two racing updates win', async () => {
    const created = await createIndicator(test.db.prisma);

    const results = await Promise.allSettled([
      indicators.update(created.id, { title: 'left' }, 1, 'a', null, []),
      indicators.update(created.id, { title: 'right' }, 1, 'b', null, []),
    ]);
    const rejected = results.filter((result) => result.status === 'rejected');

    expect(rejected).toHaveLength(1);
    expect((rejected[0]).reason).toBeInstanceOf(VersionConflictError);
    expect((await indicators.get(created.id))?.version).toBe(2);
  });

  it('finds by normalised code and year', async () => {
    const created = await createIndicator(test.db.prisma, { codeNormalized: '0411-77', fiscalYear: 2565 });

    expect((await indicators.findByCode('0411-77', 2565))?.id).toBe(created.id);
    expect(await indicators.findByCode('0411-77', 2564)).toBeNull();
  });

  describe('list', () => {
    const year = 2562;
    let ids: Record<string, string>;

    beforeAll(async () => {
      const nodeId = async (code: string): Promise<string> =>
        (await new PlanRepository(test.db.prisma).findByCode(phase2EditionCode, code))?.id ?? '';
      const make = async (code: string, extra: object): Promise<string> =>
        (await createIndicator(test.db.prisma, { code, codeNormalized: code, fiscalYear: year, ...extra })).id;

      ids = {
        a: await make('0411-1', { agencyId: officeId, planNodeId: goalId, kpiType: 'strategic', title: 'Alpha ฐานข้อมูล' }),
        b: await make('0411-2', { agencyId: officeId, planNodeId: await nodeId('5.4'), kpiType: 'routine', title: 'Beta' }),
        c: await make('5047-1', { planNodeId: await nodeId('1.1'), kpiType: 'routine', title: 'Gamma' }),
        d: await make('5047-2', { kpiType: 'goalLevel', title: 'Delta ฐานข้อมูล' }),
      };
    });

    const listIds = async (query: object): Promise<string[]> =>
      (await indicators.list({ fiscalYear: year, page: 1, pageSize: 50, ...query })).items.map((item) => item.id);

    it('filters by fiscal year', async () => {
      expect(await listIds({})).toEqual([ids['a'], ids['b'], ids['c'], ids['d']]);
    });

    it('filters by agency code', async () => {
      expect(await listIds({ agencyCode: '0411' })).toEqual([ids['a'], ids['b']]);
    });

    it('filters by plan node subtree', async () => {
      expect(await listIds({ planNodeCode: '5' })).toEqual([ids['a'], ids['b']]);
      expect(await listIds({ planNodeCode: '5.2' })).toEqual([ids['a']]);
      expect(await listIds({ planNodeCode: '1', editionCode: phase2EditionCode })).toEqual([ids['c']]);
      expect(await listIds({ planNodeCode: '9' })).toEqual([]);
    });

    it('filters by KPI type', async () => {
      expect(await listIds({ kpiType: 'routine' })).toEqual([ids['b'], ids['c']]);
    });

    it('searches title and code', async () => {
      expect(await listIds({ search: 'ฐานข้อมูล' })).toEqual([ids['a'], ids['d']]);
      expect(await listIds({ search: 'alpha' })).toEqual([ids['a']]);
      expect(await listIds({ search: '5047' })).toEqual([ids['c'], ids['d']]);
    });

    it('pages with a total', async () => {
      const page = await indicators.list({ fiscalYear: year, page: 2, pageSize: 3 });

      expect(page.total).toBe(4);
      expect(page.items.map((item) => item.id)).toEqual([ids['d']]);
    });

    it('returns summaries', async () => {
      const [first] = (await indicators.list({ fiscalYear: year, agencyCode: '0411', page: 1, pageSize: 1 })).items;

      expect(first).toMatchObject({
        code: '0411-1',
        kpiType: 'strategic',
        targetValue: '100',
        agency: { code: '0411' },
        planNode: { code: '5.2.1', level: 'goal' },
      });
    });
  });
});
