import { randomUUID } from 'node:crypto';

import { DeliveryRepository, type NotificationDatabase } from '@bma-kpi/notification-data-access';
import { renderTemplate, sealSecret } from '@bma-kpi/notification-domain';

import { DeliveryProcessor } from '../delivery.processor';
import { DeliveryWorker } from '../delivery.worker';
import { DigestJob } from '../digest.job';
import { EmailSender } from '../email.sender';
import { WebhookSender } from '../webhook.sender';
import type { NotificationServiceOptions } from '../../notification-service.options';

/** Variables of a `progressDueReminder`, a non-critical kind that may wait for a digest. */
export const REMINDER_VARIABLES = {
  kpiCode: '0411-0005',
  kpiTitleTh: 'ความสำเร็จในการพัฒนาฐานข้อมูล',
  agencyNameTh: 'สำนักยุทธศาสตร์และประเมินผล',
  month: '2025-10',
  dueDate: '2025-11-17',
  link: 'https://kpi.example.test/progress/0411-0005',
};

/** The delivery worker and its parts, built without Nest, as the module wires them. */
export interface TestDeliveryStack {
  repository: DeliveryRepository;
  email: EmailSender;
  processor: DeliveryProcessor;
  digests: DigestJob;
  worker: DeliveryWorker;
}

/** Builds a delivery worker on a test database; `instanceId` names its claims. */
export function buildDeliveryStack(db: NotificationDatabase, options: NotificationServiceOptions, instanceId: string): TestDeliveryStack {
  const repository = new DeliveryRepository(db.prisma, { instanceId, leaseSeconds: 60 });
  const email = new EmailSender(options);
  const processor = new DeliveryProcessor(options, repository, new WebhookSender(options), email);
  const digests = new DigestJob(options, db, repository, email, processor);

  return { repository, email, processor, digests, worker: new DeliveryWorker(options, repository, processor, digests) };
}

/** Delivery fields of createTestDelivery; the notification is always the same reminder. */
export interface TestDeliveryInput {
  channel: 'email' | 'webhook';
  target: string;
  recipientId?: string;
  /** Bangkok date of the digest; the delivery is due now when omitted. */
  digestOn?: string;
  createdAt?: Date;
}

/** Stores a Thai `progressDueReminder` notification with one delivery and returns the delivery id. */
export async function createTestDelivery(db: NotificationDatabase, input: TestDeliveryInput): Promise<string> {
  const rendered = renderTemplate('progressDueReminder', 'th', REMINDER_VARIABLES);
  const notification = await db.prisma.notification.create({
    data: {
      recipientId: input.recipientId ?? 'reporter-0411',
      kind: 'progressDueReminder',
      agencyCode: '0411',
      language: 'th',
      subject: rendered.subject,
      text: rendered.text,
      variables: REMINDER_VARIABLES,
      sourceId: randomUUID(),
      ...(input.createdAt === undefined ? {} : { createdAt: input.createdAt }),
    },
  });
  const held = input.digestOn === undefined
    ? { status: 'pending', nextAttemptAt: new Date() }
    : { status: 'digest', digestOn: new Date(`${input.digestOn}T00:00:00Z`) };
  const delivery = await db.prisma.delivery.create({
    data: { notificationId: notification.id, channel: input.channel, target: input.target, ...held },
  });

  return delivery.id;
}

/** Registers a webhook endpoint of a test recipient with a sealed secret and returns its id. */
export async function createTestEndpoint(
  db: NotificationDatabase,
  input: { url: string; secret: string; secretKey: Buffer | null; active?: boolean; previousSecret?: string; previousSecretUntil?: Date },
): Promise<string> {
  await db.prisma.recipient.upsert({
    where: { id: 'integration-client' },
    create: { id: 'integration-client', type: 'client', displayName: 'BMA Digital Plans', audiences: ['integration'], createdBy: 'test' },
    update: {},
  });
  const endpoint = await db.prisma.webhookEndpoint.create({
    data: {
      recipientId: 'integration-client',
      url: input.url,
      kinds: [],
      agencyCodes: [],
      secret: sealSecret(input.secret, input.secretKey),
      previousSecret: input.previousSecret === undefined ? null : sealSecret(input.previousSecret, input.secretKey),
      previousSecretUntil: input.previousSecretUntil ?? null,
      active: input.active ?? true,
      createdBy: 'test',
    },
  });

  return endpoint.id;
}

/** Runs the worker's polls until `done` holds, failing after `maxPolls` polls. */
export async function pollUntil(worker: DeliveryWorker, done: () => Promise<boolean>, maxPolls = 400): Promise<void> {
  for (let poll = 0; poll < maxPolls; poll++) {
    await worker.runOnce();
    if (await done()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Condition not reached after ${maxPolls} polls.`);
}
