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
  /** Create or replace a recipient (a user or an API client) with its delivery preferences. */
  recipientUpsert: 'notification.recipient.upsert.v1',
  /** Get one recipient with its preferences. */
  recipientGet: 'notification.recipient.get.v1',
  /** List recipients, optionally of one agency. */
  recipientList: 'notification.recipient.list.v1',
  /** Change a recipient's preferences: language, daily digest, kinds switched off per channel. */
  preferencesUpdate: 'notification.preferences.update.v1',
  /** Subscribe a recipient to a kind (or every kind) about an agency (or every agency) on a channel. */
  subscriptionCreate: 'notification.subscription.create.v1',
  /** List a recipient's subscriptions. */
  subscriptionList: 'notification.subscription.list.v1',
  /** Remove one subscription. */
  subscriptionDelete: 'notification.subscription.delete.v1',
  /** Register a webhook endpoint; the reply shows its signing secret once. */
  webhookRegister: 'notification.webhook.register.v1',
  /** List a recipient's webhook endpoints, without secrets. */
  webhookList: 'notification.webhook.list.v1',
  /** Get one webhook endpoint, without its secret. */
  webhookGet: 'notification.webhook.get.v1',
  /** Change a webhook endpoint's address, kinds, agencies or active flag. */
  webhookUpdate: 'notification.webhook.update.v1',
  /** Replace a webhook's signing secret; the old one keeps signing for a grace period. */
  webhookRotateSecret: 'notification.webhook.rotate-secret.v1',
  /** Send a signed test event to a webhook endpoint now and return the receiver's response. */
  webhookTest: 'notification.webhook.test.v1',
  /** Remove a webhook endpoint. */
  webhookDelete: 'notification.webhook.delete.v1',
  /** List deliveries (the delivery log) with their status and attempts. */
  deliveryList: 'notification.delivery.list.v1',
  /** Get one delivery with every attempt. */
  deliveryGet: 'notification.delivery.get.v1',
  /** List events that failed every delivery attempt to this service. */
  deadLetterList: 'notification.dead-letter.list.v1',
  /** Get one dead-lettered event with its payload. */
  deadLetterGet: 'notification.dead-letter.get.v1',
  /** Handle a dead-lettered event again. */
  deadLetterReplay: 'notification.dead-letter.replay.v1',
  /** List the reminders of a fiscal year: due dates, send dates and whether each was issued. */
  reminderPlan: 'notification.reminder.plan.v1',
  /** Run the reminder scheduler for a Bangkok date now (catch-up or test); issued reminders are kept. */
  reminderRun: 'notification.reminder.run.v1',
  /** Send the daily digests due on a Bangkok date now. */
  digestRun: 'notification.digest.run.v1',
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
