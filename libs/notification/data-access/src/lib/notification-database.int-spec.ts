import { randomUUID } from 'node:crypto';

import { DeadLetterRepository, InboxStore } from '@bma-kpi/database';

import { openTestNotificationDatabase, testBackends, type TestNotificationDatabase } from '../testing';
import type { Prisma } from '../generated/prisma/client';
import { runInTransaction } from './notification-client';
import { HolidayRepository } from './repositories/holiday.repository';
import { NotificationRepository, type NotificationInput } from './repositories/notification.repository';

const audit = { actor: 'operator-1', correlationId: 'corr-1' };

function notification(overrides: Partial<NotificationInput> = {}): NotificationInput {
  return {
    recipientId: 'user-0411',
    kind: 'evaluationCorrectionRequested',
    agencyCode: '0411',
    language: 'th',
    subject: 'ขอให้แก้ไขผลการดำเนินงาน',
    text: 'ผู้ประเมินขอให้แก้ไขค่าของเดือนกันยายน 2564',
    variables: { kpiCode: '0411-5', month: '2021-09' },
    sourceId: randomUUID(),
    deliveries: [{ channel: 'email', target: 'officer@bangkok.go.th' }],
    ...overrides,
  };
}

describe.each(testBackends)('NotificationDatabase on %s', (backend) => {
  let test: TestNotificationDatabase;

  beforeAll(async () => {
    test = await openTestNotificationDatabase(backend);
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('applies the migrations into its schema', async () => {
    const tables = await test.db.database.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [test.db.database.schema],
    );

    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['ChangeLog', 'DeadLetterEvent', 'Delivery', 'Holiday', 'InboxEvent', 'Notification', 'outbox']),
    );
  });

  describe('HolidayRepository', () => {
    const songkran = [
      { date: '2024-04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran', substitution: false },
      { date: '2024-04-16', nameTh: 'ชดเชยวันสงกรานต์', nameEn: 'Songkran substitution day', substitution: true },
    ];

    it('replaces the holidays of one year only', async () => {
      const holidays = new HolidayRepository(test.db.prisma);

      await holidays.replaceYear(2025, [{ date: '2025-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day", substitution: false }], audit);
      await holidays.replaceYear(2024, [{ date: '2024-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day", substitution: false }], audit);
      const replaced = await holidays.replaceYear(2024, songkran, audit);

      expect(replaced).toEqual(songkran);
      expect((await holidays.listYears(2024, 2025)).map((holiday) => holiday.date)).toEqual(['2024-04-13', '2024-04-16', '2025-01-01']);
    });

    it.each([
      ['a date of another year', '2023-12-31'],
      ['an impossible date', '2024-02-30'],
    ])('rejects %s and keeps the year', async (_name, date) => {
      const holidays = new HolidayRepository(test.db.prisma);

      await expect(holidays.replaceYear(2024, [{ ...songkran[0], date }], audit)).rejects.toThrow(RangeError);
      expect((await holidays.listYears(2024, 2024)).map((holiday) => holiday.date)).toEqual(['2024-04-13', '2024-04-16']);
    });
  });

  describe('NotificationRepository', () => {
    it('stores a notification and its deliveries once per source, recipient and kind', async () => {
      const notifications = new NotificationRepository(test.db.prisma);
      const input = notification();
      const first = await notifications.createOnce(input);
      const second = await notifications.createOnce({ ...input, subject: 'ซ้ำ' });
      const deliveries = await test.db.prisma.delivery.findMany({ where: { notificationId: first.notification.id } });

      expect([first.created, second.created]).toEqual([true, false]);
      expect(second.notification).toEqual(first.notification);
      expect(deliveries.map((delivery) => [delivery.channel, delivery.target, delivery.status])).toEqual([['email', 'officer@bangkok.go.th', 'pending']]);
    });

    it('lists a recipient inbox newest first and marks items read once', async () => {
      const notifications = new NotificationRepository(test.db.prisma);
      const recipientId = `user-${randomUUID()}`;
      const older = (await notifications.createOnce(notification({ recipientId }))).notification;
      const newer = (await notifications.createOnce(notification({ recipientId, kind: 'evaluationScored' }))).notification;
      const readAt = new Date('2026-12-05T03:00:00.000Z');

      const read = await notifications.markRead(older.id, recipientId, true, readAt);
      const again = await notifications.markRead(older.id, recipientId, false, new Date());
      const page = await notifications.inbox(recipientId, { page: 1, pageSize: 10 });
      const unread = await notifications.inbox(recipientId, { page: 1, pageSize: 10, unreadOnly: true });

      expect(page.items.map((item) => item.id)).toEqual([newer.id, older.id]);
      expect(unread.items.map((item) => item.id)).toEqual([newer.id]);
      expect([read?.readAt, read?.acknowledgedAt, again?.readAt]).toEqual([readAt.toISOString(), readAt.toISOString(), readAt.toISOString()]);
      expect(await notifications.markRead(older.id, 'someone-else', true)).toBeNull();
    });
  });

  describe('shared stores', () => {
    it('handles an event once and keeps dead letters', async () => {
      const inbox = new InboxStore<Prisma.TransactionClient>((work) => runInTransaction(test.db.prisma, work), test.db.prisma);
      const eventId = randomUUID();
      const work = jest.fn(() => Promise.resolve('done'));

      expect(await inbox.handleOnce(eventId, 'events.evaluation.evaluation.scored.v1', work)).toEqual({ handled: true, result: 'done' });
      expect(await inbox.handleOnce(eventId, 'events.evaluation.evaluation.scored.v1', work)).toEqual({ handled: false });
      expect(work).toHaveBeenCalledTimes(1);
      const letters = new DeadLetterRepository(test.db.prisma);

      await letters.record({ eventId, subject: 'events.evaluation.evaluation.scored.v1', payload: '{}', error: 'boom', deliveries: 5, streamSequence: 7 });
      expect(await letters.count()).toBe(1);
    });
  });
});
