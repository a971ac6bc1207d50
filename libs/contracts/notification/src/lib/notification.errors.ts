/** Error codes that the notification service returns to its clients. */
export const NotificationErrorCode = {
  /** No inbox item with this id for this recipient. */
  notificationNotFound: 'NOTIFICATION_NOT_FOUND',
  /** No recipient with this id. */
  recipientNotFound: 'RECIPIENT_NOT_FOUND',
  /** The recipient changed since the caller read the version it sent. */
  recipientVersionConflict: 'RECIPIENT_VERSION_CONFLICT',
  /** Preferences tried to switch off a critical kind, which always reaches its audience. */
  criticalKindCannotBeMuted: 'CRITICAL_KIND_CANNOT_BE_MUTED',
  /** A recipient in the `agency` or `agencyHead` audience without an agency code. */
  recipientAgencyRequired: 'RECIPIENT_AGENCY_REQUIRED',
  /** An e-mail subscription for a recipient without an e-mail address. */
  recipientHasNoEmail: 'RECIPIENT_HAS_NO_EMAIL',
  /** No subscription with this id for this recipient. */
  subscriptionNotFound: 'SUBSCRIPTION_NOT_FOUND',
  /** The recipient already has this agency, kind and channel; details.id names that subscription. */
  subscriptionExists: 'SUBSCRIPTION_EXISTS',
  /** No webhook endpoint with this id. */
  webhookNotFound: 'WEBHOOK_NOT_FOUND',
  /** The webhook endpoint changed since the caller read the version it sent. */
  webhookVersionConflict: 'WEBHOOK_VERSION_CONFLICT',
  /** The stored signing secret cannot be opened with the configured secret key. */
  webhookSecretUnreadable: 'WEBHOOK_SECRET_UNREADABLE',
  /** No delivery with this id in the delivery log. */
  deliveryNotFound: 'DELIVERY_NOT_FOUND',
  /** No dead-lettered event with this id. */
  deadLetterNotFound: 'DEAD_LETTER_NOT_FOUND',
  /** Handling the dead-lettered event failed again; it stays waiting. */
  deadLetterReplayFailed: 'DEAD_LETTER_REPLAY_FAILED',
  /** Another instance holds the reminder lease and did not release it within a few seconds. */
  reminderRunInProgress: 'REMINDER_RUN_IN_PROGRESS',
} as const;

export type NotificationErrorCode = (typeof NotificationErrorCode)[keyof typeof NotificationErrorCode];
