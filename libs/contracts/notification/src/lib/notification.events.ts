import type { NotificationEvents } from './notification.subjects';

/** Envelope of every notification event: what happened, when, and under which request. */
export interface NotificationEventEnvelope<TSubject extends string, TData> {
  eventId: string;
  subject: TSubject;
  /** ISO 8601 instant. */
  occurredAt: string;
  correlationId: string | null;
  /** `notification-service`: deliveries are made by the service, not by a person. */
  actor: string;
  data: TData;
}

/** The delivery an event is about, with the notification it carried. */
export interface DeliveryEventData {
  deliveryId: string;
  notificationId: string;
  recipientId: string;
  kind: string;
  agencyCode: string | null;
  /** Id of the event or reminder that caused the notification. */
  sourceId: string;
  /** `email` or `webhook`. */
  channel: string;
  /** E-mail address or webhook endpoint id. */
  target: string | null;
  attempts: number;
  /** HTTP status or SMTP reply code of the last attempt; null when none came. */
  statusCode: number | null;
}

/** A notification reached its channel. */
export type NotificationDeliveredEvent = NotificationEventEnvelope<
  typeof NotificationEvents.notificationDelivered,
  DeliveryEventData & { sentAt: string; viaDigest: boolean }
>;

/** A delivery failed for good (permanent failure, no attempts left, or no way to send) and was dead-lettered. */
export type NotificationFailedEvent = NotificationEventEnvelope<
  typeof NotificationEvents.notificationFailed,
  DeliveryEventData & { error: string }
>;
