import type { NotificationRecord } from '@bma-kpi/notification-data-access';

import { decideOutcome } from './delivery-outcome';
import { classifySmtpError, messageIdOf } from './email.sender';
import { startTestWebhookReceiver, type TestWebhookReceiver } from './testing/delivery-test-servers';
import { buildWebhookBody } from './webhook.payload';
import { classifyStatus, WebhookSender } from './webhook.sender';

const settings = { maxAttempts: 3, retryBackoff: { baseMs: 1000, maxMs: 10_000, factor: 2, jitterRatio: 0 } };

describe('classifyStatus', () => {
  it.each([
    [200, true, false],
    [204, true, false],
    [301, false, false],
    [400, false, false],
    [404, false, false],
    [408, false, true],
    [429, false, true],
    [500, false, true],
    [503, false, true],
  ])('HTTP %i → ok %s, retryable %s', (status, ok, retryable) => {
    const result = classifyStatus(status, '', 12);

    expect(result.ok).toBe(ok);
    expect(result.retryable).toBe(retryable);
    expect(result.statusCode).toBe(status);
    expect(result.durationMs).toBe(12);
  });

  it('explains that redirects are not followed', () => {
    expect(classifyStatus(302, 'Found', 1).error).toBe('HTTP 302 Found; redirects are not followed, register the final address');
  });
});

describe('WebhookSender target checks', () => {
  const sender = new WebhookSender({ delivery: undefined });
  const headers = { deliveryId: 'd-1', kind: 'evaluationScored' };

  it('rejects a non-http URL without sending', async () => {
    const result = await sender.send({ id: 'w-1', url: 'ftp://127.0.0.1/hook', secrets: ['s'] }, '{}', headers);

    expect(result).toMatchObject({ ok: false, statusCode: null, retryable: false });
    expect(result.error).toContain('scheme ftp: is not http or https');
  });

  it('rejects a relative URL without sending', async () => {
    const result = await sender.send({ id: 'w-1', url: '/hook', secrets: ['s'] }, '{}', headers);

    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(result.error).toContain('Invalid webhook URL of w-1');
  });

  it('rejects a target without a secret', async () => {
    const result = await sender.send({ id: 'w-1', url: 'http://127.0.0.1:9/hook', secrets: [] }, '{}', headers);

    expect(result).toMatchObject({ ok: false, retryable: false, error: 'Webhook w-1 has no signing secret.' });
  });
});

describe('WebhookSender address checks', () => {
  const headers = { deliveryId: 'd-1', kind: 'evaluationScored' };
  const delivery = { smtp: null, pollIntervalMs: 1000, maxAttempts: 3, webhookTimeoutMs: 2000, digestHour: 8 };
  let receiver: TestWebhookReceiver;
  let port = '';

  beforeAll(async () => {
    receiver = await startTestWebhookReceiver();
    port = new URL(receiver.baseUrl).port;
  });

  afterAll(async () => {
    await receiver.close();
  });

  it.each([
    ['127.0.0.1', 'host 127.0.0.1 is loopback (127.0.0.0/8)'],
    ['[::ffff:127.0.0.1]', 'host ::ffff:7f00:1 is loopback (127.0.0.0/8)'],
    ['localhost.', 'host localhost. is a name of the local machine'],
  ])('rejects host %s without sending', async (host, reason) => {
    const sut = new WebhookSender({ delivery });
    const result = await sut.send({ id: 'w-1', url: `http://${host}:${port}/literal`, secrets: ['s'] }, '{}', headers);

    expect(result).toMatchObject({ ok: false, statusCode: null, retryable: false });
    expect(result.error).toBe(`Webhook w-1 was not sent because its ${reason}, not a public address. Register a public address, or set WEBHOOK_ALLOW_PRIVATE_TARGETS=true for local development.`);
    expect(receiver.received.filter((request) => request.path === '/literal')).toHaveLength(0);
  });

  it('rejects a name that resolves to loopback', async () => {
    const resolveAll = jest.fn(() => Promise.resolve([{ address: '127.0.0.1', family: 4 }]));
    const sut = new WebhookSender({ delivery }, resolveAll);
    const result = await sut.send({ id: 'w-1', url: `http://hooks.example.test:${port}/resolved`, secrets: ['s'] }, '{}', headers);

    expect(resolveAll).toHaveBeenCalledWith('hooks.example.test', expect.any(Number));
    expect(result).toMatchObject({ ok: false, statusCode: null, retryable: false });
    expect(result.error).toContain('host hooks.example.test resolves to 127.0.0.1, which is loopback (127.0.0.0/8), not a public address');
    expect(receiver.received.filter((request) => request.path === '/resolved')).toHaveLength(0);
  });

  it('sends to loopback when allowed', async () => {
    const sut = new WebhookSender({ delivery: { ...delivery, allowPrivateWebhookTargets: true } });
    const result = await sut.send({ id: 'w-1', url: `${receiver.baseUrl}/allowed`, secrets: ['s'] }, '{"a":1}', headers);
    const received = receiver.received.filter((request) => request.path === '/allowed');

    expect(result).toMatchObject({ ok: true, statusCode: 200, error: null });
    expect(received).toHaveLength(1);
    expect(received[0]?.body).toBe('{"a":1}');
    expect(received[0]?.headers['x-bma-kind']).toBe('evaluationScored');
  });

  it('retries a refused connection', async () => {
    const sut = new WebhookSender({ delivery: { ...delivery, allowPrivateWebhookTargets: true } });
    const result = await sut.send({ id: 'w-1', url: 'http://127.0.0.1:9/closed', secrets: ['s'] }, '{}', headers);

    expect(result).toMatchObject({ ok: false, statusCode: null, retryable: true });
    expect(result.error).toContain('ECONNREFUSED');
  });
});

describe('classifySmtpError', () => {
  it('retries a 4xx reply', () => {
    const result = classifySmtpError({ code: 'EENVELOPE', responseCode: 452, response: '452 Mailbox full', message: "Can't send mail" }, 5);

    expect(result).toMatchObject({ ok: false, statusCode: 452, retryable: true, durationMs: 5 });
    expect(result.error).toBe("EENVELOPE: Can't send mail (452 Mailbox full)");
  });

  it('gives up on a 5xx reply', () => {
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 550, message: '550 No such user' }, 5)).toMatchObject({ statusCode: 550, retryable: false });
  });

  it('retries a connection error without a reply', () => {
    expect(classifySmtpError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' }), 5)).toMatchObject({
      statusCode: null,
      retryable: true,
      error: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:25',
    });
  });
});

describe('messageIdOf', () => {
  it('is the same for the same key', () => {
    expect(messageIdOf('d-1', 'kpi@example.test')).toBe(messageIdOf('d-1', 'kpi@example.test'));
  });

  it('differs between keys', () => {
    expect(messageIdOf('d-1', 'kpi@example.test')).not.toBe(messageIdOf('d-2', 'kpi@example.test'));
  });

  it('takes the domain of a named sender', () => {
    expect(messageIdOf('d-1', '"BMA KPI" <kpi@bangkok.example>')).toMatch(/^<[0-9a-f]{32}@bangkok\.example>$/);
  });
});

describe('buildWebhookBody', () => {
  const notification: NotificationRecord = {
    id: 'n-1',
    recipientId: 'client-1',
    kind: 'evaluationScored',
    agencyCode: '0411',
    language: 'th',
    subject: 'ผลการประเมิน',
    text: 'ข้อความ',
    variables: { kpiCode: '0411-0005', scorePercent: 87.5 },
    sourceId: 'event-1',
    createdAt: '2025-11-12T03:00:00.000Z',
    readAt: '2025-11-12T04:00:00.000Z',
    acknowledgedAt: null,
  };

  it('contains the notification and the delivery id, without inbox state', () => {
    expect(JSON.parse(buildWebhookBody('d-1', notification))).toEqual({
      deliveryId: 'd-1',
      kind: 'evaluationScored',
      notificationId: 'n-1',
      sourceId: 'event-1',
      agencyCode: '0411',
      language: 'th',
      subject: 'ผลการประเมิน',
      text: 'ข้อความ',
      data: { kpiCode: '0411-0005', scorePercent: 87.5 },
      createdAt: '2025-11-12T03:00:00.000Z',
    });
  });
});

describe('decideOutcome', () => {
  const now = new Date('2025-11-12T03:00:00.000Z');
  const failure = { ok: false, statusCode: 503, durationMs: 7, error: 'HTTP 503', retryable: true };

  it('marks a success sent', () => {
    expect(decideOutcome({ ok: true, statusCode: 200, durationMs: 7, error: null, retryable: false }, 1, settings, now)).toMatchObject({ status: 'sent', nextAttemptAt: null });
  });

  it('schedules a retry with backoff', () => {
    expect(decideOutcome(failure, 2, settings, now)).toMatchObject({ status: 'failed', nextAttemptAt: new Date('2025-11-12T03:00:02.000Z') });
  });

  it('dead-letters after the last attempt', () => {
    const outcome = decideOutcome(failure, 3, settings, now);

    expect(outcome.status).toBe('deadLettered');
    expect(outcome.error).toBe('HTTP 503 (no attempts left of 3)');
  });

  it('dead-letters a permanent failure at once', () => {
    expect(decideOutcome({ ...failure, statusCode: 410, retryable: false }, 1, settings, now).status).toBe('deadLettered');
  });
});
