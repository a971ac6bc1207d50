import { randomBytes, randomUUID } from 'node:crypto';

import { NotificationEvents, type NotificationDeliveredEvent, type NotificationFailedEvent, type WebhookPayload } from '@bma-kpi/contracts-notification';
import { openTestServiceDatabase, testBackends, type TestServiceDatabase } from '@bma-kpi/database';
import { NotificationDatabase } from '@bma-kpi/notification-data-access';
import { verifyWebhookSignature } from '@bma-kpi/notification-domain';

import type { NotificationServiceOptions } from '../notification-service.options';
import { messageIdOf } from './email.sender';
import { buildDeliveryStack, createTestDelivery, createTestEndpoint, pollUntil, type TestDeliveryStack } from './testing/delivery-fixture';
import { startTestSmtpServer, startTestWebhookReceiver, type TestSmtpServer, type TestWebhookReceiver } from './testing/delivery-test-servers';

const from = 'BMA KPI <kpi@example.test>';
const secret = 'whsec_test-current';
const secretKey = randomBytes(32);
const backoff = { baseMs: 150, maxMs: 2000, factor: 2, jitterRatio: 0 };

describe.each(testBackends)('delivery worker on %s', (backend) => {
  let test: TestServiceDatabase<NotificationDatabase>;
  let db: NotificationDatabase;
  let smtp: TestSmtpServer;
  let receiver: TestWebhookReceiver;
  let options: NotificationServiceOptions;
  let stack: TestDeliveryStack;

  const deliveryRow = (id: string) => db.prisma.delivery.findUniqueOrThrow({ where: { id }, include: { attemptLog: { orderBy: { attempt: 'asc' } } } });
  const isSettled = (id: string) => async () => ['sent', 'deadLettered'].includes((await deliveryRow(id)).status);
  const eventsOf = async (deliveryId: string) => {
    const rows = await db.prisma.outboxEvent.findMany({ orderBy: { sequence: 'asc' } });

    return rows.filter((row) => (row.payload as { data: { deliveryId: string } }).data.deliveryId === deliveryId);
  };
  const endpoint = (path: string, extra: { active?: boolean; previousSecret?: string; previousSecretUntil?: Date } = {}) =>
    createTestEndpoint(db, { url: `${receiver.baseUrl}${path}`, secret, secretKey, ...extra });
  const requestsTo = (path: string) => receiver.received.filter((request) => request.path === path);

  beforeAll(async () => {
    test = await openTestServiceDatabase(backend, (url) => NotificationDatabase.open(url));
    db = test.db;
    smtp = await startTestSmtpServer();
    receiver = await startTestWebhookReceiver();
    options = {
      delivery: { smtp: { url: smtp.url, from }, pollIntervalMs: 20, maxAttempts: 3, webhookTimeoutMs: 400, digestHour: 0, retryBackoff: backoff, allowPrivateWebhookTargets: true },
      webhooks: { secretKey, rotationGraceHours: 24 },
    } as NotificationServiceOptions;
    stack = buildDeliveryStack(db, options, 'worker-a');
  });

  afterAll(async () => {
    stack.email.onApplicationShutdown();
    await receiver.close();
    await smtp.close();
    await test.dispose();
  });

  it('sends a Thai e-mail with a Message-ID from the delivery id', async () => {
    const id = await createTestDelivery(db, { channel: 'email', target: 'somchai@example.test' });

    await pollUntil(stack.worker, isSettled(id));
    const row = await deliveryRow(id);
    const notification = await db.prisma.notification.findUniqueOrThrow({ where: { id: row.notificationId } });
    const mail = smtp.messages.find((message) => message.messageId === messageIdOf(id, from));
    const events = await eventsOf(id);

    expect(row.status).toBe('sent');
    expect(row.attempts).toBe(1);
    expect(row.lastStatusCode).toBe(250);
    expect(row.attemptLog.map((attempt) => [attempt.outcome, attempt.statusCode])).toEqual([['sent', 250]]);
    expect(mail).toBeDefined();
    expect(mail?.subject).toBe(notification.subject);
    expect(mail?.subject).toContain('ใกล้ถึงกำหนดรายงานผลการดำเนินงานตัวชี้วัด 0411-0005');
    expect(mail?.text?.trim()).toBe(notification.text.trim());
    expect(mail?.from?.text).toContain('kpi@example.test');
    expect(events.map((event) => event.subject)).toEqual([NotificationEvents.notificationDelivered]);
    expect((events[0]?.payload as unknown as NotificationDeliveredEvent).data).toMatchObject({ channel: 'email', target: 'somchai@example.test', attempts: 1, viaDigest: false });
  });

  it('retries a webhook after 500s with backoff until 200', async () => {
    receiver.behaviours.set('/retry', [500, 500, 200]);
    const id = await createTestDelivery(db, { channel: 'webhook', target: await endpoint('/retry') });

    await pollUntil(stack.worker, isSettled(id));
    const row = await deliveryRow(id);
    const requests = requestsTo('/retry');
    const events = await eventsOf(id);

    expect(row.status).toBe('sent');
    expect(row.attempts).toBe(3);
    expect(row.attemptLog.map((attempt) => [attempt.attempt, attempt.outcome, attempt.statusCode])).toEqual([
      [1, 'failed', 500],
      [2, 'failed', 500],
      [3, 'sent', 200],
    ]);
    expect(requests).toHaveLength(3);
    // The worker waits backoff.baseMs after the first failure and twice that after the second.
    expect(requests[1].receivedAt - requests[0].receivedAt).toBeGreaterThanOrEqual(backoff.baseMs);
    expect(requests[2].receivedAt - requests[1].receivedAt).toBeGreaterThanOrEqual(2 * backoff.baseMs);
    for (const request of requests) {
      const verification = verifyWebhookSignature(secret, request.body, request.headers['x-bma-signature'] as string, Date.now() / 1000);

      expect(verification).toEqual({ valid: true });
      expect(request.headers['x-bma-delivery-id']).toBe(id);
      expect(request.headers['x-bma-kind']).toBe('progressDueReminder');
      expect(request.headers['content-type']).toBe('application/json');
    }
    const payload = JSON.parse(requests[0].body) as WebhookPayload;

    expect(payload).toMatchObject({ deliveryId: id, notificationId: row.notificationId, kind: 'progressDueReminder', agencyCode: '0411', language: 'th' });
    expect(payload.data.kpiCode).toBe('0411-0005');
    expect(events.map((event) => event.subject)).toEqual([NotificationEvents.notificationDelivered]);
  });

  it('dead-letters a webhook answered 400 after one attempt', async () => {
    receiver.behaviours.set('/bad-request', [400]);
    const id = await createTestDelivery(db, { channel: 'webhook', target: await endpoint('/bad-request') });

    await pollUntil(stack.worker, isSettled(id));
    const row = await deliveryRow(id);
    const events = await eventsOf(id);

    expect(row.status).toBe('deadLettered');
    expect(row.attempts).toBe(1);
    expect(row.lastStatusCode).toBe(400);
    expect(row.lastError).toMatch(/^HTTP 400/);
    expect(requestsTo('/bad-request')).toHaveLength(1);
    expect(events.map((event) => event.subject)).toEqual([NotificationEvents.notificationFailed]);
    expect((events[0]?.payload as unknown as NotificationFailedEvent).data.error).toMatch(/HTTP 400/);
  });

  it('retries a webhook whose receiver hangs past the timeout', async () => {
    receiver.behaviours.set('/hang', ['hang', 200]);
    const id = await createTestDelivery(db, { channel: 'webhook', target: await endpoint('/hang') });

    await pollUntil(stack.worker, async () => (await deliveryRow(id)).attempts === 1);
    const afterTimeout = await deliveryRow(id);

    expect(afterTimeout.status).toBe('failed');
    expect(afterTimeout.lastStatusCode).toBeNull();
    expect(afterTimeout.lastError).toMatch(/Timed out after 400 ms/);
    expect(afterTimeout.nextAttemptAt).not.toBeNull();

    await pollUntil(stack.worker, isSettled(id));
    const row = await deliveryRow(id);

    expect(row.status).toBe('sent');
    expect(row.attemptLog.map((attempt) => [attempt.outcome, attempt.statusCode])).toEqual([['failed', null], ['sent', 200]]);
  });

  it('dead-letters deliveries that can never be sent', async () => {
    const deactivated = await createTestDelivery(db, { channel: 'webhook', target: await endpoint('/off', { active: false }) });
    const deleted = await createTestDelivery(db, { channel: 'webhook', target: randomUUID() });

    await pollUntil(stack.worker, async () => (await isSettled(deactivated)()) && (await isSettled(deleted)()));

    expect(await deliveryRow(deactivated)).toMatchObject({ status: 'deadLettered', attempts: 1, lastError: expect.stringMatching(/deactivated/) });
    expect(await deliveryRow(deleted)).toMatchObject({ status: 'deadLettered', attempts: 1, lastError: expect.stringMatching(/was deleted/) });
    expect(requestsTo('/off')).toHaveLength(0);
    expect((await eventsOf(deleted)).map((event) => event.subject)).toEqual([NotificationEvents.notificationFailed]);
  });

  it('dead-letters a webhook to a private address', async () => {
    const guarded = buildDeliveryStack(db, { ...options, delivery: { ...options.delivery!, allowPrivateWebhookTargets: false } }, 'worker-guarded');
    const id = await createTestDelivery(db, { channel: 'webhook', target: await endpoint('/private') });

    await pollUntil(guarded.worker, isSettled(id));
    guarded.email.onApplicationShutdown();
    const row = await deliveryRow(id);
    const events = await eventsOf(id);

    expect(row).toMatchObject({ status: 'deadLettered', attempts: 1, lastStatusCode: null });
    expect(row.lastError).toContain('host 127.0.0.1 is loopback (127.0.0.0/8), not a public address');
    expect(requestsTo('/private')).toHaveLength(0);
    expect(events.map((event) => event.subject)).toEqual([NotificationEvents.notificationFailed]);
  });

  it('dead-letters e-mail while SMTP is not configured', async () => {
    const withoutSmtp = buildDeliveryStack(db, { ...options, delivery: { ...options.delivery!, smtp: null } }, 'worker-no-smtp');
    const id = await createTestDelivery(db, { channel: 'email', target: 'nosmtp@example.test' });

    await pollUntil(withoutSmtp.worker, isSettled(id));

    expect(await deliveryRow(id)).toMatchObject({ status: 'deadLettered', attempts: 1, lastError: expect.stringMatching(/SMTP_URL is not set/) });
  });

  it('retries an SMTP 4xx reply and dead-letters a 5xx reply', async () => {
    smtp.rejectRecipients.set('full@example.test', 452);
    smtp.rejectRecipients.set('unknown@example.test', 550);
    const transient = await createTestDelivery(db, { channel: 'email', target: 'full@example.test' });
    const permanent = await createTestDelivery(db, { channel: 'email', target: 'unknown@example.test' });

    await pollUntil(stack.worker, async () => (await isSettled(transient)()) && (await isSettled(permanent)()));

    expect(await deliveryRow(transient)).toMatchObject({ status: 'deadLettered', attempts: 3, lastStatusCode: 452 });
    expect((await deliveryRow(transient)).lastError).toMatch(/no attempts left of 3/);
    expect(await deliveryRow(permanent)).toMatchObject({ status: 'deadLettered', attempts: 1, lastStatusCode: 550 });
  });

  it('signs with the previous secret too during a rotation', async () => {
    const path = '/rotating';
    const target = await endpoint(path, { previousSecret: 'whsec_test-old', previousSecretUntil: new Date(Date.now() + 3_600_000) });
    const id = await createTestDelivery(db, { channel: 'webhook', target });

    await pollUntil(stack.worker, isSettled(id));
    const [request] = requestsTo(path);
    const header = request?.headers['x-bma-signature'] as string;

    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifyWebhookSignature('whsec_test-old', request.body, header, Date.now() / 1000)).toEqual({ valid: true });
    expect(verifyWebhookSignature(secret, request.body, header, Date.now() / 1000)).toEqual({ valid: true });
  });

  it('finishes the send in flight at shutdown', async () => {
    receiver.behaviours.set('/slow', ['hang']);
    const id = await createTestDelivery(db, { channel: 'webhook', target: await endpoint('/slow') });
    const polling = buildDeliveryStack(db, options, 'worker-shutdown');

    polling.worker.onApplicationBootstrap();
    for (let wait = 0; wait < 200 && requestsTo('/slow').length === 0; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await polling.worker.onModuleDestroy();
    const row = await deliveryRow(id);

    expect(requestsTo('/slow')).toHaveLength(1);
    // The timed-out attempt was recorded before onModuleDestroy returned.
    expect(row).toMatchObject({ status: 'failed', attempts: 1, claimedBy: null });
    expect(row.lastError).toMatch(/Timed out/);

    // Leave the delivery to the other tests' worker as a success.
    receiver.behaviours.set('/slow', [200]);
    await pollUntil(stack.worker, isSettled(id));
  });

  it('sends each delivery once when two workers claim together', async () => {
    const path = '/concurrent';
    const target = await endpoint(path);
    const ids = await Promise.all(Array.from({ length: 40 }, () => createTestDelivery(db, { channel: 'webhook', target })));
    // A timeout would make a legitimate second attempt; PGlite under load can stall the event loop past a short one.
    const patient = { ...options, delivery: { ...options.delivery!, webhookTimeoutMs: 20_000 } };
    const first = buildDeliveryStack(db, patient, 'worker-c1');
    const second = buildDeliveryStack(db, patient, 'worker-c2');
    const allSettled = async () => (await db.prisma.delivery.count({ where: { id: { in: ids }, status: 'sent' } })) === ids.length;

    await Promise.all([pollUntil(first.worker, allSettled), pollUntil(second.worker, allSettled)]);
    const perDelivery = new Map<string, number>();

    for (const request of requestsTo(path)) {
      const deliveryId = request.headers['x-bma-delivery-id'] as string;

      perDelivery.set(deliveryId, (perDelivery.get(deliveryId) ?? 0) + 1);
    }

    expect(requestsTo(path)).toHaveLength(ids.length);
    expect([...perDelivery.keys()].sort()).toEqual([...ids].sort());
    expect([...perDelivery.values()].every((count) => count === 1)).toBe(true);
    expect(await db.prisma.deliveryAttempt.count({ where: { deliveryId: { in: ids } } })).toBe(ids.length);
  });

  it('batches held deliveries into one digest e-mail per address', async () => {
    const address = 'digest@example.test';
    const held = [];

    for (const day of ['2099-01-01', '2099-01-02', '2099-01-03']) {
      held.push(await createTestDelivery(db, { channel: 'email', target: address, digestOn: '2099-01-03', createdAt: new Date(`${day}T02:00:00Z`) }));
    }
    const later = await createTestDelivery(db, { channel: 'email', target: address, digestOn: '2099-01-04' });
    const before = smtp.messages.length;

    const result = await stack.digests.run('2099-01-03');
    const digests = smtp.messages.slice(before);

    expect(result).toEqual({ date: '2099-01-03', started: true, emails: 1, deliveries: 3, failed: 0 });
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('สรุปการแจ้งเตือนประจำวัน จำนวน 3 รายการ');
    expect(digests[0].text).toContain('1 มกราคม 2642');
    expect(digests[0].text?.match(/^- .*ตัวชี้วัด 0411-0005/gm)).toHaveLength(3);
    for (const id of held) {
      const row = await deliveryRow(id);

      expect(row).toMatchObject({ status: 'sent', attempts: 1 });
      expect(row.attemptLog).toHaveLength(1);
      expect((await eventsOf(id)).map((event) => (event.payload as unknown as NotificationDeliveredEvent).data.viaDigest)).toEqual([true]);
    }
    expect((await deliveryRow(later)).status).toBe('digest');
    expect(await stack.digests.run('2099-01-03')).toEqual({ date: '2099-01-03', started: true, emails: 0, deliveries: 0, failed: 0 });
  });

  it('skips a digest run while another instance holds the lease', async () => {
    const other = buildDeliveryStack(db, options, 'worker-digest-holder');

    await db.prisma.jobLease.upsert({
      where: { name: 'delivery-digest' },
      create: { name: 'delivery-digest', holder: other.repository.instanceId, leaseUntil: new Date(Date.now() + 60_000) },
      update: { holder: other.repository.instanceId, leaseUntil: new Date(Date.now() + 60_000) },
    });

    expect((await stack.digests.run('2099-01-04')).started).toBe(false);

    await db.prisma.jobLease.update({ where: { name: 'delivery-digest' }, data: { leaseUntil: new Date(0) } });
  });
});
