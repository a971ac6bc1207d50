import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type { EvaluationMessages } from '@bma-kpi/contracts-evaluation';
import { EvaluationSubjects } from '@bma-kpi/contracts-evaluation';
import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import type { InboxPage, NotificationMessages } from '@bma-kpi/contracts-notification';
import { NotificationEvents, NotificationSubjects } from '@bma-kpi/contracts-notification';
import type { DomainException } from '@bma-kpi/errors';
// eslint-disable-next-line @nx/enforce-module-boundaries -- this test starts the real evaluation service, which supplies the deadlines, while notification sources reach it only through its contracts.
import { createEvaluationService } from '@bma-kpi/evaluation-feature';
// eslint-disable-next-line @nx/enforce-module-boundaries -- this test starts the real indicators service, which supplies KPIs and progress, while notification sources reach it only through its contracts.
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { ServiceClient } from '@bma-kpi/messaging';
import { serviceTestTransports, type ServiceTestTransport } from '@bma-kpi/testing-services';

import { createNotificationService } from '../notification-service.bootstrap';
import { ReminderScheduler } from './reminder-scheduler';
import { DEFAULT_REMINDER_SETTINGS } from './reminder-schedule';

jest.setTimeout(120_000);

const meta = { correlationId: 'reminders-int-spec', actor: 'operator-1' };
const logging = (service: string) => ({ service, level: 'silent' as const, pretty: false });
// A special holiday on Friday 14 November 2025 moves the reminders of the Saturday 15 November deadline.
const specialHoliday = { date: '2025-11-14', nameTh: 'วันหยุดพิเศษ', nameEn: 'Special holiday' };

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);
const kindsOf = (page: InboxPage) => page.items.map((item) => item.kind).sort();

/** Bangkok 10:00 of a date, as the scheduler's clock would read it. */
const bangkokMorning = (date: string) => new Date(`${date}T10:00:00+07:00`);

describe.each(serviceTestTransports(Object.values(NotificationEvents)))('reminders over %s', (name, openTransport) => {
  const sharedDatabase = name.startsWith('NATS');
  let transport: ServiceTestTransport;
  let dataDir = '';
  let notificationUrl = '';
  let indicatorsService: INestMicroservice;
  let evaluationService: INestMicroservice;
  let instances: INestMicroservice[] = [];
  let proxy: ClientProxy;
  let sut: ServiceClient<NotificationMessages>;
  const kpiIds: Record<string, string> = {};

  const inbox = (recipientId: string) => sut.request(NotificationSubjects.inboxList, { recipientId, pageSize: 200 }, meta);
  const run = (date: string, dryRun = false) => sut.request(NotificationSubjects.reminderRun, { date, dryRun }, meta);

  async function startNotification(): Promise<INestMicroservice> {
    const service = await createNotificationService(transport.server('notification'), {
      databaseUrl: notificationUrl,
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: logging('notification'),
      indicators: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 5000 },
      evaluation: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 5000 },
      publicBaseUrl: 'https://kpi.example.test',
      reminders: { ...DEFAULT_REMINDER_SETTINGS, enabled: false },
    });

    await service.listen();

    return service;
  }

  beforeAll(async () => {
    transport = await openTransport();
    dataDir = await mkdtemp(path.join(tmpdir(), 'reminders-int-'));
    // PGlite in memory would lose the data at the restart, so the PGlite run keeps it in a folder.
    notificationUrl = sharedDatabase ? await transport.databaseUrl('notification_reminders') : `pglite:${dataDir}`;
    indicatorsService = await createIndicatorsService(transport.server('indicators'), {
      databaseUrl: await transport.databaseUrl('reminders_indicators'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: logging('indicators'),
    });
    await indicatorsService.listen();
    evaluationService = await createEvaluationService(transport.server('evaluation'), {
      databaseUrl: await transport.databaseUrl('reminders_evaluation'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: logging('evaluation'),
      indicators: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 5000 },
    });
    await evaluationService.listen();
    instances = [await startNotification()];
    proxy = transport.client();
    sut = new ServiceClient(proxy, { service: 'notification', subjectPrefix: transport.subjectPrefix, timeoutMs: 30_000 });

    const indicators = new ServiceClient<IndicatorsMessages>(proxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
    const evaluation = new ServiceClient<EvaluationMessages>(proxy, { service: 'evaluation', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });

    for (const [code, agencyCode] of [['0411-0001', '0411'], ['0411-0002', '0411'], ['0402-0001', '0402']] as const) {
      const created = await indicators.request(IndicatorsSubjects.indicatorCreate, { fiscalYear: 2569, code, title: `ตัวชี้วัด ${code}`, agencyCode, target: 100 }, meta);

      kpiIds[code] = created.id;
    }
    await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId: kpiIds['0411-0002'], date: '2025-10-30', text: 'รายงานเดือนตุลาคม' }, meta);
    await evaluation.request(EvaluationSubjects.roundCreate, { fiscalYear: 2569, quarter: 1 }, meta);
    await sut.request(NotificationSubjects.holidayReplace, { year: 2025, holidays: [specialHoliday] }, meta);
  });

  afterAll(async () => {
    for (const service of instances) {
      await service.close();
    }
    await evaluationService?.close();
    await indicatorsService?.close();
    await proxy?.close();
    await transport?.cleanUp();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('plans October progress around the holiday table', async () => {
    const plan = await sut.request(NotificationSubjects.reminderPlan, { fiscalYear: 2569 }, meta);
    const october = plan.items.filter((item) => item.period === '2025-10');

    expect(october.map((item) => [item.kind, item.stage, item.dueDate, item.sendOn])).toEqual([
      ['progressDueReminder', 3, '2025-11-15', '2025-11-10'],
      ['progressDueReminder', 1, '2025-11-15', '2025-11-12'],
      ['progressOverdue', 1, '2025-11-15', '2025-11-17'],
      ['progressOverdueEscalation', 5, '2025-11-15', '2025-11-21'],
    ]);
    expect(plan.items).toHaveLength(12 * 4 + 4 * 2);
  });

  it('lists a dry run without sending', async () => {
    const result = await run('2025-11-12', true);

    expect(result.issued.map((issue) => [issue.key, issue.kpiCodes, issue.recipients])).toEqual([
      ['progressDueReminder:0402:2025-10:1', ['0402-0001'], 0],
      ['progressDueReminder:0411:2025-10:1', ['0411-0001'], 0],
    ]);
    expect((await inbox('agency:0411')).total).toBe(0);
  });

  it('reminds only agencies missing progress', async () => {
    const result = await run('2025-11-12');
    const agencyInbox = await inbox('agency:0411');

    expect(result.issued.map((issue) => issue.key)).toEqual(['progressDueReminder:0402:2025-10:1', 'progressDueReminder:0411:2025-10:1']);
    expect(agencyInbox.items.map((item) => item.subject)).toEqual([
      'แจ้งเตือน: ใกล้ถึงกำหนดรายงานผลการดำเนินงานตัวชี้วัด 0411-0001 ประจำเดือนตุลาคม 2568',
    ]);
    expect(agencyInbox.items[0]?.text).toContain('ภายในวันที่ 15 พฤศจิกายน 2568');
    expect(kindsOf(await inbox('agency:0402'))).toEqual(['progressDueReminder']);
  });

  it('issues nothing when run twice', async () => {
    const result = await run('2025-11-12');

    expect(result.issued).toEqual([]);
    expect((await inbox('agency:0411')).total).toBe(1);
  });

  it('issues the overdue notice once from two instances', async () => {
    if (sharedDatabase) {
      instances.push(await startNotification());
    }
    const ticks = instances.map((service) => service.get(ReminderScheduler).tick(bangkokMorning('2025-11-17')));

    await Promise.all([...ticks, run('2025-11-17')]);

    expect(kindsOf(await inbox('agency:0411'))).toEqual(['progressDueReminder', 'progressOverdue']);
    expect(kindsOf(await inbox('agency:0402'))).toEqual(['progressDueReminder', 'progressOverdue']);
    expect((await inbox('agency-head:0411')).total).toBe(0);
  });

  it('shows issued reminders in the plan', async () => {
    const plan = await sut.request(NotificationSubjects.reminderPlan, { fiscalYear: 2569 }, meta);
    const overdue = plan.items.find((item) => item.period === '2025-10' && item.kind === 'progressOverdue');

    expect(overdue?.issues.map((issue) => [issue.key, issue.recipients])).toEqual([
      ['progressOverdue:0402:2025-10:1', 1],
      ['progressOverdue:0411:2025-10:1', 1],
    ]);
  });

  it('catches up after a restart without repeats', async () => {
    const indicators = new ServiceClient<IndicatorsMessages>(proxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });

    await indicators.request(IndicatorsSubjects.progressAdd, { indicatorId: kpiIds['0402-0001'], date: '2025-10-31', text: 'รายงานล่าช้า' }, meta);
    for (const service of instances) {
      await service.close();
    }
    instances = [await startNotification()];
    // The service was down on 21 November, the escalation day, and the next tick is on the 24th.
    await instances[0].get(ReminderScheduler).tick(bangkokMorning('2025-11-24'));

    expect(kindsOf(await inbox('agency-head:0411'))).toEqual(['progressOverdueEscalation']);
    expect((await inbox('agency-head:0402')).total).toBe(0);
    expect(kindsOf(await inbox('agency:0411'))).toEqual(['progressDueReminder', 'progressOverdue']);
  });

  it('reminds evaluators of the pending review', async () => {
    await run('2026-02-12');
    const evaluators = await inbox('evaluators');
    const review = evaluators.items.find((item) => item.kind === 'reviewDueReminder');

    expect(review?.subject).toBe('แจ้งเตือน: ใกล้ถึงกำหนดประเมินผลตัวชี้วัด ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569');
    expect(review?.text).toContain('จำนวน 3 ตัวชี้วัด');
  });

  it.each([
    ['an impossible date', NotificationSubjects.reminderRun, { date: '2025-02-30' }, 'date'],
    ['a Buddhist-era date', NotificationSubjects.reminderRun, { date: '2568-11-12' }, 'date'],
    ['a Christian-era fiscal year', NotificationSubjects.reminderPlan, { fiscalYear: 2025 }, 'fiscalYear'],
  ] as const)('rejects %s naming the field', async (_case, subject, request, field) => {
    const error = await failure(sut.request(subject, request, meta));

    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.extra.errors?.[0]?.field).toBe(field);
  });
});
