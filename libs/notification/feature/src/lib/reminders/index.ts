import { EvaluationClient } from './evaluation.client';
import { ReminderCalendarService } from './reminder-calendar.service';
import { ReminderIndicatorsReader } from './reminder-indicators';
import { ReminderIssuer } from './reminder-issuer';
import { ReminderRunner } from './reminder-runner';
import { ReminderScheduler } from './reminder-scheduler';
import { ReminderService } from './reminder.service';

export { RemindersController } from './reminders.controller';
export { DEFAULT_REMINDER_SETTINGS } from './reminder-schedule';
export { reminderSettingsOf, withReminderEnv } from './reminder-settings.env';

/** Providers of the reminder scheduler and its API. The module adds the repositories. */
export const reminderProviders = [
  EvaluationClient,
  ReminderCalendarService,
  ReminderIndicatorsReader,
  ReminderIssuer,
  ReminderRunner,
  ReminderScheduler,
  ReminderService,
];
