import { randomUUID } from 'node:crypto';
import { InvalidInputError, RecordNotFoundError } from '@bma-kpi/database';
import { createIndicator, openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../../testing';
import { DuplicateProgressError } from '../support/errors';
import { IndicatorRepository } from './indicator.repository';
import { progressFingerprint, ProgressRepository, type ProgressInput } from './progress.repository';

function note(date: string | null, text: string, extra: Partial<ProgressInput> = {}): ProgressInput {
  return { date, text, rawText: `${date ?? 'undated'} : ${text}`, fiscalYear: 2564, quarter: 1, ...extra };
}

describe.each(testBackends)('ProgressRepository on %s', (backend) => {
  let test: TestIndicatorsDatabase;
  let progress: ProgressRepository;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
    progress = new ProgressRepository(test.db.prisma);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('adds a note with its fingerprint', async () => {
    const indicator = await createIndicator(test.db.prisma);
    const eventId = randomUUID();

    const added = await progress.add(indicator.id, note('2020-10-28', 'ขั้นตอนที่ 1', { value: '12.5' }), 'dave', 'c-1', (record) => [
      { id: eventId, subject: 'indicators.progress.added', payload: { id: record.id }, correlationId: 'c-1' },
    ]);

    expect(added).toMatchObject({
      indicatorId: indicator.id,
      reportDate: '2020-10-28',
      fiscalYear: 2564,
      quarter: 1,
      value: '12.5',
      source: 'api',
      createdBy: 'dave',
      dateAmbiguous: false,
      fingerprint: progressFingerprint('2020-10-28', '2020-10-28 : ขั้นตอนที่ 1'),
    });
    expect((await test.db.prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).payload).toEqual({ id: added.id });
    expect(await test.db.prisma.changeLog.count({ where: { entity: 'ProgressReport', entityId: added.id, actor: 'dave' } })).toBe(1);
  });

  it('rejects a duplicate note and writes nothing', async () => {
    const indicator = await createIndicator(test.db.prisma);
    const eventId = randomUUID();

    await progress.add(indicator.id, note('2020-11-30', 'same text'), 'dave', null, []);
    const duplicate = progress.add(indicator.id, note('2020-11-30', 'same text'), 'dave', null, [
      { id: eventId, subject: 's', payload: {}, correlationId: null },
    ]);

    await expect(duplicate).rejects.toThrow(DuplicateProgressError);
    expect(await test.db.prisma.progressReport.count({ where: { indicatorId: indicator.id } })).toBe(1);
    expect(await test.db.prisma.outboxEvent.count({ where: { id: eventId } })).toBe(0);
  });

  it('keeps notes that differ only in date', async () => {
    const indicator = await createIndicator(test.db.prisma);

    await progress.add(indicator.id, { ...note('2020-12-01', 'x'), rawText: 'same raw' }, 'dave', null, []);
    await progress.add(indicator.id, { ...note('2020-12-02', 'x'), rawText: 'same raw' }, 'dave', null, []);

    expect(await test.db.prisma.progressReport.count({ where: { indicatorId: indicator.id } })).toBe(2);
  });

  it('rejects an unknown indicator', async () => {
    await expect(progress.add(randomUUID(), note('2020-10-01', 'x'), 'dave', null, [])).rejects.toThrow(RecordNotFoundError);
  });

  it('rejects an invalid date', async () => {
    const indicator = await createIndicator(test.db.prisma);

    await expect(progress.add(indicator.id, note('2021-02-30', 'x'), 'dave', null, [])).rejects.toThrow(InvalidInputError);
    await expect(progress.add(indicator.id, note('30/11/2563', 'x'), 'dave', null, [])).rejects.toThrow('Invalid date');
  });

  it('lists by date, undated last, with filters', async () => {
    const indicator = await createIndicator(test.db.prisma);
    const add = (input: ProgressInput): Promise<unknown> => progress.add(indicator.id, input, 'dave', null, []);

    await add(note(null, 'undated', { quarter: null, fiscalYear: null, ambiguous: true, rawDate: '3/4/2564' }));
    await add(note('2021-01-29', 'q2', { quarter: 2 }));
    await add(note('2020-10-28', 'q1 first', { quarter: 1 }));
    await add(note('2020-11-30', 'q1 second', { quarter: 1 }));

    const all = await progress.list(indicator.id, { page: 1, pageSize: 10 });
    const quarter1 = await progress.list(indicator.id, { quarter: 1, page: 1, pageSize: 10 });
    const secondPage = await progress.list(indicator.id, { page: 2, pageSize: 3 });

    expect(all.items.map((item) => item.text)).toEqual(['q1 first', 'q1 second', 'q2', 'undated']);
    expect(all.items[3]).toMatchObject({ reportDate: null, dateAmbiguous: true, rawDate: '3/4/2564' });
    expect(quarter1).toMatchObject({ total: 2 });
    expect(secondPage.items.map((item) => item.text)).toEqual(['undated']);
    expect((await progress.list(indicator.id, { fiscalYear: 2563, page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('shows notes in the indicator detail', async () => {
    const indicator = await createIndicator(test.db.prisma);

    await progress.add(indicator.id, note('2021-03-31', 'later'), 'dave', null, []);
    await progress.add(indicator.id, note('2021-02-26', 'earlier'), 'dave', null, []);
    const detail = await test.db.prisma.progressReport.findMany({ where: { indicatorId: indicator.id } });

    expect(detail).toHaveLength(2);
    const read = await new IndicatorRepository(test.db.prisma).get(indicator.id);

    expect(read?.progress.map((item) => item.text)).toEqual(['earlier', 'later']);
  });
});
