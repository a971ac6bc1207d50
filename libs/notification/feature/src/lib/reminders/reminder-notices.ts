import type { CalendarRoundResponse } from '@bma-kpi/contracts-evaluation';
import { type HolidayCalendar, workingDaysBetween } from '@bma-kpi/util-thai';

import type { Notice } from '../dispatch/notice';
import type { ReminderIndicator } from './reminder-indicators';
import { reminderKey, type ScheduledReminder } from './reminder-schedule';

/** Workflow states in which an evaluator has finished with an indicator. */
const finishedStates = ['scored', 'signedOff'];

/** The notices of one reminder for one agency (or the evaluators), under one issue key. */
export interface ReminderDelivery {
  key: string;
  agencyCode: string | null;
  kpiCodes: string[];
  notices: Notice[];
}

/**
 * Builds the notices of a progress reminder: one per KPI of the month's fiscal year that has no
 * progress dated in the month yet, grouped by agency in code order. `date` is the run date, from
 * which the overdue notice and the escalation count the working days overdue.
 */
export function progressDeliveries(
  reminder: ScheduledReminder,
  indicators: readonly ReminderIndicator[],
  context: { date: string; holidays: HolidayCalendar; publicBaseUrl: string },
): ReminderDelivery[] {
  const month = reminder.month ?? reminder.period;
  const missing = indicators.filter((indicator) => !indicator.reportedMonths.has(month));
  const byAgency = new Map<string, ReminderIndicator[]>();

  for (const indicator of missing) {
    byAgency.set(indicator.agencyCode, [...(byAgency.get(indicator.agencyCode) ?? []), indicator]);
  }
  const daysOverdue = workingDaysBetween(reminder.dueDate, context.date, context.holidays);

  return [...byAgency.keys()].sort().map((agencyCode) => {
    const key = reminderKey(reminder, agencyCode);
    const kpis = (byAgency.get(agencyCode) ?? []).sort((a, b) => a.code.localeCompare(b.code));

    return {
      key,
      agencyCode,
      kpiCodes: kpis.map((kpi) => kpi.code),
      notices: kpis.map((kpi) => ({
        kind: reminder.kind,
        agencyCode,
        // One notification per KPI and recipient, so the KPI id joins the issue key.
        sourceId: `${key}:${kpi.id}`,
        variables: {
          kpiCode: kpi.code,
          kpiTitleTh: kpi.titleTh,
          agencyNameTh: kpi.agencyNameTh,
          month,
          dueDate: reminder.dueDate,
          link: `${context.publicBaseUrl}/api/v1/indicators/${kpi.id}/progress`,
          ...(reminder.kind === 'progressDueReminder' ? {} : { daysOverdue }),
        },
      })),
    };
  });
}

/**
 * Builds the review reminder of a round for the evaluators. pendingCount is the number of KPIs of
 * the fiscal year minus the evaluations of the round that are scored or signed off, so KPIs that
 * no one has submitted count as pending. Returns null when nothing is pending.
 */
export function reviewDelivery(
  reminder: ScheduledReminder,
  round: CalendarRoundResponse,
  indicatorCount: number,
  publicBaseUrl: string,
): ReminderDelivery | null {
  const finished = finishedStates.reduce((sum, state) => sum + (round.evaluationStates[state] ?? 0), 0);
  const pendingCount = Math.max(0, indicatorCount - finished);

  if (pendingCount === 0) {
    return null;
  }
  const key = reminderKey(reminder, null);

  return {
    key,
    agencyCode: null,
    kpiCodes: [],
    notices: [
      {
        kind: reminder.kind,
        agencyCode: null,
        sourceId: key,
        variables: {
          fiscalYear: reminder.fiscalYear,
          quarter: reminder.quarter,
          pendingCount,
          dueDate: reminder.dueDate,
          link: `${publicBaseUrl}/api/v1/evaluations/rounds/${reminder.fiscalYear}/${reminder.quarter}`,
        },
      },
    ],
  };
}
