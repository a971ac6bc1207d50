/** NATS request/reply subjects of the notification service, `<service>.<entity>.<verb>.v1`. */
export const NotificationSubjects = {
  /** List the holidays of Christian-era calendar years, which reminders skip. */
  holidayList: 'notification.holiday.list.v1',
  /** Replace the holidays of one Christian-era calendar year. */
  holidayReplace: 'notification.holiday.replace.v1',
  /** List a recipient's inbox, newest first. */
  inboxList: 'notification.inbox.list.v1',
  /** Mark an inbox item read, and optionally acknowledged. */
  inboxMark: 'notification.inbox.mark.v1',
  /** Check that the service and its database respond. */
  healthCheck: 'notification.health.check.v1',
} as const;

export type NotificationSubject = (typeof NotificationSubjects)[keyof typeof NotificationSubjects];

/** JetStream event subjects of the notification service, `events.<service>.<entity>.<past-tense>.v1`. */
export const NotificationEvents = {
  /** A notification reached its channel (the e-mail server accepted it, or the webhook returned 2xx). */
  notificationDelivered: 'events.notification.notification.delivered.v1',
  /** A delivery failed its last attempt and was dead-lettered. */
  notificationFailed: 'events.notification.notification.failed.v1',
} as const;

export type NotificationEvent = (typeof NotificationEvents)[keyof typeof NotificationEvents];
