import { Inject, Injectable, Logger } from '@nestjs/common';

import type { IssuedReminderResponse } from '@bma-kpi/contracts-notification';
import { ReminderIssueRepository } from '@bma-kpi/notification-data-access';

import { NoticeDispatcher } from '../dispatch/notice-dispatcher';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';
import type { RequestMeta } from '../request-meta';
import type { ReminderYears } from './reminder-calendar.service';
import { ReminderIndicatorsReader, type ReminderYearIndicators } from './reminder-indicators';
import { progressDeliveries, reviewDelivery, type ReminderDelivery } from './reminder-notices';
import type { ScheduledReminder } from './reminder-schedule';

function describeIssue(reminder: ScheduledReminder, delivery: ReminderDelivery, recipients: number): IssuedReminderResponse {
  return {
    key: delivery.key,
    kind: reminder.kind,
    agencyCode: delivery.agencyCode,
    period: reminder.period,
    stage: reminder.stage,
    dueDate: reminder.dueDate,
    sendOn: reminder.sendOn,
    kpiCodes: delivery.kpiCodes,
    recipients,
  };
}

/** Date, mode and author of one issuing run. */
export interface IssueRun {
  date: string;
  dryRun: boolean;
  /** Instance or operator recorded on each issue. */
  issuedBy: string;
  meta: RequestMeta;
}

/**
 * Issues due reminders: each agency's (or the evaluators') reminder is recorded once under its key,
 * and its notices are dispatched in the same transaction, so a repeat or a second instance sends nothing.
 */
@Injectable()
export class ReminderIssuer {
  private readonly logger = new Logger(ReminderIssuer.name);

  constructor(
    private readonly issues: ReminderIssueRepository,
    private readonly dispatcher: NoticeDispatcher,
    private readonly indicators: ReminderIndicatorsReader,
    @Inject(NOTIFICATION_SERVICE_OPTIONS) private readonly options: NotificationServiceOptions,
  ) {}

  async issue(years: ReminderYears, due: readonly ScheduledReminder[], run: IssueRun): Promise<IssuedReminderResponse[]> {
    const indicatorsByYear = new Map<number, ReminderYearIndicators>();
    const issued: IssuedReminderResponse[] = [];

    for (const reminder of due) {
      let indicators = indicatorsByYear.get(reminder.fiscalYear);

      if (indicators === undefined) {
        indicators = await this.indicators.listYear(reminder.fiscalYear, run.meta);
        indicatorsByYear.set(reminder.fiscalYear, indicators);
      }
      const deliveries = this.deliveriesOf(reminder, years, indicators, run.date);

      issued.push(...(await this.send(reminder, deliveries, run)));
    }

    return issued;
  }

  private deliveriesOf(reminder: ScheduledReminder, years: ReminderYears, indicators: ReminderYearIndicators, date: string): ReminderDelivery[] {
    const { publicBaseUrl } = this.options;

    if (reminder.kind !== 'reviewDueReminder') {
      return progressDeliveries(reminder, indicators.items, { date, holidays: years.holidays, publicBaseUrl });
    }
    const round = years.calendars.get(reminder.fiscalYear)?.rounds.find((entry) => entry.quarter === reminder.quarter);
    const delivery = round === undefined ? null : reviewDelivery(reminder, round, indicators.total, publicBaseUrl);

    return delivery === null ? [] : [delivery];
  }

  private async send(reminder: ScheduledReminder, deliveries: ReminderDelivery[], run: IssueRun): Promise<IssuedReminderResponse[]> {
    if (run.dryRun) {
      const done = await this.issues.findIssuedKeys(deliveries.map((delivery) => delivery.key));

      return deliveries.filter((delivery) => !done.has(delivery.key)).map((delivery) => describeIssue(reminder, delivery, 0));
    }
    const results: IssuedReminderResponse[] = [];

    for (const delivery of deliveries) {
      const issue = {
        key: delivery.key,
        kind: reminder.kind,
        agencyCode: delivery.agencyCode,
        period: reminder.period,
        dueDate: reminder.dueDate,
        sendOn: reminder.sendOn,
        issuedBy: run.issuedBy,
      };
      const record = await this.issues.issueOnce(issue, async (tx) => {
        let recipients = 0;

        for (const notice of delivery.notices) {
          recipients += await this.dispatcher.dispatch(notice, tx);
        }

        return recipients;
      });

      if (record !== null) {
        this.logger.log({ key: record.key, recipients: record.recipients, kpis: delivery.kpiCodes.length }, 'Reminder issued');
        results.push(describeIssue(reminder, delivery, record.recipients));
      }
    }

    return results;
  }
}
