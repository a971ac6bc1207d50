import { Inject, Injectable, Logger } from '@nestjs/common';

import type { DigestRunResponse } from '@bma-kpi/contracts-notification';
import { DeliveryRepository, JobLeaseRepository, NotificationDatabase, type ClaimedDelivery } from '@bma-kpi/notification-data-access';
import { buildDigest, isNotificationKind, type DigestItem } from '@bma-kpi/notification-domain';
import { toBangkokIsoDate } from '@bma-kpi/util-thai';

import { DeliveryProcessor } from './delivery.processor';
import { resolveDeliverySettings } from './delivery-settings';
import { EmailSender } from './email.sender';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';

/** Name of the job lease that lets one instance at a time send digests. */
export const DIGEST_JOB_LEASE = 'delivery-digest';

/**
 * Deliveries claimed per batch. The rows of one address are claimed together in address order, so
 * only an address at the edge of a full batch can have its digest split into two e-mails.
 */
const digestBatchSize = 500;
/** Lease of a digest run; a run that takes longer may overlap with another instance's run. */
const digestLeaseMs = 10 * 60 * 1000;
const bangkokOffsetMs = 7 * 60 * 60 * 1000;

/**
 * Sends the daily digests: every delivery held for a digest on or before a Bangkok date goes out
 * as one e-mail per address, built with buildDigest. A job lease lets one instance at a time run,
 * and the deliveries are claimed like any other, so no digest is sent by two instances.
 */
@Injectable()
export class DigestJob {
  private readonly logger = new Logger(DigestJob.name);
  private readonly leases: JobLeaseRepository;
  private readonly digestHour: number;

  constructor(
    @Inject(NOTIFICATION_SERVICE_OPTIONS) options: NotificationServiceOptions,
    database: NotificationDatabase,
    private readonly deliveries: DeliveryRepository,
    private readonly email: EmailSender,
    private readonly processor: DeliveryProcessor,
  ) {
    this.leases = new JobLeaseRepository(database.prisma);
    this.digestHour = resolveDeliverySettings(options.delivery).digestHour;
  }

  /** Returns today's Bangkok date once the Bangkok hour has reached the digest hour, else null. */
  dueDate(now = new Date()): string | null {
    const bangkokHour = new Date(now.getTime() + bangkokOffsetMs).getUTCHours();

    return bangkokHour >= this.digestHour ? toBangkokIsoDate(now) : null;
  }

  /** Sends the digests held for `date` (`YYYY-MM-DD`, Bangkok) and earlier dates. */
  async run(date: string): Promise<DigestRunResponse> {
    const holder = this.deliveries.instanceId;
    const result: DigestRunResponse = { date, started: false, emails: 0, deliveries: 0, failed: 0 };

    if ((await this.leases.acquire(DIGEST_JOB_LEASE, holder, digestLeaseMs)) === null) {
      return result;
    }
    result.started = true;
    try {
      for (;;) {
        const claimed = await this.deliveries.claimDigest(date, digestBatchSize);

        if (claimed.length === 0) {
          break;
        }
        for (const group of groupByAddress(claimed)) {
          const sent = await this.sendOne(group);

          result.emails += sent ? 1 : 0;
          result.deliveries += sent ? group.length : 0;
          result.failed += sent ? 0 : group.length;
        }
      }
    } finally {
      await this.leases.release(DIGEST_JOB_LEASE, holder);
    }
    if (result.emails + result.failed > 0) {
      this.logger.log(result, 'Daily digests sent');
    }

    return result;
  }

  private async sendOne(group: ClaimedDelivery[]): Promise<boolean> {
    if (!this.email.configured) {
      await this.processor.deadLetter(group, 'E-mail is off: SMTP_URL is not set, so the digest cannot be sent.');

      return false;
    }
    let message: { subject: string; text: string };

    try {
      message = buildDigest(group.map(toDigestItem), group[group.length - 1].notification.language);
    } catch (error) {
      // The stored variables do not fit the template, which no retry changes.
      await this.processor.deadLetter(group, `Cannot build the digest: ${(error as Error).message}`);

      return false;
    }
    const messageKey = `digest:${group.map((delivery) => delivery.id).sort().join(',')}`;
    const result = await this.email.send({ to: group[0].target ?? '', ...message, messageKey });

    await this.processor.recordDigest(group, result);

    return result.ok;
  }
}

function groupByAddress(claimed: readonly ClaimedDelivery[]): ClaimedDelivery[][] {
  const groups = new Map<string, ClaimedDelivery[]>();

  for (const delivery of claimed) {
    const address = delivery.target ?? '';
    const group = groups.get(address) ?? [];

    group.push(delivery);
    groups.set(address, group);
  }

  return [...groups.values()];
}

function toDigestItem(delivery: ClaimedDelivery): DigestItem {
  const { kind, variables, createdAt } = delivery.notification;

  if (!isNotificationKind(kind)) {
    throw new RangeError(`Unknown notification kind ${kind}.`);
  }

  return { kind, variables, occurredAt: createdAt };
}
