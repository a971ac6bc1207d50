import { Type } from 'class-transformer';
import { IsBoolean, IsInt, Matches, Max, Min } from 'class-validator';

import { EnvBoolean, splitList } from '@bma-kpi/config';

import type { ReminderSchedulerSettings } from '../notification-service.options';
import { DEFAULT_REMINDER_SETTINGS } from './reminder-schedule';

type EnvClass<T> = new () => T;

/** Adds the reminder scheduler's variables to an environment class, for every host of the service. */
export function withReminderEnv<T extends object>(Base: EnvClass<T>) {
  class ReminderEnv extends (Base as EnvClass<object>) {
    /** False stops the timer, but operators can still run reminders through the API. */
    @EnvBoolean()
    @IsBoolean()
    REMINDERS_ENABLED = DEFAULT_REMINDER_SETTINGS.enabled;

    /** Milliseconds between two checks for due reminders. */
    @Type(() => Number)
    @Min(1000)
    @Max(86_400_000)
    @IsInt()
    REMINDER_TICK_INTERVAL_MS = DEFAULT_REMINDER_SETTINGS.tickIntervalMs;

    /** Working days before a deadline on which to remind, comma-separated, each 0 to 60 and each once. */
    @Matches(/^\s*([0-5]?\d|60)\s*(,\s*([0-5]?\d|60)\s*)*$/, {
      message: '$property must be a comma-separated list of working days from 0 to 60, such as 3,1',
    })
    REMINDER_DAYS_BEFORE = DEFAULT_REMINDER_SETTINGS.remindWorkingDaysBefore.join(',');

    /** Working days after a deadline on which the overdue notice goes out. */
    @Type(() => Number)
    @Min(1)
    @Max(60)
    @IsInt()
    REMINDER_OVERDUE_AFTER_DAYS = DEFAULT_REMINDER_SETTINGS.overdueAfterWorkingDays;

    /** Working days after a deadline on which the escalation goes to the agency head, more than REMINDER_OVERDUE_AFTER_DAYS. */
    @Type(() => Number)
    @Min(2)
    @Max(120)
    @IsInt()
    REMINDER_ESCALATE_AFTER_DAYS = DEFAULT_REMINDER_SETTINGS.escalateAfterWorkingDays;
  }

  return ReminderEnv as EnvClass<T & ReminderEnv>;
}

/** The variables of withReminderEnv. */
export interface ReminderEnvValues {
  REMINDERS_ENABLED: boolean;
  REMINDER_TICK_INTERVAL_MS: number;
  REMINDER_DAYS_BEFORE: string;
  REMINDER_OVERDUE_AFTER_DAYS: number;
  REMINDER_ESCALATE_AFTER_DAYS: number;
}

/**
 * Builds the scheduler settings from the variables of withReminderEnv. Throws a RangeError naming
 * the variable for a repeated entry of REMINDER_DAYS_BEFORE or an escalation that is not later
 * than the overdue notice, which the per-variable checks cannot see.
 */
export function reminderSettingsOf(env: ReminderEnvValues): ReminderSchedulerSettings {
  const remindWorkingDaysBefore = splitList(env.REMINDER_DAYS_BEFORE).map(Number);

  if (new Set(remindWorkingDaysBefore).size !== remindWorkingDaysBefore.length) {
    throw new RangeError(`Invalid REMINDER_DAYS_BEFORE "${env.REMINDER_DAYS_BEFORE}": each number may appear once.`);
  }
  if (env.REMINDER_ESCALATE_AFTER_DAYS <= env.REMINDER_OVERDUE_AFTER_DAYS) {
    throw new RangeError(
      `Invalid REMINDER_ESCALATE_AFTER_DAYS ${env.REMINDER_ESCALATE_AFTER_DAYS}: it must be more than ` +
        `REMINDER_OVERDUE_AFTER_DAYS (${env.REMINDER_OVERDUE_AFTER_DAYS}).`,
    );
  }

  return {
    enabled: env.REMINDERS_ENABLED,
    tickIntervalMs: env.REMINDER_TICK_INTERVAL_MS,
    remindWorkingDaysBefore,
    overdueAfterWorkingDays: env.REMINDER_OVERDUE_AFTER_DAYS,
    escalateAfterWorkingDays: env.REMINDER_ESCALATE_AFTER_DAYS,
  };
}
