import type { PageRequest } from '@bma-kpi/database';

import type { NotificationRecord } from './notification.repository';

/** Delivery channels besides the inbox. */
export type DeliveryChannel = 'email' | 'webhook';

/** States of a delivery, see the Delivery model. */
export type DeliveryStatus = 'pending' | 'digest' | 'sent' | 'failed' | 'deadLettered';

/** A delivery in the delivery log. Instants are ISO 8601 in UTC; digestOn is a `YYYY-MM-DD` Bangkok date. */
export interface DeliveryRecord {
  id: string;
  notificationId: string;
  recipientId: string;
  kind: string;
  channel: string;
  target: string | null;
  status: string;
  attempts: number;
  digestOn: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One attempt of a delivery. */
export interface DeliveryAttemptRecord {
  attempt: number;
  /** `sent`, `failed` or `deadLettered`: the delivery's status after the attempt. */
  outcome: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  at: string;
}

/** A delivery with every attempt, oldest first. */
export interface DeliveryDetail extends DeliveryRecord {
  attemptLog: DeliveryAttemptRecord[];
}

/** A delivery this instance claimed, with the notification it carries. */
export interface ClaimedDelivery extends DeliveryRecord {
  notification: NotificationRecord;
}

/** Filters of the delivery log; instants bound createdAt, `from` inclusive and `to` exclusive. */
export interface DeliveryListQuery extends PageRequest {
  status?: string;
  channel?: string;
  recipientId?: string;
  notificationId?: string;
  kind?: string;
  from?: Date;
  to?: Date;
}

/** Outcome of one attempt, as the worker decided it. */
export interface DeliveryAttemptOutcome {
  /** Status after the attempt: `sent`, `failed` (retried at nextAttemptAt) or `deadLettered`. */
  status: 'sent' | 'failed' | 'deadLettered';
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** When the next attempt may start; only for `failed`. */
  nextAttemptAt: Date | null;
  at: Date;
}

/** A webhook endpoint as the worker needs it: address, sealed secrets and whether it may still receive. */
export interface WebhookEndpointTarget {
  id: string;
  url: string;
  active: boolean;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
}
