import { randomUUID } from 'node:crypto';

import { openTestNotificationDatabase, testBackends, type TestNotificationDatabase } from '../../testing/test-database';
import type { NotificationDatabase } from '../notification-database';
import { DeliveryRepository } from './delivery.repository';

const sent = { status: 'sent' as const, statusCode: 200, error: null, durationMs: 5, nextAttemptAt: null };

describe.each(testBackends)('DeliveryRepository on %s', (backend) => {
  let test: TestNotificationDatabase;
  let db: NotificationDatabase;
  let repository: DeliveryRepository;

  const createDelivery = async (recipientId: string, kind: string, channel: string, createdAt: Date) => {
    const notification = await db.prisma.notification.create({
      data: { recipientId, kind, agencyCode: '0411', language: 'th', subject: 'เรื่อง', text: 'ข้อความ', variables: {}, sourceId: randomUUID(), createdAt },
    });
    const delivery = await db.prisma.delivery.create({
      data: { notificationId: notification.id, channel, target: `${recipientId}@example.test`, status: 'pending', nextAttemptAt: new Date(0), createdAt },
    });

    return delivery.id;
  };

  beforeAll(async () => {
    test = await openTestNotificationDatabase(backend);
    db = test.db;
    repository = new DeliveryRepository(db.prisma, { instanceId: 'log-test' });
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('claims due deliveries once and records attempts with events', async () => {
    const first = await createDelivery('somchai', 'evaluationScored', 'email', new Date('2025-11-10T00:00:00Z'));
    const second = await createDelivery('somying', 'progressDueReminder', 'webhook', new Date('2025-11-11T00:00:00Z'));
    const other = new DeliveryRepository(db.prisma, { instanceId: 'other' });

    const claimed = await repository.claimDue(10);

    expect(claimed.map((delivery) => delivery.id).sort()).toEqual([first, second].sort());
    expect(await other.claimDue(10)).toEqual([]);

    const delivery = claimed.find((item) => item.id === first)!;
    const eventId = randomUUID();
    const record = await repository.recordAttempt(delivery, { ...sent, at: new Date() }, (result) => [
      { id: eventId, subject: 'events.notification.notification.delivered.v1', payload: { deliveryId: result.id }, correlationId: null },
    ]);

    expect(record).toMatchObject({ id: first, status: 'sent', attempts: 1, lastStatusCode: 200 });
    expect(await db.prisma.outboxEvent.count({ where: { id: eventId } })).toBe(1);
    // A second record of the same attempt finds the claim gone and writes nothing.
    expect(await repository.recordAttempt(delivery, { ...sent, at: new Date() }, [])).toBeNull();
    expect(await db.prisma.deliveryAttempt.count({ where: { deliveryId: first } })).toBe(1);

    await repository.release([second]);
    expect((await other.claimDue(10)).map((item) => item.id)).toEqual([second]);
  });

  it('lists the log with filters, newest first', async () => {
    const all = await repository.list({ page: 1, pageSize: 10 });

    expect(all.total).toBe(2);
    expect(all.items.map((item) => item.recipientId)).toEqual(['somying', 'somchai']);
    expect((await repository.list({ page: 1, pageSize: 10, status: 'sent' })).items.map((item) => item.recipientId)).toEqual(['somchai']);
    expect((await repository.list({ page: 1, pageSize: 10, channel: 'webhook' })).total).toBe(1);
    expect((await repository.list({ page: 1, pageSize: 10, recipientId: 'somchai', kind: 'evaluationScored' })).total).toBe(1);
    expect((await repository.list({ page: 1, pageSize: 10, kind: 'roundSignedOff' })).total).toBe(0);
    expect((await repository.list({ page: 1, pageSize: 10, from: new Date('2025-11-11T00:00:00Z') })).items.map((item) => item.recipientId)).toEqual(['somying']);
    expect((await repository.list({ page: 1, pageSize: 10, to: new Date('2025-11-11T00:00:00Z') })).items.map((item) => item.recipientId)).toEqual(['somchai']);
    expect((await repository.list({ page: 2, pageSize: 1 })).items.map((item) => item.recipientId)).toEqual(['somchai']);
  });

  it('gets one delivery with its attempts, or null', async () => {
    const [sentDelivery] = (await repository.list({ page: 1, pageSize: 1, status: 'sent' })).items;
    const detail = await repository.get(sentDelivery.id);

    expect(detail?.attemptLog).toEqual([expect.objectContaining({ attempt: 1, outcome: 'sent', statusCode: 200, durationMs: 5 })]);
    expect(await repository.get(randomUUID())).toBeNull();
  });

  it('counts dead-lettered deliveries', async () => {
    const before = await repository.countDeadLettered();
    const id = await createDelivery('somsak', 'evaluationScored', 'webhook', new Date('2025-11-12T00:00:00Z'));

    await db.prisma.delivery.update({ where: { id }, data: { status: 'deadLettered' } });
    expect(await repository.countDeadLettered()).toBe(before + 1);
  });
});
