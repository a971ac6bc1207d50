import { randomUUID } from 'node:crypto';
import type { OutboxMessage } from '@bma-kpi/messaging';
import { OutboxRepository } from '@bma-kpi/database';
import { openTestIndicatorsDatabase, testBackends, type TestIndicatorsDatabase } from '../../testing';
import { IndicatorRepository } from './indicator.repository';

function events(count: number, subject: string): OutboxMessage[] {
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    subject,
    payload: { index, decimal: '1.5' },
    correlationId: `corr-${index}`,
  }));
}

describe.each(testBackends)('OutboxRepository on %s', (backend) => {
  let test: TestIndicatorsDatabase;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase(backend);
  });

  beforeEach(async () => {
    await test.db.prisma.outboxEvent.deleteMany();
  });

  afterAll(async () => {
    await test.dispose();
  });

  async function writeEvents(batch: OutboxMessage[]): Promise<void> {
    await new IndicatorRepository(test.db.prisma).create({ fiscalYear: 2564 }, 'test', null, batch);
  }

  it('returns pending events oldest first', async () => {
    const first = events(3, 'first');
    const second = events(2, 'second');

    await writeEvents(first);
    await writeEvents(second);
    const outbox = new OutboxRepository(test.db.prisma);

    const pending = await outbox.fetchPending(10);

    expect(pending).toEqual([...first, ...second]);
  });

  it('limits the batch', async () => {
    const batch = events(5, 'limited');

    await writeEvents(batch);

    expect((await new OutboxRepository(test.db.prisma).fetchPending(2)).map((event) => event.id)).toEqual(
      batch.slice(0, 2).map((event) => event.id),
    );
  });

  it('stops returning sent events', async () => {
    const batch = events(3, 'sent');
    const outbox = new OutboxRepository(test.db.prisma);

    await writeEvents(batch);
    await outbox.markSent([batch[0].id, batch[1].id]);

    expect((await outbox.fetchPending(10)).map((event) => event.id)).toEqual([batch[2].id]);
    const row = await test.db.prisma.outboxEvent.findUniqueOrThrow({ where: { id: batch[0].id } });

    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.claimedBy).toBeNull();
  });

  it('records failures and retries in order', async () => {
    const batch = events(2, 'failing');
    const outbox = new OutboxRepository(test.db.prisma);

    await writeEvents(batch);
    await outbox.fetchPending(10);
    await outbox.markFailed(batch[0].id, 'timed out');
    await outbox.markFailed(batch[0].id, 'x'.repeat(5000));
    const row = await test.db.prisma.outboxEvent.findUniqueOrThrow({ where: { id: batch[0].id } });

    expect(row.attempts).toBe(2);
    expect(row.lastError).toHaveLength(2000);
    expect((await outbox.fetchPending(10)).map((event) => event.id)).toEqual(batch.map((event) => event.id));
  });

  it('hides claimed events from other instances', async () => {
    const batch = events(4, 'claimed');
    const relayA = new OutboxRepository(test.db.prisma, { instanceId: 'relay-a' });
    const relayB = new OutboxRepository(test.db.prisma, { instanceId: 'relay-b' });

    await writeEvents(batch);
    const takenByA = await relayA.fetchPending(2);
    const takenByB = await relayB.fetchPending(10);

    expect(takenByA.map((event) => event.id)).toEqual(batch.slice(0, 2).map((event) => event.id));
    expect(takenByB.map((event) => event.id)).toEqual(batch.slice(2).map((event) => event.id));
    expect(await relayB.fetchPending(10)).toHaveLength(2);
  });

  it('releases expired claims', async () => {
    const batch = events(1, 'expired');

    await writeEvents(batch);
    await new OutboxRepository(test.db.prisma, { instanceId: 'crashed', claimSeconds: 0.001 }).fetchPending(10);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(await new OutboxRepository(test.db.prisma, { instanceId: 'next' }).fetchPending(10)).toHaveLength(1);
  });

  it('ignores a limit below one', async () => {
    await writeEvents(events(1, 'none'));

    expect(await new OutboxRepository(test.db.prisma).fetchPending(0)).toEqual([]);
  });

  it('keeps rows of a failed write out', async () => {
    const batch = events(1, 'rolled-back');

    await expect(
      new IndicatorRepository(test.db.prisma).create({ fiscalYear: 2564, decimals: 9 }, 'test', null, batch),
    ).rejects.toThrow('Invalid decimals');

    expect(await new OutboxRepository(test.db.prisma).fetchPending(10)).toEqual([]);
  });
});

describe('OutboxRepository on postgres with racing relays', () => {
  let test: TestIndicatorsDatabase;

  beforeAll(async () => {
    test = await openTestIndicatorsDatabase('postgres');
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('hands each event to one relay', async () => {
    const batch = events(40, 'raced');

    await new IndicatorRepository(test.db.prisma).create({ fiscalYear: 2564 }, 'test', null, batch);
    const relays = Array.from({ length: 4 }, (_, index) => new OutboxRepository(test.db.prisma, { instanceId: `relay-${index}` }));

    const fetched = await Promise.all(relays.map((relay) => relay.fetchPending(15)));
    const ids = fetched.flat().map((event) => event.id);

    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });
});
