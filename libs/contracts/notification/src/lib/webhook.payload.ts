/**
 * JSON body of every webhook request. The receiver verifies the `X-BMA-Signature` header over the
 * exact bytes of this body before parsing it. Instants are ISO 8601 in UTC.
 */
export interface WebhookPayload {
  /** Id of the delivery, also sent as `X-BMA-Delivery-Id`; a retry sends the same id, so receivers can drop repeats. */
  deliveryId: string;
  /** Notification kind, also sent as `X-BMA-Kind`, for example `evaluationScored`. */
  kind: string;
  notificationId: string;
  /** Id of the event or reminder that caused the notification. */
  sourceId: string;
  agencyCode: string | null;
  /** Language the subject and text are written in, `th` or `en`. */
  language: 'th' | 'en';
  subject: string;
  text: string;
  /** Template variables the subject and text were rendered from. */
  data: Record<string, string | number>;
  createdAt: string;
}
