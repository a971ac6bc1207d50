export {
  DEFAULT_LANGUAGE,
  NOTIFICATION_LANGUAGES,
  type NotificationLanguage,
  formatDisplayDate,
  formatDisplayFiscalYear,
  formatDisplayMonth,
  resolveLanguage,
} from './lib/display-format';
export {
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_METADATA,
  type NotificationAudience,
  type NotificationKind,
  type NotificationKindMetadata,
  assertNotificationKind,
  isCriticalKind,
  isNotificationKind,
  kindOfEvent,
  notificationKindMetadata,
} from './lib/notification-kinds';
export {
  TEMPLATE_VARIABLE_TYPES,
  type TemplateVariable,
  type TemplateVariableType,
} from './lib/template-variables';
export { NO_SCORE, TEMPLATE_LABELS } from './lib/template-labels';
export {
  NOTIFICATION_TEMPLATES,
  type NotificationTemplate,
  type RenderedMessage,
} from './lib/templates.data';
export {
  InvalidTemplateVariableError,
  MissingTemplateVariableError,
  type TemplateVariables,
  renderTemplate,
  templateVariablesOf,
} from './lib/templates';
export {
  MAX_ENTRY_DEADLINE_DAY,
  type MonthlyProgressDueDate,
  type PlannedReminder,
  type ReminderSettings,
  monthlyProgressDueDates,
  planReminders,
} from './lib/reminder-plan';
export {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type WebhookVerification,
  signWebhook,
  verifyWebhookSignature,
} from './lib/webhook-signature';
export {
  type RetryBackoff,
  isRetryableStatus,
  retryDelayMs,
  shouldRetry,
} from './lib/retry-policy';
export {
  type DeliveryDecision,
  type DeliveryRequest,
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
  type NotificationPreferences,
  shouldDeliver,
} from './lib/preferences';
export { type DigestItem, buildDigest } from './lib/digest';
export { generateWebhookSecret, openSecret, parseSecretKey, sealSecret } from './lib/secret-box';
export {
  ANY,
  type Route,
  type RoutedDelivery,
  type RoutedNotice,
  type RoutingRecipient,
  isInAudience,
  routeNotice,
} from './lib/routing';
export { nextDigestDate } from './lib/digest-schedule';
