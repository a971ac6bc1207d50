import { writeChangeLog, type AuditContext } from '@bma-kpi/database';
import { parseIsoDate, formatIsoDate } from '@bma-kpi/util-thai';

import type { NotificationClient } from '../notification-client';
import { runInTransaction } from '../notification-client';

/** A stored holiday; `date` is ISO 8601 in the Christian era. */
export interface HolidayRecord {
  date: string;
  nameTh: string;
  nameEn: string;
  substitution: boolean;
}

function toDate(iso: string): Date {
  // parseIsoDate rejects impossible dates such as 2025-02-30 with a RangeError naming the value.
  const day = parseIsoDate(iso);

  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function toRecord(row: { date: Date; nameTh: string; nameEn: string; substitution: boolean }): HolidayRecord {
  return { date: row.date.toISOString().slice(0, 10), nameTh: row.nameTh, nameEn: row.nameEn, substitution: row.substitution };
}

/** Keeps the holidays that reminders skip, one row per date, editable per year. */
export class HolidayRepository {
  constructor(private readonly prisma: NotificationClient) {}

  /** Returns the holidays of Christian-era years `fromYear` to `toYear`, in date order. */
  async listYears(fromYear: number, toYear: number): Promise<HolidayRecord[]> {
    const rows = await this.prisma.holiday.findMany({
      where: { date: { gte: toDate(`${fromYear}-01-01`), lte: toDate(`${toYear}-12-31`) } },
      orderBy: { date: 'asc' },
    });

    return rows.map(toRecord);
  }

  /**
   * Replaces the holidays of one Christian-era year with `holidays` in one transaction, so a
   * year's table is never half written. Every date must fall in that year.
   */
  async replaceYear(year: number, holidays: readonly HolidayRecord[], audit: AuditContext): Promise<HolidayRecord[]> {
    const outside = holidays.find((holiday) => formatIsoDate(parseIsoDate(holiday.date)).slice(0, 4) !== String(year));

    if (outside !== undefined) {
      throw new RangeError(`Holiday ${outside.date} is not in ${year}.`);
    }

    return runInTransaction(this.prisma, async (tx) => {
      const range = { gte: toDate(`${year}-01-01`), lte: toDate(`${year}-12-31`) };
      const before = (await tx.holiday.findMany({ where: { date: range }, orderBy: { date: 'asc' } })).map(toRecord);

      await tx.holiday.deleteMany({ where: { date: range } });
      await tx.holiday.createMany({
        data: holidays.map((holiday) => ({ ...holiday, date: toDate(holiday.date), createdBy: audit.actor })),
      });
      await writeChangeLog(tx, {
        entity: 'HolidayYear',
        entityId: String(year),
        action: 'update',
        ...audit,
        changes: { holidays: { from: before, to: holidays } },
      });

      return (await tx.holiday.findMany({ where: { date: range }, orderBy: { date: 'asc' } })).map(toRecord);
    });
  }
}
