import { randomUUID } from 'node:crypto';

import { insertOutboxEvents, resolveEvents, toSkipTake, type EventsSource, type Page } from '@bma-kpi/database';

import type { Prisma } from '../../generated/prisma/client';
import { runInTransaction, type NotificationClient } from '../notification-client';
import { toClaimedDelivery, toDeliveryDetail, toDeliveryRecord } from './delivery.mapper';
import type {
  ClaimedDelivery,
  DeliveryAttemptOutcome,
  DeliveryDetail,
  DeliveryListQuery,
  DeliveryRecord,
  WebhookEndpointTarget,
} from './delivery.types';

/** Options of DeliveryRepository. */
export interface DeliveryRepositoryOptions {
  /** Name of this instance in `claimedBy`; default a random UUID per repository. */
  instanceId?: string;
  /**
   * Seconds a claimed delivery stays reserved for this instance. It must exceed the time one batch
   * takes to send, because after it another instance may send the same delivery again. Default 300.
   */
  leaseSeconds?: number;
}

const maxErrorLength = 2000;

/**
 * Claims deliveries for sending and records their attempts, the delivery log and the
 * `notification.delivered` / `notification.failed` outbox events.
 *
 * Claims use `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`, so instances on one
 * PostgreSQL database take disjoint rows at the same moment, and the stored lease keeps a row
 * reserved after the statement commits. PGlite has one connection, where the same SQL runs without
 * contention. An instance that stops mid-send leaves its rows to others once the lease ends, so a
 * delivery is sent at least once. Receivers recognise a repeat by the delivery id or Message-ID.
 */
export class DeliveryRepository {
  readonly instanceId: string;
  private readonly leaseSeconds: number;

  constructor(
    private readonly prisma: NotificationClient,
    options: DeliveryRepositoryOptions = {},
  ) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.leaseSeconds = options.leaseSeconds ?? 300;
  }

  /** Claims up to `limit` pending or failed deliveries whose next attempt is due, earliest first. */
  async claimDue(limit: number): Promise<ClaimedDelivery[]> {
    if (!Number.isInteger(limit) || limit < 1) {
      return [];
    }
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      UPDATE "Delivery" AS d
      SET "claimedBy" = ${this.instanceId}, "claimedUntil" = now() + make_interval(secs => ${this.leaseSeconds})
      WHERE d.id IN (
        SELECT id FROM "Delivery"
        WHERE status IN ('pending', 'failed')
          AND "nextAttemptAt" <= now()
          AND ("claimedUntil" IS NULL OR "claimedUntil" < now())
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING d.id::text AS id`;

    return this.loadClaimed(rows.map((row) => row.id));
  }

  /**
   * Claims up to `limit` deliveries held for a daily digest on or before the Bangkok date `date`
   * (`YYYY-MM-DD`), ordered by address so that the rows of one address come together.
   */
  async claimDigest(date: string, limit: number): Promise<ClaimedDelivery[]> {
    if (!Number.isInteger(limit) || limit < 1) {
      return [];
    }
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      UPDATE "Delivery" AS d
      SET "claimedBy" = ${this.instanceId}, "claimedUntil" = now() + make_interval(secs => ${this.leaseSeconds})
      WHERE d.id IN (
        SELECT id FROM "Delivery"
        WHERE status = 'digest'
          AND "digestOn" <= ${date}::date
          AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now())
          AND ("claimedUntil" IS NULL OR "claimedUntil" < now())
        ORDER BY target, "createdAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING d.id::text AS id`;

    return this.loadClaimed(rows.map((row) => row.id));
  }

  /** Gives back claims of this instance that it will not send, for example at shutdown. */
  async release(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) {
      await this.prisma.delivery.updateMany({
        where: { id: { in: [...ids] }, claimedBy: this.instanceId },
        data: { claimedBy: null, claimedUntil: null },
      });
    }
  }

  /**
   * Records one attempt of a delivery this instance claimed: a DeliveryAttempt row, the new status
   * and counters, and the claim released. A final status (`sent`, `deadLettered`) inserts the
   * outbox events in the same transaction. A failed attempt of a delivery held for a digest keeps
   * it held for the digest's retry. Returns null, and records nothing, when this instance lost the
   * claim because its lease ran out and another instance took the delivery.
   */
  async recordAttempt(
    delivery: DeliveryRecord,
    outcome: DeliveryAttemptOutcome,
    events: EventsSource<DeliveryRecord>,
  ): Promise<DeliveryRecord | null> {
    return runInTransaction(this.prisma, (tx) => this.recordIn(tx, delivery, outcome, events));
  }

  /**
   * Records the attempts of every delivery of one digest e-mail in one transaction, so the digest
   * is either recorded for all of them or for none. Returns the deliveries whose claim held.
   */
  async recordDigestAttempts(
    entries: readonly { delivery: DeliveryRecord; outcome: DeliveryAttemptOutcome; events: EventsSource<DeliveryRecord> }[],
  ): Promise<DeliveryRecord[]> {
    return runInTransaction(this.prisma, async (tx) => {
      const recorded: DeliveryRecord[] = [];

      for (const entry of entries) {
        const record = await this.recordIn(tx, entry.delivery, entry.outcome, entry.events);

        if (record !== null) {
          recorded.push(record);
        }
      }

      return recorded;
    });
  }

  /** Lists the delivery log, newest first. */
  async list(query: DeliveryListQuery): Promise<Page<DeliveryRecord>> {
    const { skip, take } = toSkipTake(query);
    const where = whereOf(query);
    const [rows, total] = await Promise.all([
      this.prisma.delivery.findMany({
        where,
        include: { notification: true },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip,
        take,
      }),
      this.prisma.delivery.count({ where }),
    ]);

    return { items: rows.map(toDeliveryRecord), total };
  }

  /** Returns one delivery with every attempt, or null when there is none with this id. */
  /** Counts the deliveries that failed for good, which wait for an operator in the delivery log. */
  countDeadLettered(): Promise<number> {
    return this.prisma.delivery.count({ where: { status: 'deadLettered' } });
  }

  async get(id: string): Promise<DeliveryDetail | null> {
    const row = await this.prisma.delivery.findUnique({
      where: { id },
      include: { notification: true, attemptLog: { orderBy: { attempt: 'asc' } } },
    });

    return row === null ? null : toDeliveryDetail(row);
  }

  /** Returns the webhook endpoint a delivery targets, or null when it was deleted. */
  async webhookEndpoint(id: string): Promise<WebhookEndpointTarget | null> {
    return this.prisma.webhookEndpoint.findUnique({
      where: { id },
      select: { id: true, url: true, active: true, secret: true, previousSecret: true, previousSecretUntil: true },
    });
  }

  private async loadClaimed(ids: string[]): Promise<ClaimedDelivery[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.prisma.delivery.findMany({
      where: { id: { in: ids }, claimedBy: this.instanceId },
      include: { notification: true },
      orderBy: [{ target: 'asc' }, { createdAt: 'asc' }],
    });

    return rows.map(toClaimedDelivery);
  }

  private async recordIn(
    tx: Prisma.TransactionClient,
    delivery: DeliveryRecord,
    outcome: DeliveryAttemptOutcome,
    events: EventsSource<DeliveryRecord>,
  ): Promise<DeliveryRecord | null> {
    const attempt = delivery.attempts + 1;
    const status = outcome.status === 'failed' && delivery.status === 'digest' ? 'digest' : outcome.status;
    const error = outcome.error?.slice(0, maxErrorLength) ?? null;
    const updated = await tx.delivery.updateMany({
      where: { id: delivery.id, claimedBy: this.instanceId, attempts: delivery.attempts },
      data: {
        status,
        attempts: attempt,
        lastStatusCode: outcome.statusCode,
        lastError: error,
        nextAttemptAt: outcome.status === 'failed' ? outcome.nextAttemptAt : null,
        ...(outcome.status === 'sent' ? { sentAt: outcome.at } : {}),
        claimedBy: null,
        claimedUntil: null,
      },
    });

    if (updated.count === 0) {
      return null;
    }
    await tx.deliveryAttempt.create({ data: attemptRow(delivery.id, attempt, outcome, error) });
    const record = toDeliveryRecord(await tx.delivery.findUniqueOrThrow({ where: { id: delivery.id }, include: { notification: true } }));

    if (status === 'sent' || status === 'deadLettered') {
      await insertOutboxEvents(tx, resolveEvents(events, record));
    }

    return record;
  }
}

function attemptRow(deliveryId: string, attempt: number, outcome: DeliveryAttemptOutcome, error: string | null): Prisma.DeliveryAttemptUncheckedCreateInput {
  return {
    deliveryId,
    attempt,
    outcome: outcome.status,
    statusCode: outcome.statusCode,
    error,
    durationMs: Math.max(0, Math.round(outcome.durationMs)),
    at: outcome.at,
  };
}

function whereOf(query: DeliveryListQuery): Prisma.DeliveryWhereInput {
  const createdAt = query.from === undefined && query.to === undefined ? undefined : { gte: query.from, lt: query.to };
  const notification =
    query.recipientId === undefined && query.kind === undefined ? undefined : { recipientId: query.recipientId, kind: query.kind };

  return {
    status: query.status,
    channel: query.channel,
    notificationId: query.notificationId,
    createdAt,
    notification,
  };
}
