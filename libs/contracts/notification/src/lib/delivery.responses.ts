/** A delivery in the delivery log. Instants are ISO 8601 in UTC; digestOn is a Bangkok date `YYYY-MM-DD`. */
export interface DeliveryResponse {
  id: string;
  notificationId: string;
  recipientId: string;
  kind: string;
  /** `email` or `webhook`. */
  channel: string;
  /** E-mail address or webhook endpoint id. */
  target: string | null;
  /** `pending`, `digest`, `sent`, `failed` (retried at nextAttemptAt) or `deadLettered`. */
  status: string;
  attempts: number;
  digestOn: string | null;
  /** HTTP status or SMTP reply code of the last attempt. */
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One attempt of a delivery. */
export interface DeliveryAttemptResponse {
  attempt: number;
  /** The delivery's status after this attempt: `sent`, `failed` or `deadLettered`. */
  outcome: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  at: string;
}

/** A delivery with every attempt, oldest first. */
export interface DeliveryDetailResponse extends DeliveryResponse {
  attemptLog: DeliveryAttemptResponse[];
}

/** One page of the delivery log, newest first. */
export interface DeliveryPage {
  items: DeliveryResponse[];
  total: number;
  page: number;
  pageSize: number;
}

/** Result of a digest run. */
export interface DigestRunResponse {
  /** Bangkok date whose digests, and those of earlier dates, were sent. */
  date: string;
  /** False when another instance was running the digests, so this run did nothing. */
  started: boolean;
  /** E-mails the SMTP server accepted. */
  emails: number;
  /** Deliveries those e-mails carried. */
  deliveries: number;
  /** Deliveries whose digest e-mail failed; they are retried or dead-lettered like other deliveries. */
  failed: number;
}
