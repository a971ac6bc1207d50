export type { Prisma, PrismaClient } from './generated/prisma/client';
export { runInTransaction, type NotificationClient } from './lib/notification-client';
export {
  NotificationDatabase,
  notificationMigrationsDir,
  notificationSchema,
  type NotificationDatabaseOptions,
} from './lib/notification-database';
export { HolidayRepository, type HolidayRecord } from './lib/repositories/holiday.repository';
export { DeliveryRepository, type DeliveryRepositoryOptions } from './lib/repositories/delivery.repository';
export type {
  ClaimedDelivery,
  DeliveryAttemptOutcome,
  DeliveryAttemptRecord,
  DeliveryChannel,
  DeliveryDetail,
  DeliveryListQuery,
  DeliveryRecord,
  DeliveryStatus,
  WebhookEndpointTarget,
} from './lib/repositories/delivery.types';
export { JobLeaseRepository, type JobLeaseGrant } from './lib/repositories/job-lease.repository';
export {
  ReminderIssueRepository,
  type ReminderIssueInput,
  type ReminderIssueRecord,
} from './lib/repositories/reminder-issue.repository';
export { RecipientRoutingRepository } from './lib/repositories/recipient-routing.repository';
export {
  NotificationRepository,
  type DeliveryInput,
  type NotificationInput,
  type NotificationRecord,
} from './lib/repositories/notification.repository';
export {
  RecipientRepository,
  type MutedKindsMap,
  type RecipientFilter,
  type RecipientInput,
  type RecipientPreferencesInput,
  type RecipientRecord,
} from './lib/repositories/recipient.repository';
export {
  SubscriptionRepository,
  type SubscriptionCreation,
  type SubscriptionInput,
  type SubscriptionRecord,
} from './lib/repositories/subscription.repository';
export {
  WebhookEndpointRepository,
  type WebhookEndpointChanges,
  type WebhookEndpointInput,
  type WebhookEndpointRecord,
  type WebhookEndpointSecrets,
} from './lib/repositories/webhook-endpoint.repository';
export {
  DeadLetterEventRepository,
  type DeadLetterEventRecord,
  type DeadLetterFilter,
} from './lib/repositories/dead-letter-event.repository';
// The outbox, inbox and dead-letter stores of every service live in @bma-kpi/database and work on this client too.
export {
  DeadLetterRepository,
  InboxStore,
  OutboxRepository,
  type AuditContext,
  type Page,
  type PageRequest,
} from '@bma-kpi/database';
