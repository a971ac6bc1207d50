/** Reminder kinds: progress due, progress overdue, escalation to the agency head, review due. */
export type ReminderKindValue = 'progressDueReminder' | 'progressOverdue' | 'progressOverdueEscalation' | 'reviewDueReminder';

/** One agency's (or the evaluators') issue of a planned reminder. */
export interface ReminderIssueResponse {
  key: string;
  /** Agency code, or null for the evaluators. */
  agencyCode: string | null;
  /** Notifications created for it, over every KPI of the agency that lacked progress. */
  recipients: number;
  issuedAt: string;
  issuedBy: string;
}

/** A reminder of the plan: what it is about and when it goes out. Dates are `YYYY-MM-DD`. */
export interface PlannedReminderResponse {
  kind: ReminderKindValue;
  /** `YYYY-MM` for monthly progress, `<fiscal year>-Q<n>` for a round. */
  period: string;
  /** Working days before the due date (due and review reminders) or after it (overdue, escalation). */
  stage: number;
  dueDate: string;
  /** Working day on which it is sent, after weekends and the holiday table. */
  sendOn: string;
  /** Issues so far, one per agency, and empty until it is sent. */
  issues: ReminderIssueResponse[];
}

/** Every reminder of a fiscal year in send order. */
export interface ReminderPlanResponse {
  fiscalYear: number;
  items: PlannedReminderResponse[];
}

/** A reminder a run issued (or would issue, on a dry run) for one agency or for the evaluators. */
export interface IssuedReminderResponse {
  key: string;
  kind: ReminderKindValue;
  agencyCode: string | null;
  period: string;
  stage: number;
  dueDate: string;
  sendOn: string;
  /** KPI codes the notices are about, empty for a review reminder. */
  kpiCodes: string[];
  /** Notifications created, 0 on a dry run. */
  recipients: number;
}

/** Outcome of a reminder run. */
export interface ReminderRunResponse {
  date: string;
  dryRun: boolean;
  /** First send date the run looked at: the last finished run's date, at most a bounded number of days back. */
  fromDate: string;
  issued: IssuedReminderResponse[];
}
