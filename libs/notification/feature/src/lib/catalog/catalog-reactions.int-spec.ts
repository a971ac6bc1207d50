import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type {
  AssessmentEventData,
  AssessmentReturnedEvent,
  AssessmentReviewedEvent,
  AssessmentSubmittedEvent,
  DistrictSubmissionEventData,
  DistrictSubmissionLateEvent,
  DistrictSubmissionMissingEvent,
  QualityAssessedEvent,
} from '@bma-kpi/contracts-catalog';
import { CatalogEvents } from '@bma-kpi/contracts-catalog';
import type { InboxItemResponse, NotificationMessages } from '@bma-kpi/contracts-notification';
import { NotificationEvents, NotificationSubjects } from '@bma-kpi/contracts-notification';
import type { DomainException } from '@bma-kpi/errors';
// eslint-disable-next-line @nx/enforce-module-boundaries -- this test starts the real indicators service, which lists the district offices; notification sources reach it only through its contracts.
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { createEventPublisher, createOutboxMessage, ServiceClient, type EventPublisher, type OutboxMessage } from '@bma-kpi/messaging';
import { eventually, serviceTestTransports, type ServiceTestTransport } from '@bma-kpi/testing-services';

import { createNotificationService } from '../notification-service.bootstrap';

jest.setTimeout(60_000);

const meta = { correlationId: 'catalog-reactions', actor: 'catalog-sweep' };
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

// ดินแดง has Ministry of Interior geocode 1026 and BMA code 5037 in the indicators reference data.
const dinDaeng = { geocode: '1026', agencyCode: '5037' };
// พระนคร (geocode 1001) has no BMA code, so its notices go to its geocode.
const phraNakhon = { geocode: '1001', agencyCode: '1001' };

const districtStaff = { id: 'user:din-daeng-data', type: 'user' as const, displayName: 'เจ้าหน้าที่ข้อมูลเขตดินแดง', agencyCode: dinDaeng.agencyCode, audiences: ['agency' as const] };
const districtDirector = { id: 'user:din-daeng-director', type: 'user' as const, displayName: 'ผู้อำนวยการเขตดินแดง', agencyCode: dinDaeng.agencyCode, audiences: ['agencyHead' as const] };
const evaluator = { id: 'user:evaluator', type: 'user' as const, displayName: 'ผู้ประเมิน สยป.', agencyCode: null, audiences: ['evaluator' as const] };
const prOfficer = { id: 'user:pr-officer', type: 'user' as const, displayName: 'เจ้าหน้าที่ สปส.', agencyCode: '0411', audiences: ['agency' as const] };

function districtReport(district: string, itemCode: string): DistrictSubmissionEventData {
  return {
    fiscalYear: 2570,
    district,
    districtNameTh: 'ไม่ใช้ชื่อนี้เมื่อรายชื่อหน่วยงานมีเขต',
    itemCode,
    itemNameTh: 'ตลาดในพื้นที่เขต',
    month: '2026-11',
    dueAt: '2026-12-15T16:59:59.999Z',
  };
}

function assessment(extra: Partial<AssessmentEventData> = {}): AssessmentEventData {
  return {
    assessmentId: randomUUID(),
    kind: 'readiness',
    agencyCode: '0411',
    fiscalYear: 2569,
    datasetId: null,
    status: 'submitted',
    submissionCount: 1,
    overallScore: 75.5,
    componentScores: [{ code: 'GOV', score: 75.5 }],
    ...extra,
  };
}

describe.each(serviceTestTransports(Object.values(NotificationEvents)))('catalog reactions over %s', (_name, openTransport) => {
  let transport: ServiceTestTransport;
  let indicatorsService: INestMicroservice;
  let service: INestMicroservice;
  let proxy: ClientProxy;
  let publisher: EventPublisher;
  let sut: ServiceClient<NotificationMessages>;

  const inbox = async (recipientId: string): Promise<InboxItemResponse[]> => (await sut.request(NotificationSubjects.inboxList, { recipientId, pageSize: 200 }, meta)).items;
  const kindsIn = async (recipientId: string, kind: string) => (await inbox(recipientId)).filter((item) => item.kind === kind);

  /** Publishes an event twice under two message ids, so JetStream's deduplication cannot hide a second handling. */
  async function publishTwice(message: OutboxMessage, firstInbox: string, kind: string): Promise<void> {
    await publisher.publish(message);
    await eventually(async () => (await kindsIn(firstInbox, kind)).length > 0);
    await publisher.publish({ ...message, id: randomUUID() });
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  beforeAll(async () => {
    transport = await openTransport();
    indicatorsService = await createIndicatorsService(transport.server('indicators'), {
      databaseUrl: await transport.databaseUrl('catalog_reactions_indicators'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'indicators', level: 'silent', pretty: false },
    });
    await indicatorsService.listen();
    service = await createNotificationService(transport.server('notification'), {
      databaseUrl: await transport.databaseUrl('catalog_reactions'),
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
    for (const recipient of [districtStaff, districtDirector, evaluator, prOfficer]) {
      await sut.request(NotificationSubjects.recipientUpsert, recipient, meta);
    }
  });

  afterAll(async () => {
    await publisher?.close();
    await service?.close();
    await indicatorsService?.close();
    await proxy?.close();
    await transport?.cleanUp();
  });

  it('rejects muting a missing district report', async () => {
    const error = await failure(sut.request(NotificationSubjects.preferencesUpdate, { id: districtStaff.id, mutedKinds: { districtReportMissing: { inbox: false } } }, meta));

    expect(error?.code).toBe('CRITICAL_KIND_CANNOT_BE_MUTED');
  });

  it('sends a missing report to the district office and its head, once', async () => {
    const data = { ...districtReport(dinDaeng.geocode, 'MARKET'), detectedAt: '2026-12-16T01:00:00.000Z' };

    await publishTwice(createOutboxMessage<DistrictSubmissionMissingEvent>(CatalogEvents.districtSubmissionMissing, data, meta), districtDirector.id, 'districtReportMissing');

    for (const recipientId of [`agency:${dinDaeng.agencyCode}`, `agency-head:${dinDaeng.agencyCode}`, districtStaff.id, districtDirector.id]) {
      const notices = await kindsIn(recipientId, 'districtReportMissing');

      expect({ recipientId, count: notices.length }).toEqual({ recipientId, count: 1 });
      expect(notices[0]?.agencyCode).toBe(dinDaeng.agencyCode);
      expect(notices[0]?.subject).toBe('ไม่ส่งข้อมูล: สำนักงานเขตดินแดง รายการ MARKET ประจำเดือนพฤศจิกายน 2569');
    }
    expect(await kindsIn(evaluator.id, 'districtReportMissing')).toEqual([]);
    expect(await kindsIn(prOfficer.id, 'districtReportMissing')).toEqual([]);
  });

  it('sends a late report to the district office only', async () => {
    const data = { ...districtReport(dinDaeng.geocode, 'LATE'), submissionId: randomUUID(), submittedAt: '2026-12-17T03:00:00.000Z' };

    await publishTwice(createOutboxMessage<DistrictSubmissionLateEvent>(CatalogEvents.districtSubmissionLate, data, meta), districtStaff.id, 'districtReportLate');
    const [notice] = await kindsIn(`agency:${dinDaeng.agencyCode}`, 'districtReportLate');

    expect(await kindsIn(`agency:${dinDaeng.agencyCode}`, 'districtReportLate')).toHaveLength(1);
    expect(await kindsIn(districtStaff.id, 'districtReportLate')).toHaveLength(1);
    expect(await kindsIn(districtDirector.id, 'districtReportLate')).toEqual([]);
    expect(notice?.text).toContain('เมื่อวันที่ 17 ธันวาคม 2569 ซึ่งเลยกำหนดส่งวันที่ 15 ธันวาคม 2569');
  });

  it('addresses a district office without a BMA code by its geocode', async () => {
    const data = { ...districtReport(phraNakhon.geocode, 'MARKET'), detectedAt: '2026-12-16T01:00:00.000Z' };

    await publisher.publish(createOutboxMessage<DistrictSubmissionMissingEvent>(CatalogEvents.districtSubmissionMissing, data, meta));
    await eventually(async () => (await kindsIn(`agency:${phraNakhon.agencyCode}`, 'districtReportMissing')).length > 0);
    const [notice] = await kindsIn(`agency:${phraNakhon.agencyCode}`, 'districtReportMissing');

    expect(notice?.subject).toContain('สำนักงานเขตพระนคร');
    expect(await kindsIn(`agency-head:${phraNakhon.agencyCode}`, 'districtReportMissing')).toHaveLength(1);
  });

  it('sends a submitted assessment to the evaluators, once', async () => {
    await publishTwice(createOutboxMessage<AssessmentSubmittedEvent>(CatalogEvents.assessmentSubmitted, assessment(), meta), evaluator.id, 'governanceAssessmentSubmitted');

    expect(await kindsIn('evaluators', 'governanceAssessmentSubmitted')).toHaveLength(1);
    expect(await kindsIn(evaluator.id, 'governanceAssessmentSubmitted')).toHaveLength(1);
    expect(await kindsIn(prOfficer.id, 'governanceAssessmentSubmitted')).toEqual([]);
    expect((await kindsIn(evaluator.id, 'governanceAssessmentSubmitted'))[0]?.text).toContain('การประเมินความพร้อมด้านธรรมาภิบาลข้อมูล ของสำนักงานประชาสัมพันธ์');
  });

  it('sends a review and a return to the agency, once each', async () => {
    const reviewed = { ...assessment({ status: 'rejected' }), decision: 'reject' as const, reason: 'คะแนนไม่ตรงกับหลักฐาน' };
    const returned = { ...assessment({ kind: 'security', datasetId: randomUUID(), status: 'returned' }), reason: null, questionCodes: ['S-2'] };

    await publishTwice(createOutboxMessage<AssessmentReviewedEvent>(CatalogEvents.assessmentReviewed, reviewed, meta), prOfficer.id, 'governanceAssessmentReviewed');
    await publishTwice(createOutboxMessage<AssessmentReturnedEvent>(CatalogEvents.assessmentReturned, returned, meta), prOfficer.id, 'governanceAssessmentReturned');
    const [review] = await kindsIn('agency:0411', 'governanceAssessmentReviewed');
    const [giveBack] = await kindsIn('agency:0411', 'governanceAssessmentReturned');

    expect(await kindsIn(prOfficer.id, 'governanceAssessmentReviewed')).toHaveLength(1);
    expect(await kindsIn(prOfficer.id, 'governanceAssessmentReturned')).toHaveLength(1);
    expect(await kindsIn(evaluator.id, 'governanceAssessmentReturned')).toEqual([]);
    expect(review?.text).toContain('ไม่ผ่านการพิจารณา\nความเห็นของผู้ประเมิน: คะแนนไม่ตรงกับหลักฐาน');
    expect(giveBack?.text).toContain('เหตุผล: ไม่ระบุ\nข้อที่ต้องแก้ไข: S-2');
  });

  it('sends a quality result to the agency unless muted', async () => {
    const data: QualityAssessedEvent['data'] = {
      assessmentId: randomUUID(),
      datasetId: randomUUID(),
      slug: 'pr-news',
      agencyCode: '0411',
      resourceId: randomUUID(),
      trigger: 'upload',
      scores: { completeness: '100.00', validity: '90.00', uniqueness: '100.00', encoding: '100.00', timeliness: null, overall: '97.50' },
      findingsTotal: 3,
    };

    await sut.request(NotificationSubjects.preferencesUpdate, { id: prOfficer.id, mutedKinds: { dataQualityAssessed: { inbox: false } } }, meta);
    await publishTwice(createOutboxMessage<QualityAssessedEvent>(CatalogEvents.qualityAssessed, data, meta), 'agency:0411', 'dataQualityAssessed');
    const shared = await kindsIn('agency:0411', 'dataQualityAssessed');

    expect(shared).toHaveLength(1);
    expect(shared[0]?.subject).toBe('ผลการประเมินคุณภาพข้อมูล: ชุดข้อมูล pr-news คะแนนรวม 97.50');
    expect(shared[0]?.text).toContain('ความเป็นปัจจุบัน ไม่มีคะแนน');
    expect(await kindsIn(prOfficer.id, 'dataQualityAssessed')).toEqual([]);
  });
});
