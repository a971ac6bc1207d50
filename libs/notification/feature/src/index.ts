export * from './lib/notification-service.bootstrap';
export * from './lib/notification-service.module';
export * from './lib/notification-service.options';
export { DEFAULT_REMINDER_SETTINGS, reminderSettingsOf, withReminderEnv } from './lib/reminders';
export { webhookSettingsOf, withWebhookSecretEnv } from './lib/registry/webhook-settings.env';
export { DEFAULT_MAIL_FROM, deliverySettingsOf, withDeliveryEnv } from './lib/delivery/delivery-settings.env';
