import { Injectable } from '@nestjs/common';

import type { PlannedReminderResponse, ReminderPlanRequest, ReminderPlanResponse, ReminderRunRequest, ReminderRunResponse } from '@bma-kpi/contracts-notification';
import { ValidationFailedException } from '@bma-kpi/errors';
import { ReminderIssueRepository, type ReminderIssueRecord } from '@bma-kpi/notification-data-access';
import { isValidCalendarDate } from '@bma-kpi/util-thai';

import type { RequestMeta } from '../request-meta';
import { ReminderCalendarService } from './reminder-calendar.service';
import { ReminderRunner } from './reminder-runner';

function planKey(kind: string, period: string, stage: number | string): string {
  return `${kind}|${period}|${stage}`;
}

/** Handles the operators' reminder requests: the plan of a fiscal year, and a run for a date. */
@Injectable()
export class ReminderService {
  constructor(
    private readonly calendars: ReminderCalendarService,
    private readonly issues: ReminderIssueRepository,
    private readonly runner: ReminderRunner,
  ) {}

  /** Lists every reminder of a fiscal year in send order, with the issues recorded so far. */
  async plan(request: ReminderPlanRequest, meta: RequestMeta): Promise<ReminderPlanResponse> {
    const { reminders } = await this.calendars.load([request.fiscalYear], meta);
    const periods = [...new Set(reminders.map((reminder) => reminder.period))];
    const issuesByPlan = new Map<string, ReminderIssueRecord[]>();

    for (const issue of await this.issues.listByPeriods(periods)) {
      const key = planKey(issue.kind, issue.period, issue.key.split(':').pop() ?? '');

      issuesByPlan.set(key, [...(issuesByPlan.get(key) ?? []), issue]);
    }
    const items = reminders.map(
      (reminder): PlannedReminderResponse => ({
        kind: reminder.kind,
        period: reminder.period,
        stage: reminder.stage,
        dueDate: reminder.dueDate,
        sendOn: reminder.sendOn,
        issues: (issuesByPlan.get(planKey(reminder.kind, reminder.period, reminder.stage)) ?? []).map((issue) => ({
          key: issue.key,
          agencyCode: issue.agencyCode,
          recipients: issue.recipients,
          issuedAt: issue.issuedAt,
          issuedBy: issue.issuedBy,
        })),
      }),
    );

    return { fiscalYear: request.fiscalYear, items };
  }

  /** Runs the reminders of a Bangkok date now, through the scheduler's lease and issue records. */
  async run(request: ReminderRunRequest, meta: RequestMeta): Promise<ReminderRunResponse> {
    const [year, month, day] = request.date.split('-').map(Number);

    if (!isValidCalendarDate(year ?? 0, month ?? 0, day ?? 0)) {
      throw new ValidationFailedException([
        {
          field: 'date',
          rule: 'isRealDate',
          messageTh: `date (${request.date}) ต้องเป็นวันที่ที่มีอยู่จริงในปฏิทิน`,
          messageEn: `date (${request.date}) must be a date that exists in the calendar.`,
        },
      ]);
    }
    const dryRun = request.dryRun === true;
    // Without skipIfDone the run always happens, so a null means only the lease was taken.
    const response = await this.runner.run(request.date, { dryRun, issuedBy: meta.actor, meta });

    return response ?? { date: request.date, dryRun, fromDate: request.date, issued: [] };
  }
}
