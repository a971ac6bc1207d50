import { randomUUID } from 'node:crypto';

import { openTestServiceDatabase, testBackends, type TestServiceDatabase } from '@bma-kpi/database';
import { NotificationDatabase, runInTransaction } from '@bma-kpi/notification-data-access';

import type { NotificationServiceOptions } from '../notification-service.options';
import type { Notice } from './notice';
import { NoticeDispatcher } from './notice-dispatcher';

const delivery = { smtp: { url: 'smtp://127.0.0.1:2525', from: 'kpi@example.test' }, pollIntervalMs: 1000, maxAttempts: 3, webhookTimeoutMs: 1000, digestHour: 8 };

const overdue = (agencyCode: string): Notice => ({
  kind: 'progressOverdue',
  agencyCode,
  sourceId: randomUUID(),
  variables: { kpiCode: '0411-0005', kpiTitleTh: 'ความสำเร็จในการพัฒนาฐานข้อมูล', agencyNameTh: 'สำนักยุทธศาสตร์และประเมินผล', month: '2025-10', dueDate: '2025-11-17', link: 'https://kpi.example.test/x', daysOverdue: 2 },
});

describe.each(testBackends)('NoticeDispatcher on %s', (backend) => {
  let test: TestServiceDatabase<NotificationDatabase>;
  let db: NotificationDatabase;

  const dispatch = (dispatcher: NoticeDispatcher, notice: Notice, now?: Date) => runInTransaction(db.prisma, (tx) => dispatcher.dispatch(notice, tx, now));
  const withDelivery = new NoticeDispatcher({ delivery } as NotificationServiceOptions);

  beforeAll(async () => {
    test = await openTestServiceDatabase(backend, (url) => NotificationDatabase.open(url));
    db = test.db;
    const common = { createdBy: 'admin', type: 'user' };

    await db.prisma.recipient.createMany({
      data: [
        { ...common, id: 'reporter-0411', displayName: 'ผู้รายงาน', agencyCode: '0411', audiences: ['agency'], email: 'reporter@example.test' },
        { ...common, id: 'head-0411', displayName: 'ผู้อำนวยการ', agencyCode: '0411', audiences: ['agencyHead'], email: 'head@example.test', language: 'en' },
        { ...common, id: 'digest-0411', displayName: 'ผู้รับสรุป', agencyCode: '0411', audiences: ['agency'], email: 'digest@example.test', dailyDigest: true },
        { ...common, id: 'reporter-0500', displayName: 'เขตอื่น', agencyCode: '0500', audiences: ['agency'], email: 'other@example.test' },
      ],
    });
  });

  afterAll(async () => {
    await test.dispose();
  });

  it('writes one notification per routed recipient and shared inbox, with e-mail deliveries', async () => {
    const notice = overdue('0411');
    const created = await dispatch(withDelivery, notice);
    const rows = await db.prisma.notification.findMany({ where: { sourceId: notice.sourceId }, include: { deliveries: true }, orderBy: { recipientId: 'asc' } });

    expect(created).toBe(3);
    expect(rows.map((row) => row.recipientId)).toEqual(['agency:0411', 'digest-0411', 'reporter-0411']);
    // Overdue progress is critical, so the digest recipient gets it at once too.
    expect(rows.flatMap((row) => row.deliveries.map((d) => [d.target, d.status]))).toEqual([
      ['digest@example.test', 'pending'],
      ['reporter@example.test', 'pending'],
    ]);
    expect(rows[2]?.subject).toContain('0411-0005');
  });

  it('holds a non-critical e-mail for the next digest', async () => {
    const notice: Notice = { ...overdue('0411'), kind: 'progressDueReminder', sourceId: randomUUID() };
    const { daysOverdue: _unused, ...variables } = notice.variables;

    await dispatch(withDelivery, { ...notice, variables }, new Date('2025-11-12T03:00:00Z'));
    const held = await db.prisma.delivery.findFirstOrThrow({ where: { notification: { sourceId: notice.sourceId, recipientId: 'digest-0411' } } });

    expect(held.status).toBe('digest');
    expect(held.digestOn?.toISOString().slice(0, 10)).toBe('2025-11-13');
  });

  it('renders in the recipient\'s language', async () => {
    const notice: Notice = { ...overdue('0411'), kind: 'progressOverdueEscalation', sourceId: randomUUID() };

    await dispatch(withDelivery, notice);
    const row = await db.prisma.notification.findFirstOrThrow({ where: { sourceId: notice.sourceId, recipientId: 'head-0411' } });

    expect(row.language).toBe('en');
    expect(row.subject).toMatch(/overdue/i);
  });

  it('sends a city-wide round sign-off to every agency head', async () => {
    const notice: Notice = {
      kind: 'roundSignedOff',
      agencyCode: null,
      sourceId: randomUUID(),
      variables: { fiscalYear: 2569, quarter: 1, signedOffOn: '2026-02-20', link: 'https://kpi.example.test/s' },
    };

    expect(await dispatch(withDelivery, notice)).toBe(1);
    const row = await db.prisma.notification.findFirstOrThrow({ where: { sourceId: notice.sourceId }, include: { deliveries: true } });

    expect(row).toMatchObject({ recipientId: 'head-0411', language: 'en', deliveries: [{ target: 'head@example.test' }] });
  });

  it('creates nothing the second time, and no e-mail without an SMTP server', async () => {
    const notice = overdue('0500');
    const withoutEmail = new NoticeDispatcher({} as NotificationServiceOptions);

    expect(await dispatch(withoutEmail, notice)).toBe(2);
    expect(await dispatch(withoutEmail, notice)).toBe(0);
    expect(await db.prisma.delivery.count({ where: { notification: { sourceId: notice.sourceId } } })).toBe(0);
  });

  it('writes nothing when the template lacks a variable', async () => {
    const notice = overdue('0411');
    const { daysOverdue: _unused, ...variables } = notice.variables;

    await expect(dispatch(withDelivery, { ...notice, variables })).rejects.toThrow(/daysOverdue/);
    expect(await db.prisma.notification.count({ where: { sourceId: notice.sourceId } })).toBe(0);
  });
});
