import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type {
  EvaluationCorrectionRequestedEvent,
  EvaluationScoredEvent,
  EvaluationSignedOffEvent,
  EvaluationTransitionEventData,
} from '@bma-kpi/contracts-evaluation';
import { EvaluationEvents } from '@bma-kpi/contracts-evaluation';
import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import type { NotificationMessages } from '@bma-kpi/contracts-notification';
import { NotificationEvents, NotificationSubjects } from '@bma-kpi/contracts-notification';
// eslint-disable-next-line @nx/enforce-module-boundaries -- this test starts the real indicators service, which supplies KPI titles; notification sources reach it only through its contracts.
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { createEventPublisher, createOutboxMessage, ServiceClient, type EventPublisher } from '@bma-kpi/messaging';
import { eventually, serviceTestTransports, type ServiceTestTransport } from '@bma-kpi/testing-services';

import { createNotificationService } from './notification-service.bootstrap';

jest.setTimeout(60_000);

const meta = { correlationId: 'notification-reactions', actor: 'evaluator-1' };

describe.each(serviceTestTransports(Object.values(NotificationEvents)))('notification reactions over %s', (_name, openTransport) => {
  let transport: ServiceTestTransport;
  let indicatorsService: INestMicroservice;
  let service: INestMicroservice;
  let proxy: ClientProxy;
  let publisher: EventPublisher;
  let sut: ServiceClient<NotificationMessages>;
  let indicatorId = '';

  const inbox = (recipientId: string) => sut.request(NotificationSubjects.inboxList, { recipientId }, meta);

  function transition(action: string, extra: Partial<EvaluationTransitionEventData> = {}): EvaluationTransitionEventData {
    return {
      evaluationId: randomUUID(),
      roundId: randomUUID(),
      fiscalYear: 2564,
      quarter: 4,
      indicatorId,
      agencyCode: '0411',
      action,
      role: 'evaluator',
      from: 'submitted',
      to: action,
      reason: null,
      valueKey: null,
      version: 2,
      score: null,
      ...extra,
    };
  }

  beforeAll(async () => {
    transport = await openTransport();
    indicatorsService = await createIndicatorsService(transport.server('indicators'), {
      databaseUrl: await transport.databaseUrl('notification_indicators'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'indicators', level: 'silent', pretty: false },
    });
    await indicatorsService.listen();
    service = await createNotificationService(transport.server('notification'), {
      databaseUrl: await transport.databaseUrl('notification'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'notification', level: 'silent', pretty: false },
      indicators: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 2000 },
      publicBaseUrl: 'https://kpi.example.test',
      consumer: { maxDeliveries: 2, backoffMs: [50], ackWaitMs: 5000 },
    });
    await service.listen();
    proxy = transport.client();
    sut = new ServiceClient(proxy, { service: 'notification', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
    publisher = await createEventPublisher(transport.eventBus);
    const indicators = new ServiceClient<IndicatorsMessages>(proxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });

    indicatorId = (
      await indicators.request(
        IndicatorsSubjects.indicatorCreate,
        { fiscalYear: 2564, code: '0411-0005', title: 'ความสำเร็จในการพัฒนาฐานข้อมูล', agencyCode: '0411', target: 100 },
        meta,
      )
    ).id;
  });

  afterAll(async () => {
    await publisher?.close();
    await service?.close();
    await indicatorsService?.close();
    await proxy?.close();
    await transport?.cleanUp();
  });

  it('puts a correction request in the agency inbox in Thai, once per event', async () => {
    const message = createOutboxMessage<EvaluationCorrectionRequestedEvent>(
      EvaluationEvents.evaluationCorrectionRequested,
      transition('requestCorrection', { reason: 'โปรดแนบหลักฐานเดือนกันยายน' }),
      meta,
    );

    await publisher.publish(message);
    await eventually(async () => (await inbox('agency:0411')).total > 0);
    // The same event under another message id, so that JetStream does not drop it first.
    await publisher.publish({ ...message, id: randomUUID() });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const page = await inbox('agency:0411');
    const [notice] = page.items;

    expect(page.total).toBe(1);
    expect(notice?.kind).toBe('evaluationCorrectionRequested');
    expect(notice?.subject).toContain('0411-0005');
    expect(notice?.subject).toContain('2564');
    expect(notice?.text).toContain('โปรดแนบหลักฐานเดือนกันยายน');
    expect(notice?.text).toContain(`https://kpi.example.test/api/v1/evaluations/rounds/2564/4/indicators/${indicatorId}`);
  });

  it('tells the agency its score, and skips a quarter without one', async () => {
    const scored = { status: 'scored', percent: 70 };

    await publisher.publish(createOutboxMessage<EvaluationScoredEvent>(EvaluationEvents.evaluationScored, transition('score', { score: scored }), meta));
    await publisher.publish(
      createOutboxMessage<EvaluationScoredEvent>(EvaluationEvents.evaluationScored, transition('score', { score: { status: 'unscorable' } }), meta),
    );
    await eventually(async () => (await inbox('agency:0411')).items.some((item) => item.kind === 'evaluationScored'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const scoredNotices = (await inbox('agency:0411')).items.filter((item) => item.kind === 'evaluationScored');

    expect(scoredNotices).toHaveLength(1);
    expect(scoredNotices[0]?.text).toContain('70');
  });

  it('tells the agency the score a sign-off locks', async () => {
    await publisher.publish(
      createOutboxMessage<EvaluationSignedOffEvent>(
        EvaluationEvents.evaluationSignedOff,
        transition('signOff', { from: 'scored', to: 'signedOff', score: { status: 'scored', percent: 85 } }),
        meta,
      ),
    );
    await eventually(async () => (await inbox('agency:0411')).items.some((item) => item.kind === 'evaluationSignedOff'));
    const [signedOff] = (await inbox('agency:0411')).items.filter((item) => item.kind === 'evaluationSignedOff');

    expect(signedOff?.text).toContain('85');
  });

  it('dead-letters an event about an unknown indicator and goes on', async () => {
    const unknown = createOutboxMessage<EvaluationCorrectionRequestedEvent>(
      EvaluationEvents.evaluationCorrectionRequested,
      transition('requestCorrection', { indicatorId: randomUUID(), agencyCode: '5001', reason: 'ทดสอบ' }),
      meta,
    );

    await publisher.publish(unknown);
    await eventually(async () => (await sut.request(NotificationSubjects.healthCheck, {}, meta)).deadLetters > 0);
    expect((await inbox('agency:5001')).total).toBe(0);
  });
});
