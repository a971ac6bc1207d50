import { THAI_MONTHS, formatThaiDate, toBuddhistYear } from '@bma-kpi/util-thai';

/** Stable codes of the calendar rules, for callers to branch on instead of the text. */
export type CalendarRejectionCode =
  | 'WINDOW_CLOSED'
  | 'WINDOW_NOT_OPEN'
  | 'ROUND_SIGNED_OFF'
  | 'INVALID_MONTH'
  | 'INVALID_INSTANT'
  | 'INVALID_ROUND'
  | 'INVALID_CALENDAR_CONFIG';

/** The calendar rule a request breaks, in Thai and English, with the dates a caller can act on. */
export interface CalendarRejection {
  code: CalendarRejectionCode;
  th: string;
  en: string;
  /** Last day, `YYYY-MM-DD` in Bangkok, on which the entry was accepted, for WINDOW_CLOSED. */
  deadline?: string;
  /** First instant, ISO in UTC, at which the entry is no longer accepted, for WINDOW_CLOSED. */
  closesAt?: string;
  /** First instant, ISO in UTC, at which the entry is accepted, for WINDOW_NOT_OPEN. */
  opensAt?: string;
  /** Instant of the round's sign-off, ISO, for ROUND_SIGNED_OFF. */
  signedOffAt?: string;
  /** The invalid setting, for INVALID_CALENDAR_CONFIG. */
  field?: string;
}

/** Builds a rejection from its code, its two texts and its data fields. */
export function calendarRejection(
  code: CalendarRejectionCode,
  th: string,
  en: string,
  details: Omit<CalendarRejection, 'code' | 'th' | 'en'> = {},
): CalendarRejection {
  return { code, th, en, ...details };
}

/** Formats a `YYYY-MM` month for Thai readers: `2020-10` → `ตุลาคม 2563`. */
export function thaiMonthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);

  return `${THAI_MONTHS[monthNumber - 1].name} ${toBuddhistYear(year)}`;
}

/** Builds WINDOW_CLOSED for progress of a month whose deadline has passed. */
export function windowClosed(month: string, deadline: string, closesAt: string): CalendarRejection {
  return calendarRejection(
    'WINDOW_CLOSED',
    `หมดเวลาบันทึกผลการดำเนินงานของเดือน${thaiMonthLabel(month)} แล้ว ` +
      `บันทึกได้ถึงสิ้นวันที่ ${formatThaiDate(deadline)} เวลากรุงเทพฯ ` +
      'หากต้องการบันทึกเพิ่ม โปรดติดต่อ สยป.',
    `Progress for ${month} is no longer accepted: the entry window closed at the end of ` +
      `${deadline}, Bangkok time. Ask the evaluation department to extend the round.`,
    { deadline, closesAt },
  );
}

/** Builds WINDOW_NOT_OPEN for progress of a month that has not begun yet. */
export function windowNotOpen(month: string, firstDay: string, opensAt: string): CalendarRejection {
  return calendarRejection(
    'WINDOW_NOT_OPEN',
    `ยังบันทึกผลการดำเนินงานของเดือน${thaiMonthLabel(month)} ไม่ได้ ` +
      `เริ่มบันทึกได้ตั้งแต่วันที่ ${formatThaiDate(firstDay)} เวลากรุงเทพฯ`,
    `Progress for ${month} is not accepted yet: entry opens on ${firstDay}, Bangkok time.`,
    { opensAt },
  );
}

/** Builds ROUND_SIGNED_OFF for a change to a round whose results are locked. */
export function roundSignedOff(
  fiscalYear: number,
  quarter: number,
  signedOffAt: string,
  signedOffDate: string,
): CalendarRejection {
  return calendarRejection(
    'ROUND_SIGNED_OFF',
    `รอบการประเมินไตรมาสที่ ${quarter} ปีงบประมาณ ${fiscalYear} รับรองผลแล้วเมื่อวันที่ ` +
      `${formatThaiDate(signedOffDate)} จึงแก้ไขผลการดำเนินงานไม่ได้`,
    `Round FY${fiscalYear} Q${quarter} was signed off on ${signedOffDate}, so its progress is ` +
      'locked and cannot be changed.',
    { signedOffAt },
  );
}

/** Builds INVALID_MONTH for a month that is not an existing `YYYY-MM`. */
export function invalidMonth(month: unknown): CalendarRejection {
  return calendarRejection(
    'INVALID_MONTH',
    `เดือน "${String(month)}" ไม่ถูกต้อง ให้ระบุเป็นปี ค.ศ. และเดือนในรูปแบบ YYYY-MM เช่น 2020-10`,
    `Invalid month "${String(month)}": expected a Common Era YYYY-MM month such as 2020-10, ` +
      'in fiscal year 2485 or later.',
  );
}

/** Builds INVALID_INSTANT for a time that is not an ISO timestamp with an offset. */
export function invalidInstant(name: string, instant: unknown): CalendarRejection {
  return calendarRejection(
    'INVALID_INSTANT',
    `เวลา ${name} "${String(instant)}" ไม่ถูกต้อง ให้ระบุเป็น ISO 8601 พร้อมเขตเวลา เช่น 2020-11-15T09:00:00+07:00`,
    `Invalid ${name} "${String(instant)}": expected an ISO 8601 timestamp with Z or an offset, ` +
      'such as 2020-11-15T09:00:00+07:00.',
  );
}

/** Builds INVALID_ROUND for a fiscal year or quarter that names no round. */
export function invalidRound(fiscalYear: unknown, quarter: unknown): CalendarRejection {
  return calendarRejection(
    'INVALID_ROUND',
    `รอบการประเมินปีงบประมาณ ${String(fiscalYear)} ไตรมาส ${String(quarter)} ไม่ถูกต้อง ` +
      'ให้ระบุปีงบประมาณเป็น พ.ศ. ตั้งแต่ 2485 และไตรมาส 1 ถึง 4',
    `Invalid round: fiscal year ${String(fiscalYear)}, quarter ${String(quarter)}. ` +
      'Expected a Buddhist-era fiscal year from 2485 and a quarter from 1 to 4.',
  );
}
