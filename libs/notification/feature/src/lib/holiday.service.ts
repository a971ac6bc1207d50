import { Injectable } from '@nestjs/common';

import type { HolidayListResponse, ListHolidaysRequest, ReplaceHolidaysRequest } from '@bma-kpi/contracts-notification';
import { ValidationFailedException } from '@bma-kpi/errors';
import { HolidayRepository, type HolidayRecord } from '@bma-kpi/notification-data-access';
import { formatThaiDate, isValidCalendarDate } from '@bma-kpi/util-thai';

import type { RequestMeta } from './request-meta';

function toResponse(items: HolidayRecord[]): HolidayListResponse {
  return { items: items.map((holiday) => ({ ...holiday, dateTh: formatThaiDate(holiday.date) })) };
}

/** Returns the field error of the first holiday that is no real date of `year`, or null. */
function findBadDate(request: ReplaceHolidaysRequest): { field: string; date: string } | null {
  for (const [index, holiday] of request.holidays.entries()) {
    const [year, month, day] = holiday.date.split('-').map(Number);

    if (year !== request.year || !isValidCalendarDate(year, month ?? 0, day ?? 0)) {
      return { field: `holidays.${index}.date`, date: holiday.date };
    }
  }

  return null;
}

/** Keeps the holiday table that reminders skip, one Christian-era year at a time. */
@Injectable()
export class HolidayService {
  constructor(private readonly holidays: HolidayRepository) {}

  async list(request: ListHolidaysRequest): Promise<HolidayListResponse> {
    const toYear = request.toYear ?? request.fromYear;

    if (toYear < request.fromYear) {
      throw new ValidationFailedException([
        {
          field: 'toYear',
          rule: 'notBeforeFromYear',
          messageTh: `toYear (${toYear}) ต้องไม่น้อยกว่า fromYear (${request.fromYear})`,
          messageEn: `toYear (${toYear}) must not be before fromYear (${request.fromYear}).`,
        },
      ]);
    }

    return toResponse(await this.holidays.listYears(request.fromYear, toYear));
  }

  /** Replaces a year's holidays; a date outside the year, or a date given twice, is a 400 naming it. */
  async replace(request: ReplaceHolidaysRequest, meta: RequestMeta): Promise<HolidayListResponse> {
    const bad = findBadDate(request);

    if (bad !== null) {
      throw new ValidationFailedException([
        {
          field: bad.field,
          rule: 'dateInYear',
          messageTh: `${bad.field} (${bad.date}) ต้องเป็นวันที่จริงในปี ค.ศ. ${request.year}`,
          messageEn: `${bad.field} (${bad.date}) must be a real date in ${request.year}.`,
        },
      ]);
    }
    const dates = request.holidays.map((holiday) => holiday.date);
    const repeated = dates.findIndex((date, index) => dates.indexOf(date) !== index);

    if (repeated >= 0) {
      throw new ValidationFailedException([
        {
          field: `holidays.${repeated}.date`,
          rule: 'unique',
          messageTh: `วันที่ ${dates[repeated] ?? ''} ซ้ำ แต่ละวันมีได้หนึ่งรายการ`,
          messageEn: `Date ${dates[repeated] ?? ''} is given twice; each date may appear once.`,
        },
      ]);
    }
    const holidays = request.holidays.map((holiday) => ({ ...holiday, substitution: holiday.substitution === true }));

    return toResponse(await this.holidays.replaceYear(request.year, holidays, meta));
  }
}
