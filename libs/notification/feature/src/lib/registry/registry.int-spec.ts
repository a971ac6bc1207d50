import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { INestMicroservice } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';

import type { EvaluationCorrectionRequestedEvent } from '@bma-kpi/contracts-evaluation';
import { EvaluationEvents } from '@bma-kpi/contracts-evaluation';
import type { IndicatorsMessages } from '@bma-kpi/contracts-indicators';
import { IndicatorsSubjects } from '@bma-kpi/contracts-indicators';
import type { NotificationMessages } from '@bma-kpi/contracts-notification';
import { NotificationEvents, NotificationSubjects } from '@bma-kpi/contracts-notification';
import type { DomainException } from '@bma-kpi/errors';
// eslint-disable-next-line @nx/enforce-module-boundaries -- this test starts the real indicators service, whose absence is the dead letter's cause; notification sources reach it only through its contracts.
import { createIndicatorsService } from '@bma-kpi/indicators-feature';
import { createOutboxMessage, ServiceClient } from '@bma-kpi/messaging';
import { DeadLetterRepository, NotificationDatabase } from '@bma-kpi/notification-data-access';
import { verifyWebhookSignature } from '@bma-kpi/notification-domain';
import { serviceTestTransports, type ServiceTestTransport } from '@bma-kpi/testing-services';

import { DEFAULT_DELIVERY_SETTINGS } from '../delivery/delivery-settings';
import { createNotificationService } from '../notification-service.bootstrap';

jest.setTimeout(90_000);

const meta = { correlationId: 'registry-int-spec', actor: 'operator-1' };
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Starts a webhook receiver on 127.0.0.1 that responds with 204 when the signature verifies with one of its
 * accepted secrets and 401 otherwise, as a real receiver would.
 */
async function startReceiver(): Promise<{ url: string; accepted: string[]; received: ReceivedRequest[]; close(): Promise<void> }> {
  const accepted: string[] = [];
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];

    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signature = request.headers['x-bma-signature'];
      const verified = verifyWebhookSignature(accepted, body, typeof signature === 'string' ? signature : null, Date.now() / 1000);

      received.push({ headers: request.headers, body });
      response.writeHead(verified.valid ? 204 : 401).end();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks/kpi`,
    accepted,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(serviceTestTransports(Object.values(NotificationEvents)))('notification registry over %s', (_name, openTransport) => {
  let transport: ServiceTestTransport;
  let service: INestMicroservice;
  let indicatorsService: INestMicroservice | null = null;
  let indicatorsDatabaseUrl = '';
  let folder = '';
  let proxy: ClientProxy;
  let sut: ServiceClient<NotificationMessages>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  const somchai = { id: 'user:somchai', type: 'user' as const, displayName: 'สมชาย ใจดี', agencyCode: '0411', audiences: ['agency' as const], email: 'somchai@bangkok.go.th' };
  const monitor = { id: 'client:bma-monitor', type: 'client' as const, displayName: 'BMA Monitor', agencyCode: null, audiences: ['integration' as const] };

  async function startIndicators(): Promise<void> {
    indicatorsService = await createIndicatorsService(transport.server('indicators'), {
      databaseUrl: indicatorsDatabaseUrl,
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'indicators', level: 'silent', pretty: false },
    });
    await indicatorsService.listen();
  }

  beforeAll(async () => {
    transport = await openTransport();
    folder = await mkdtemp(path.join(tmpdir(), 'registry-int-'));
    // The indicators service restarts in the dead-letter test, so its data must outlive the process: a folder, not memory.
    const url = await transport.databaseUrl('registry_indicators');

    indicatorsDatabaseUrl = url === 'pglite:memory' ? `pglite:${path.join(folder, 'indicators')}` : url;
    await startIndicators();
    service = await createNotificationService(transport.server('notification'), {
      databaseUrl: await transport.databaseUrl('registry_notification'),
      eventBus: transport.eventBus,
      outboxPollIntervalMs: 100,
      logging: { service: 'notification', level: 'silent', pretty: false },
      indicators: { proxy: transport.client(), subjectPrefix: transport.subjectPrefix, timeoutMs: 2000 },
      publicBaseUrl: 'https://kpi.example.test',
      webhooks: { secretKey: randomBytes(32), rotationGraceHours: 24 },
      // The test receiver listens on 127.0.0.1.
      delivery: { ...DEFAULT_DELIVERY_SETTINGS, allowPrivateWebhookTargets: true },
    });
    await service.listen();
    proxy = transport.client();
    sut = new ServiceClient(proxy, { service: 'notification', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
    receiver = await startReceiver();
  });

  afterAll(async () => {
    await receiver?.close();
    await service?.close();
    await indicatorsService?.close();
    await proxy?.close();
    await transport?.cleanUp();
    await rm(folder, { recursive: true, force: true });
  });

  describe('recipients and preferences', () => {
    it('creates, replaces and reads a recipient', async () => {
      const created = await sut.request(NotificationSubjects.recipientUpsert, somchai, meta);
      const replaced = await sut.request(NotificationSubjects.recipientUpsert, { ...somchai, displayName: 'สมชาย ใจดีมาก', email: undefined, version: 1 }, meta);
      const read = await sut.request(NotificationSubjects.recipientGet, { id: somchai.id }, meta);

      expect(created).toMatchObject({ ...somchai, language: 'th', dailyDigest: false, mutedKinds: {}, version: 1 });
      expect(replaced.displayName).toBe('สมชาย ใจดีมาก');
      expect(replaced.email).toBe(somchai.email);
      expect(replaced.version).toBe(2);
      expect(read).toEqual(replaced);
    });

    it('rejects a stale version with 409', async () => {
      const error = await failure(sut.request(NotificationSubjects.recipientUpsert, { ...somchai, displayName: 'เก่า', version: 1 }, meta));

      expect(error?.code).toBe('RECIPIENT_VERSION_CONFLICT');
      expect((await sut.request(NotificationSubjects.recipientGet, { id: somchai.id }, meta)).displayName).toBe('สมชาย ใจดีมาก');
    });

    it('lists recipients by agency, audience and type', async () => {
      await sut.request(NotificationSubjects.recipientUpsert, monitor, meta);
      const ids = async (request: object) => (await sut.request(NotificationSubjects.recipientList, request, meta)).items.map((item) => item.id);

      expect(await ids({})).toEqual([monitor.id, somchai.id]);
      expect(await ids({ agencyCode: '0411' })).toEqual([somchai.id]);
      expect(await ids({ audience: 'integration' })).toEqual([monitor.id]);
      expect(await ids({ type: 'user' })).toEqual([somchai.id]);
      expect(await sut.request(NotificationSubjects.recipientList, { pageSize: 1, page: 2 }, meta)).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    });

    it('rejects agency staff without an agency', async () => {
      const head = { id: 'user:head-none', type: 'user' as const, displayName: 'หัวหน้า', audiences: ['agencyHead' as const] };
      const error = await failure(sut.request(NotificationSubjects.recipientUpsert, head, meta));

      expect(error?.code).toBe('RECIPIENT_AGENCY_REQUIRED');
      expect(error?.messageTh).toContain('agencyCode');
      // Clearing the agency of a stored agency recipient is rejected the same way.
      const cleared = await failure(sut.request(NotificationSubjects.recipientUpsert, { ...somchai, agencyCode: null }, meta));

      expect(cleared?.code).toBe('RECIPIENT_AGENCY_REQUIRED');
    });

    it('reports an unknown recipient as not found', async () => {
      const error = await failure(sut.request(NotificationSubjects.recipientGet, { id: 'user:nobody' }, meta));

      expect(error?.code).toBe('RECIPIENT_NOT_FOUND');
      expect(error?.messageTh).toContain('ไม่พบผู้รับ user:nobody');
    });

    it('switches a non-critical kind off and keeps only the off entries', async () => {
      const updated = await sut.request(
        NotificationSubjects.preferencesUpdate,
        { id: somchai.id, dailyDigest: true, mutedKinds: { evaluationScored: { email: false, inbox: true } } },
        meta,
      );

      expect(updated.mutedKinds).toEqual({ evaluationScored: { email: false } });
      expect(updated.dailyDigest).toBe(true);
      expect(updated.language).toBe('th');
      expect(updated.version).toBe(3);
    });

    it('rejects switching off a critical kind and keeps the preferences', async () => {
      const error = await failure(
        sut.request(NotificationSubjects.preferencesUpdate, { id: somchai.id, mutedKinds: { evaluationCorrectionRequested: { inbox: false } } }, meta),
      );
      const after = await sut.request(NotificationSubjects.recipientGet, { id: somchai.id }, meta);

      expect(error?.code).toBe('CRITICAL_KIND_CANNOT_BE_MUTED');
      expect(error?.messageEn).toContain('evaluationCorrectionRequested');
      expect(after.mutedKinds).toEqual({ evaluationScored: { email: false } });
      expect(after.version).toBe(3);
    });

    it('rejects an unknown kind in preferences as invalid input', async () => {
      const error = await failure(sut.request(NotificationSubjects.preferencesUpdate, { id: somchai.id, mutedKinds: { evaluationLost: { email: false } } }, meta));

      expect(error?.code).toBe('VALIDATION_FAILED');
      expect(error?.extra.errors?.[0]).toMatchObject({ field: 'mutedKinds', rule: 'isNotificationKind' });
    });

    it('reports preferences of an unknown recipient as not found', async () => {
      const error = await failure(sut.request(NotificationSubjects.preferencesUpdate, { id: 'user:nobody', dailyDigest: true }, meta));

      expect(error?.code).toBe('RECIPIENT_NOT_FOUND');
    });
  });

  describe('subscriptions', () => {
    it('subscribes, refuses a duplicate and lists', async () => {
      const inbox = await sut.request(NotificationSubjects.subscriptionCreate, { recipientId: somchai.id, channel: 'inbox' }, meta);
      const email = await sut.request(NotificationSubjects.subscriptionCreate, { recipientId: somchai.id, agencyCode: '0411', kind: 'evaluationScored', channel: 'email' }, meta);
      const duplicate = await failure(sut.request(NotificationSubjects.subscriptionCreate, { recipientId: somchai.id, agencyCode: '*', kind: '*', channel: 'inbox' }, meta));
      const listed = await sut.request(NotificationSubjects.subscriptionList, { recipientId: somchai.id }, meta);

      expect(inbox).toMatchObject({ recipientId: somchai.id, agencyCode: '*', kind: '*', channel: 'inbox' });
      expect(duplicate?.code).toBe('SUBSCRIPTION_EXISTS');
      expect(duplicate?.extra.details).toEqual({ id: inbox.id });
      expect(listed.items.map((item) => item.id)).toEqual([inbox.id, email.id]);
    });

    it('needs an e-mail address for the email channel', async () => {
      const error = await failure(sut.request(NotificationSubjects.subscriptionCreate, { recipientId: monitor.id, channel: 'email' }, meta));

      expect(error?.code).toBe('RECIPIENT_HAS_NO_EMAIL');
    });

    it('removes a subscription once', async () => {
      const created = await sut.request(NotificationSubjects.subscriptionCreate, { recipientId: monitor.id, kind: 'roundSignedOff', channel: 'inbox' }, meta);
      const removed = await sut.request(NotificationSubjects.subscriptionDelete, { recipientId: monitor.id, id: created.id }, meta);
      const again = await failure(sut.request(NotificationSubjects.subscriptionDelete, { recipientId: monitor.id, id: created.id }, meta));

      expect(removed).toEqual({ id: created.id });
      expect(again?.code).toBe('SUBSCRIPTION_NOT_FOUND');
      expect((await sut.request(NotificationSubjects.subscriptionList, { recipientId: monitor.id }, meta)).items).toEqual([]);
    });

    it('reports subscriptions of an unknown recipient as not found', async () => {
      const listed = await failure(sut.request(NotificationSubjects.subscriptionList, { recipientId: 'user:nobody' }, meta));
      const created = await failure(sut.request(NotificationSubjects.subscriptionCreate, { recipientId: 'user:nobody', channel: 'inbox' }, meta));

      expect(listed?.code).toBe('RECIPIENT_NOT_FOUND');
      expect(created?.code).toBe('RECIPIENT_NOT_FOUND');
    });
  });

  describe('webhooks', () => {
    let webhookId = '';
    let firstSecret = '';

    it('shows the secret once and stores it sealed', async () => {
      const registered = await sut.request(NotificationSubjects.webhookRegister, { recipientId: monitor.id, url: receiver.url, kinds: ['evaluationScored'] }, meta);
      const read = await sut.request(NotificationSubjects.webhookGet, { id: registered.id }, meta);
      const listed = await sut.request(NotificationSubjects.webhookList, { recipientId: monitor.id }, meta);
      const stored = await service.get(NotificationDatabase).prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: registered.id } });

      webhookId = registered.id;
      firstSecret = registered.secret;
      expect(registered.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(read).not.toHaveProperty('secret');
      expect(listed.items).toEqual([read]);
      expect(JSON.stringify(listed)).not.toContain(registered.secret);
      expect(stored.secret.startsWith('gcm1:')).toBe(true);
      expect(stored.secret).not.toContain(registered.secret);
    });

    it('rejects a webhook of an unknown recipient', async () => {
      const error = await failure(sut.request(NotificationSubjects.webhookRegister, { recipientId: 'client:nobody', url: receiver.url }, meta));

      expect(error?.code).toBe('RECIPIENT_NOT_FOUND');
    });

    it('sends a signed test that the receiver verifies', async () => {
      receiver.accepted.splice(0, receiver.accepted.length, firstSecret);
      const result = await sut.request(NotificationSubjects.webhookTest, { id: webhookId }, meta);
      const request = receiver.received.at(-1);
      const payload = JSON.parse(request?.body ?? '{}') as { kind: string; subject: string; text: string };

      expect(result).toMatchObject({ ok: true, statusCode: 204, error: null });
      expect(request?.headers['x-bma-kind']).toBe('notification.test');
      expect(payload.kind).toBe('notification.test');
      expect(payload.subject).toContain('ทดสอบ');
      expect(payload.text).toContain('This message tests a webhook endpoint');
    });

    it('reports a receiver that rejects the signature', async () => {
      receiver.accepted.splice(0, receiver.accepted.length, 'whsec_someone-else');
      const result = await sut.request(NotificationSubjects.webhookTest, { id: webhookId }, meta);

      expect(result).toMatchObject({ ok: false, statusCode: 401 });
      expect(result.error).toContain('HTTP 401');
    });

    it('signs with both secrets during the grace period after a rotation', async () => {
      const before = Date.now();
      const rotated = await sut.request(NotificationSubjects.webhookRotateSecret, { id: webhookId }, meta);
      const graceEnd = Date.parse(rotated.previousSecretUntil ?? '');
      const results: boolean[] = [];

      for (const secret of [firstSecret, rotated.secret]) {
        receiver.accepted.splice(0, receiver.accepted.length, secret);
        results.push((await sut.request(NotificationSubjects.webhookTest, { id: webhookId }, meta)).ok);
      }
      const { body, headers } = receiver.received.at(-1) ?? { body: '', headers: {} };
      const signature = String(headers['x-bma-signature']);

      expect(rotated.secret).not.toBe(firstSecret);
      expect(graceEnd).toBeGreaterThanOrEqual(before + 24 * 3_600_000);
      expect(graceEnd).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
      expect(results).toEqual([true, true]);
      expect(verifyWebhookSignature(firstSecret, body, signature, Date.now() / 1000)).toEqual({ valid: true });
      expect(verifyWebhookSignature(rotated.secret, body, signature, Date.now() / 1000)).toEqual({ valid: true });
      expect((await sut.request(NotificationSubjects.webhookGet, { id: webhookId }, meta)).secretRotatedAt).not.toBeNull();
    });

    it('updates an endpoint and rejects a stale version', async () => {
      const current = await sut.request(NotificationSubjects.webhookGet, { id: webhookId }, meta);
      const updated = await sut.request(
        NotificationSubjects.webhookUpdate,
        { id: webhookId, kinds: [], agencyCodes: ['0411'], active: false, description: 'BMA Monitor', version: current.version },
        meta,
      );
      const stale = await failure(sut.request(NotificationSubjects.webhookUpdate, { id: webhookId, active: true, version: current.version }, meta));

      expect(updated).toMatchObject({ kinds: [], agencyCodes: ['0411'], active: false, description: 'BMA Monitor', url: receiver.url, version: current.version + 1 });
      expect(stale?.code).toBe('WEBHOOK_VERSION_CONFLICT');
    });

    it('deletes an endpoint and then reports it as not found', async () => {
      const removed = await sut.request(NotificationSubjects.webhookDelete, { id: webhookId }, meta);
      const errors = await Promise.all([
        failure(sut.request(NotificationSubjects.webhookGet, { id: webhookId }, meta)),
        failure(sut.request(NotificationSubjects.webhookTest, { id: webhookId }, meta)),
        failure(sut.request(NotificationSubjects.webhookRotateSecret, { id: webhookId }, meta)),
        failure(sut.request(NotificationSubjects.webhookDelete, { id: webhookId }, meta)),
      ]);

      expect(removed).toEqual({ id: webhookId });
      expect(errors.map((error) => error?.code)).toEqual(['WEBHOOK_NOT_FOUND', 'WEBHOOK_NOT_FOUND', 'WEBHOOK_NOT_FOUND', 'WEBHOOK_NOT_FOUND']);
    });

    it('loses subscriptions and webhooks with their recipient', async () => {
      const prisma = service.get(NotificationDatabase).prisma;
      const temporary = { id: 'client:temporary', type: 'client' as const, displayName: 'ชั่วคราว' };

      await sut.request(NotificationSubjects.recipientUpsert, temporary, meta);
      await sut.request(NotificationSubjects.subscriptionCreate, { recipientId: temporary.id, channel: 'inbox' }, meta);
      await sut.request(NotificationSubjects.webhookRegister, { recipientId: temporary.id, url: receiver.url }, meta);
      await prisma.recipient.delete({ where: { id: temporary.id } });

      expect(await prisma.subscription.count({ where: { recipientId: temporary.id } })).toBe(0);
      expect(await prisma.webhookEndpoint.count({ where: { recipientId: temporary.id } })).toBe(0);
    });
  });

  describe('dead letters', () => {
    const deadLetters = () => service.get(DeadLetterRepository);

    it('lists, reads and refuses to replay a poison message', async () => {
      const poison = await deadLetters().record({ eventId: null, subject: EvaluationEvents.evaluationScored, payload: '{not json', error: 'Event payload is not valid JSON', deliveries: 1, streamSequence: 7 });
      const page = await sut.request(NotificationSubjects.deadLetterList, { replayed: false }, meta);
      const read = await sut.request(NotificationSubjects.deadLetterGet, { id: poison.id }, meta);
      const error = await failure(sut.request(NotificationSubjects.deadLetterReplay, { id: poison.id }, meta));

      expect(page.items[0]).toMatchObject({ id: poison.id, subject: EvaluationEvents.evaluationScored, streamSequence: 7, replayedAt: null });
      expect(page.items[0]).not.toHaveProperty('payload');
      expect(read.payload).toBe('{not json');
      expect(error?.code).toBe('DEAD_LETTER_REPLAY_FAILED');
      expect(error?.messageEn).toContain('not valid JSON');
      expect((await sut.request(NotificationSubjects.deadLetterGet, { id: poison.id }, meta)).replayedAt).toBeNull();
    });

    it('replays an event once its cause is fixed, and only once', async () => {
      const indicators = new ServiceClient<IndicatorsMessages>(proxy, { service: 'indicators', subjectPrefix: transport.subjectPrefix, timeoutMs: 10_000 });
      const indicator = await indicators.request(
        IndicatorsSubjects.indicatorCreate,
        { fiscalYear: 2564, code: '0411-0009', title: 'ร้อยละของชุดข้อมูลที่เปิดเผย', agencyCode: '0411', target: 100 },
        meta,
      );
      const message = createOutboxMessage<EvaluationCorrectionRequestedEvent>(
        EvaluationEvents.evaluationCorrectionRequested,
        {
          evaluationId: randomUUID(), roundId: randomUUID(), fiscalYear: 2564, quarter: 4, indicatorId: indicator.id, agencyCode: '0411',
          action: 'requestCorrection', role: 'evaluator', from: 'submitted', to: 'requestCorrection', reason: 'แนบหลักฐานเพิ่ม', valueKey: null, version: 2, score: null,
        },
        meta,
      );
      const letter = await deadLetters().record({ eventId: message.id, subject: message.subject, payload: JSON.stringify(message.payload), error: 'indicators unavailable', deliveries: 5, streamSequence: null });
      const prisma = service.get(NotificationDatabase).prisma;

      // The cause: the indicators service, which supplies the KPI title, is down.
      await indicatorsService?.close();
      indicatorsService = null;
      const whileDown = await failure(sut.request(NotificationSubjects.deadLetterReplay, { id: letter.id }, meta));

      expect(whileDown?.code).toBe('DEAD_LETTER_REPLAY_FAILED');
      expect((await sut.request(NotificationSubjects.deadLetterGet, { id: letter.id }, meta)).replayedAt).toBeNull();

      await startIndicators();
      const replayed = await sut.request(NotificationSubjects.deadLetterReplay, { id: letter.id }, meta);
      const created = await prisma.notification.count({ where: { sourceId: message.id } });
      const again = await sut.request(NotificationSubjects.deadLetterReplay, { id: letter.id }, meta);

      expect(replayed.replayedAt).not.toBeNull();
      expect(again.replayedAt).not.toBeNull();
      expect(created).toBeGreaterThan(0);
      expect(await prisma.notification.count({ where: { sourceId: message.id } })).toBe(created);
      expect(await prisma.inboxEvent.count({ where: { eventId: message.id } })).toBe(1);
    });

    it('filters dead letters by replay and subject', async () => {
      const subjects = async (request: object) => (await sut.request(NotificationSubjects.deadLetterList, request, meta)).items.map((item) => item.subject);

      expect(await subjects({ replayed: true })).toEqual([EvaluationEvents.evaluationCorrectionRequested]);
      expect(await subjects({ replayed: false })).toEqual([EvaluationEvents.evaluationScored]);
      expect(await subjects({ subject: EvaluationEvents.evaluationCorrectionRequested })).toEqual([EvaluationEvents.evaluationCorrectionRequested]);
    });

    it('reports an unknown dead letter as not found', async () => {
      const error = await failure(sut.request(NotificationSubjects.deadLetterReplay, { id: randomUUID() }, meta));

      expect(error?.code).toBe('DEAD_LETTER_NOT_FOUND');
    });
  });
});
