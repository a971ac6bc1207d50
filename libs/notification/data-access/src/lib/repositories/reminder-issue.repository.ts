import type { Prisma } from '../../generated/prisma/client';
import type { NotificationClient } from '../notification-client';
import { runInTransaction } from '../notification-client';

/** A reminder to record before its notifications are created. Dates are `YYYY-MM-DD`. */
export interface ReminderIssueInput {
  /** `<kind>:<agency code or evaluators>:<period>:<stage>`. */
  key: string;
  kind: string;
  agencyCode: string | null;
  /** `YYYY-MM` for monthly progress, `<fiscal year>-Q<n>` for a round. */
  period: string;
  dueDate: string;
  sendOn: string;
  /** Instance or operator that issued it. */
  issuedBy: string;
}

/** A reminder that was issued, with the number of notifications created for it. */
export interface ReminderIssueRecord extends ReminderIssueInput {
  recipients: number;
  issuedAt: string;
}

interface IssueRow {
  key: string;
  kind: string;
  agencyCode: string | null;
  period: string;
  dueDate: Date;
  sendOn: Date;
  recipients: number;
  issuedBy: string;
  issuedAt: Date;
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function toRecord(row: IssueRow): ReminderIssueRecord {
  return {
    ...row,
    dueDate: row.dueDate.toISOString().slice(0, 10),
    sendOn: row.sendOn.toISOString().slice(0, 10),
    issuedAt: row.issuedAt.toISOString(),
  };
}

/** Records of issued reminders, one row per key, so that no reminder goes out twice. */
export class ReminderIssueRepository {
  constructor(private readonly prisma: NotificationClient) {}

  /**
   * Records a reminder and runs `send` in the same transaction, storing the number of
   * notifications it returns. Returns null, without calling `send`, when the key is already
   * recorded. A concurrent insert of the same key waits for the other transaction and then
   * inserts nothing, so two instances never both send.
   */
  async issueOnce(
    issue: ReminderIssueInput,
    send: (tx: Prisma.TransactionClient) => Promise<number>,
  ): Promise<ReminderIssueRecord | null> {
    return runInTransaction(this.prisma, async (tx) => {
      const data = { ...issue, dueDate: toDate(issue.dueDate), sendOn: toDate(issue.sendOn), recipients: 0 };
      const inserted = await tx.reminderIssue.createMany({ data: [data], skipDuplicates: true });

      if (inserted.count === 0) {
        return null;
      }
      const recipients = await send(tx);
      const row = await tx.reminderIssue.update({ where: { key: issue.key }, data: { recipients } });

      return toRecord(row);
    });
  }

  /** Returns the recorded reminders of the given periods, by key. */
  async listByPeriods(periods: readonly string[]): Promise<ReminderIssueRecord[]> {
    const rows = await this.prisma.reminderIssue.findMany({
      where: { period: { in: [...periods] } },
      orderBy: [{ sendOn: 'asc' }, { key: 'asc' }],
    });

    return rows.map(toRecord);
  }

  /** Returns which of the keys are recorded. */
  async findIssuedKeys(keys: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.reminderIssue.findMany({ where: { key: { in: [...keys] } }, select: { key: true } });

    return new Set(rows.map((row) => row.key));
  }
}
