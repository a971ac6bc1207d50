import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type { NotificationMessages } from '@bma-kpi/contracts-notification';
import { NotificationEvents, NotificationSubjects } from '@bma-kpi/contracts-notification';
import type { DomainException } from '@bma-kpi/errors';
import { ServiceClient } from '@bma-kpi/messaging';
import { serviceTestTransports, type ServiceTestTransport } from '@bma-kpi/testing-services';

import { createNotificationService } from './notification-service.bootstrap';

jest.setTimeout(60_000);

const meta = { correlationId: 'notification-int-spec', actor: 'operator-1' };
const newYear = { date: '2025-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day" };
const songkran = { date: '2025-04-14', nameTh: 'วันสงกรานต์', nameEn: 'Songkran' };

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

describe.each(serviceTestTransports(Object.values(NotificationEvents)))('notification service over %s', (_name, openTransport) => {
  let transport: ServiceTestTransport;
  let service: INestMicroservice;
  let proxy: ClientProxy;
  let sut: ServiceClient<NotificationMessages>;

  beforeAll(async () => {
    transport = await openTransport();
    service = await createNotificationService(transport.server('notification'), {
      databaseUrl: await transport.databaseUrl('notification'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'notification', level: 'silent', pretty: false },
      indicators: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 2000 },
      publicBaseUrl: 'http://localhost:3000',
    });
    await service.listen();
    proxy = transport.client();
    sut = new ServiceClient(proxy, { service: 'notification', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await service?.close();
    await proxy?.close();
    await transport?.cleanUp();
  });

  it('reports its health', async () => {
    const health = await sut.request(NotificationSubjects.healthCheck, {}, meta);

    expect(health).toMatchObject({ status: 'ok', service: 'notification', deadLetters: 0, deadLetteredDeliveries: 0, outboxBacklog: 0 });
    // The in-process consumer keeps no backlog and JetStream has nothing pending yet, so the lag is 0 on both.
    expect(health.consumerLag).toBe(0);
  });

  it('replaces a year of holidays and lists them with Buddhist-era dates', async () => {
    const replaced = await sut.request(NotificationSubjects.holidayReplace, { year: 2025, holidays: [songkran, newYear] }, meta);
    const listed = await sut.request(NotificationSubjects.holidayList, { fromYear: 2024, toYear: 2025 }, meta);

    expect(replaced.items.map((holiday) => [holiday.date, holiday.dateTh, holiday.substitution])).toEqual([
      ['2025-01-01', '1 มกราคม 2568', false],
      ['2025-04-14', '14 เมษายน 2568', false],
    ]);
    expect(listed).toEqual(replaced);
  });

  it.each([
    ['a date of another year', { year: 2025, holidays: [{ ...newYear, date: '2026-01-01' }] }, 'holidays.0.date'],
    ['an impossible date', { year: 2025, holidays: [{ ...newYear, date: '2025-02-29' }] }, 'holidays.0.date'],
    ['a date given twice', { year: 2025, holidays: [newYear, { ...newYear, nameTh: 'ซ้ำ' }] }, 'holidays.1.date'],
    ['a Buddhist-era year', { year: 2568, holidays: [] }, 'year'],
  ])('rejects %s and keeps the year', async (_name, request, field) => {
    const error = await failure(sut.request(NotificationSubjects.holidayReplace, request, meta));
    const after = await sut.request(NotificationSubjects.holidayList, { fromYear: 2025 }, meta);

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.[0]?.field).toBe(field);
    expect(after.items).toHaveLength(2);
  });

  it('lists an empty inbox and reports an unknown item as not found', async () => {
    const inbox = await sut.request(NotificationSubjects.inboxList, { recipientId: 'agency:0411' }, meta);
    const error = await failure(
      sut.request(NotificationSubjects.inboxMark, { id: '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11', recipientId: 'agency:0411' }, meta),
    );

    expect(inbox).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
    expect(error?.code).toBe('NOTIFICATION_NOT_FOUND');
    expect(error?.messageTh).toContain('ไม่พบการแจ้งเตือน');
  });
});
