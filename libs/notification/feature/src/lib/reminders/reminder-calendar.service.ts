import { Inject, Injectable, Logger } from '@nestjs/common';

import type { EvaluationCalendarResponse } from '@bma-kpi/contracts-evaluation';
import { HolidayRepository } from '@bma-kpi/notification-data-access';
import { BUDDHIST_ERA_OFFSET, type HolidayCalendar } from '@bma-kpi/util-thai';

import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions, type ReminderSchedulerSettings } from '../notification-service.options';
import type { RequestMeta } from '../request-meta';
import { EvaluationClient } from './evaluation.client';
import { buildReminderHolidays } from './reminder-holidays';
import { DEFAULT_REMINDER_SETTINGS, scheduleFiscalYear, type ScheduledReminder } from './reminder-schedule';

/** The reminders of fiscal years with the calendars they were planned from. */
export interface ReminderYears {
  holidays: HolidayCalendar;
  calendars: Map<number, EvaluationCalendarResponse>;
  /** Every reminder of the years, sorted by sendOn. */
  reminders: ScheduledReminder[];
}

/**
 * Plans the reminders of fiscal years from the evaluation service's deadlines and the holiday
 * table, with the scheduler's settings.
 */
@Injectable()
export class ReminderCalendarService {
  private readonly logger = new Logger(ReminderCalendarService.name);
  readonly settings: ReminderSchedulerSettings;

  constructor(
    private readonly evaluation: EvaluationClient,
    private readonly holidayTable: HolidayRepository,
    @Inject(NOTIFICATION_SERVICE_OPTIONS) options: NotificationServiceOptions,
  ) {
    this.settings = options.reminders ?? DEFAULT_REMINDER_SETTINGS;
  }

  async load(fiscalYears: readonly number[], meta: RequestMeta): Promise<ReminderYears> {
    // Deadlines of a fiscal year fall from its first November to the December after it ends.
    const fromYear = Math.min(...fiscalYears) - BUDDHIST_ERA_OFFSET - 1;
    const toYear = Math.max(...fiscalYears) - BUDDHIST_ERA_OFFSET + 1;
    const stored = await this.holidayTable.listYears(fromYear, toYear);
    const { calendar: holidays, defaultedYears } = buildReminderHolidays(stored, fromYear, toYear);

    if (defaultedYears.length > 0) {
      this.logger.warn({ years: defaultedYears }, 'No stored holidays for these years; using the fixed-date Thai holidays');
    }
    const calendars = new Map<number, EvaluationCalendarResponse>();

    for (const fiscalYear of fiscalYears) {
      calendars.set(fiscalYear, await this.evaluation.calendar(fiscalYear, meta));
    }
    const reminders = [...calendars.values()]
      .flatMap((calendar) => scheduleFiscalYear(calendar, holidays, this.settings))
      .sort((a, b) => a.sendOn.localeCompare(b.sendOn));

    return { holidays, calendars, reminders };
  }
}
