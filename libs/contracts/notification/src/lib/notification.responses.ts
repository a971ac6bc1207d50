/** A holiday; `date` is ISO 8601 in the Christian era, `dateTh` the same day in the Buddhist era. */
export interface HolidayResponse {
  date: string;
  dateTh: string;
  nameTh: string;
  nameEn: string;
  substitution: boolean;
}

/** The holidays of the years asked for, in date order. */
export interface HolidayListResponse {
  items: HolidayResponse[];
}

/** An inbox item: one notification for its recipient. Instants are ISO 8601 in UTC. */
export interface InboxItemResponse {
  id: string;
  kind: string;
  agencyCode: string | null;
  language: 'th' | 'en';
  subject: string;
  text: string;
  createdAt: string;
  readAt: string | null;
  acknowledgedAt: string | null;
}

/** One page of an inbox, newest first. */
export interface InboxPage {
  items: InboxItemResponse[];
  total: number;
  page: number;
  pageSize: number;
}

/** Health of the notification service. */
export interface NotificationHealthResponse {
  status: 'ok';
  service: 'notification';
  database: 'postgres' | 'pglite';
  /** Events of other services that failed every delivery and wait for an operator. */
  deadLetters: number;
  /** E-mail and webhook deliveries that failed for good (`status=deadLettered` in the delivery log). */
  deadLetteredDeliveries: number;
  /** Events stored in the outbox and not yet published to the event stream. */
  outboxBacklog: number;
  /** Events in the stream that the service's durable consumer has not yet received; null when it cannot be read. */
  consumerLag: number | null;
}
