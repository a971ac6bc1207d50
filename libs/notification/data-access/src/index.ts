export type { Prisma, PrismaClient } from './generated/prisma/client';
export { runInTransaction, type NotificationClient } from './lib/notification-client';
export {
  NotificationDatabase,
  notificationMigrationsDir,
  notificationSchema,
  type NotificationDatabaseOptions,
} from './lib/notification-database';
export { HolidayRepository, type HolidayRecord } from './lib/repositories/holiday.repository';
export {
  NotificationRepository,
  type NotificationInput,
  type NotificationRecord,
} from './lib/repositories/notification.repository';
// The outbox, inbox and dead-letter stores of every service live in @bma-kpi/database and work on this client too.
export {
  DeadLetterRepository,
  InboxStore,
  OutboxRepository,
  type AuditContext,
  type Page,
  type PageRequest,
} from '@bma-kpi/database';
