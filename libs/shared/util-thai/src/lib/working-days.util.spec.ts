import {
  type Holiday,
  HolidayCalendar,
  addWorkingDays,
  fixedThaiHolidays,
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  withSubstitutionDays,
  workingDaysBetween,
} from './working-days.util';

// Reference helpers built on Date in UTC, independent of the day-number arithmetic under test.
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

function utcDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  const instant = new Date(Date.UTC(2000, 0, 1));

  // Date.UTC alone would read the years 0–99 as 1900–1999.
  instant.setUTCFullYear(year, month - 1, day);

  return instant;
}

function weekdayOf(iso: string): (typeof WEEKDAY_NAMES)[number] {
  return WEEKDAY_NAMES[utcDate(iso).getUTCDay()];
}

function shiftDays(iso: string, days: number): string {
  const instant = utcDate(iso);

  instant.setUTCDate(instant.getUTCDate() + days);

  return instant.toISOString().slice(0, 10);
}

function isWorkingDayByStepping(iso: string, calendar: HolidayCalendar): boolean {
  const weekday = utcDate(iso).getUTCDay();

  return weekday !== 0 && weekday !== 6 && !calendar.isHoliday(iso);
}

function addWorkingDaysByStepping(iso: string, n: number, calendar: HolidayCalendar): string {
  const step = n < 0 ? -1 : 1;
  let date = iso;
  let remaining = Math.abs(n);

  if (n === 0) {
    while (!isWorkingDayByStepping(date, calendar)) {
      date = shiftDays(date, 1);
    }

    return date;
  }
  while (remaining > 0) {
    date = shiftDays(date, step);
    if (isWorkingDayByStepping(date, calendar)) {
      remaining -= 1;
    }
  }

  return date;
}

function countWorkingDaysByStepping(from: string, to: string, calendar: HolidayCalendar): number {
  const [start, end, sign] = from <= to ? ([from, to, 1] as const) : ([to, from, -1] as const);
  let count = 0;

  for (let date = shiftDays(start, 1); date <= end; date = shiftDays(date, 1)) {
    if (isWorkingDayByStepping(date, calendar)) {
      count += 1;
    }
  }

  return sign * count;
}

function testHoliday(date: string): Holiday {
  return { date, nameTh: 'ทดสอบ', nameEn: 'Test holiday' };
}

function substitutionDates(holidays: readonly Holiday[]): string[] {
  return holidays.filter((holiday) => holiday.substitution === true).map((holiday) => holiday.date);
}

const calendar2023To2029 = new HolidayCalendar(
  [2023, 2024, 2025, 2026, 2027, 2028, 2029].flatMap((year) => fixedThaiHolidays(year)),
);

describe('isWeekend', () => {
  it.each([
    ['0001-01-01', 'Monday'],
    ['1969-12-31', 'Wednesday'],
    ['1970-01-01', 'Thursday'],
    ['2000-01-01', 'Saturday'],
    ['2024-02-29', 'Thursday'],
    ['2027-12-31', 'Friday'],
    ['2028-01-01', 'Saturday'],
    ['2028-01-02', 'Sunday'],
    ['2028-01-03', 'Monday'],
    ['9999-12-31', 'Friday'],
  ])('%s is a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
    expect(isWeekend(date)).toBe(weekday === 'Saturday' || weekday === 'Sunday');
  });

  it('matches Date.UTC for every day of 1990–2040', () => {
    const mismatches: string[] = [];

    for (let date = '1990-01-01'; date <= '2040-12-31'; date = shiftDays(date, 1)) {
      const weekday = utcDate(date).getUTCDay();

      if (isWeekend(date) !== (weekday === 0 || weekday === 6)) {
        mismatches.push(date);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-1-1',
    '24-01-01',
    '',
    '2024-01-01T00:00Z',
  ])('rejects %j', (date) => {
    expect(() => isWeekend(date)).toThrow(RangeError);
    expect(() => isWeekend(date)).toThrow(`"${date}"`);
  });
});

describe('HolidayCalendar', () => {
  const newYear = testHoliday('2030-01-01');
  const laterSameDay = { ...testHoliday('2030-01-01'), nameEn: 'Second test holiday' };
  const march = testHoliday('2030-03-05');

  it('holidays() sorts stably by date', () => {
    const calendar = new HolidayCalendar([march, newYear, laterSameDay]);

    expect(calendar.holidays()).toEqual([newYear, laterSameDay, march]);
  });

  it.each([
    ['2030-01-01', true],
    ['2030-03-05', true],
    ['2030-01-02', false],
    ['2031-01-01', false],
  ])('isHoliday(%s) is %s', (date, expected) => {
    const calendar = new HolidayCalendar([newYear, march]);

    expect(calendar.isHoliday(date)).toBe(expected);
  });

  it('holidayOn returns the first given', () => {
    const calendar = new HolidayCalendar([newYear, laterSameDay]);

    expect(calendar.holidayOn('2030-01-01')).toEqual(newYear);
    expect(calendar.holidayOn('2030-01-02')).toBeUndefined();
  });

  it('keeps its own copies of the holidays', () => {
    const original = testHoliday('2030-01-01');
    const calendar = new HolidayCalendar([original]);

    original.date = '2030-01-02';

    expect(calendar.isHoliday('2030-01-01')).toBe(true);
    expect(calendar.isHoliday('2030-01-02')).toBe(false);
    expect(Object.isFrozen(calendar.holidays())).toBe(true);
    expect(Object.isFrozen(calendar.holidays()[0])).toBe(true);
  });

  it.each(['2030-02-29', '2030-1-01', '01/01/2030', undefined])(
    'constructor rejects the date %j',
    (date) => {
      const holidays = [newYear, { ...march, date: date as string }];

      expect(() => new HolidayCalendar(holidays)).toThrow(RangeError);
      expect(() => new HolidayCalendar(holidays)).toThrow(`"${String(date)}"`);
    },
  );

  it('lookups reject an invalid date', () => {
    const calendar = new HolidayCalendar([newYear]);

    expect(() => calendar.isHoliday('2030-02-29')).toThrow(RangeError);
    expect(() => calendar.holidayOn('2030-00-10')).toThrow('"2030-00-10"');
  });
});

describe('fixedThaiHolidays', () => {
  it.each([2020, 2024, 2030, 2045])('lists every fixed holiday of %i', (year) => {
    const observed = fixedThaiHolidays(year).filter((holiday) => holiday.substitution !== true);

    expect(observed.map((holiday) => holiday.date.slice(5))).toEqual([
      '01-01',
      '04-06',
      '04-13',
      '04-14',
      '04-15',
      '05-04',
      '06-03',
      '07-28',
      '08-12',
      '10-13',
      '10-23',
      '12-05',
      '12-10',
      '12-31',
    ]);
    expect(observed.every((holiday) => holiday.date.startsWith(`${year}-`))).toBe(true);
  });

  it('names holidays in Thai and English', () => {
    const holidays = fixedThaiHolidays(2026);

    expect(holidays[0]).toEqual({
      date: '2026-01-01',
      nameTh: 'วันขึ้นปีใหม่',
      nameEn: "New Year's Day",
    });
    expect(holidays.find((holiday) => holiday.date === '2026-10-23')?.nameTh).toBe('วันปิยมหาราช');
  });

  // [substitution day, weekend holiday it replaces, reasoning]
  const substitutions: Record<number, [string, string, string][]> = {
    2022: [
      ['2022-01-03', '2022-01-01', 'next Monday'],
      ['2022-10-24', '2022-10-23', 'next Monday'],
      ['2022-12-12', '2022-12-10', 'next Monday'],
      // 2022-12-31 is a Saturday, but its day falls in 2023 and belongs to that year.
    ],
    2023: [
      ['2023-01-02', '2022-12-31', 'previous year, next Monday'],
      ['2023-01-03', '2023-01-01', 'Monday 2 Jan is taken by 31 Dec'],
      ['2023-04-17', '2023-04-15', 'next Monday'],
      ['2023-06-05', '2023-06-03', 'next Monday'],
      ['2023-08-14', '2023-08-12', 'next Monday'],
      ['2023-12-11', '2023-12-10', 'next Monday'],
    ],
    2024: [
      ['2024-01-02', '2023-12-31', 'Monday 1 Jan is New Year'],
      ['2024-04-08', '2024-04-06', 'next Monday'],
      ['2024-04-16', '2024-04-13', 'Monday 15 Apr is Songkran'],
      ['2024-04-17', '2024-04-14', '15 is Songkran, 16 is taken by 13'],
      ['2024-05-06', '2024-05-04', 'next Monday'],
      ['2024-07-29', '2024-07-28', 'next Monday'],
      ['2024-10-14', '2024-10-13', 'next Monday'],
    ],
    2025: [
      ['2025-04-07', '2025-04-06', 'next Monday'],
      ['2025-04-16', '2025-04-13', 'Monday and Tuesday are Songkran'],
      ['2025-05-05', '2025-05-04', 'next Monday'],
    ],
    2027: [
      ['2027-10-25', '2027-10-23', 'next Monday'],
      ['2027-12-06', '2027-12-05', 'next Monday'],
    ],
    2028: [
      ['2028-01-03', '2028-01-01', 'next Monday'],
      ['2028-04-17', '2028-04-15', 'next Monday'],
      ['2028-06-05', '2028-06-03', 'next Monday'],
      ['2028-08-14', '2028-08-12', 'next Monday'],
      ['2028-12-11', '2028-12-10', 'next Monday'],
    ],
    2029: [
      ['2029-01-02', '2028-12-31', 'Monday 1 Jan is New Year'],
      ['2029-04-16', '2029-04-14', 'next Monday'],
      ['2029-04-17', '2029-04-15', 'Monday is taken by 14 Apr'],
      ['2029-06-04', '2029-06-03', 'next Monday'],
      ['2029-07-30', '2029-07-28', 'next Monday'],
      ['2029-08-13', '2029-08-12', 'next Monday'],
      ['2029-10-15', '2029-10-13', 'next Monday'],
    ],
  };

  it.each(Object.entries(substitutions))('%s has the expected substitution days', (year, rows) => {
    expect(substitutionDates(fixedThaiHolidays(Number(year)))).toEqual(rows.map(([day]) => day));
  });

  it.each(Object.values(substitutions).flat())(
    '%s replaces %s (%s)',
    (substitutionDay, weekendHoliday) => {
      const year = Number(substitutionDay.slice(0, 4));
      const substitute = fixedThaiHolidays(year).find(
        (holiday) => holiday.date === substitutionDay,
      );
      const source = fixedThaiHolidays(Number(weekendHoliday.slice(0, 4))).find(
        (holiday) => holiday.date === weekendHoliday,
      );

      expect(['Saturday', 'Sunday']).toContain(weekdayOf(weekendHoliday));
      expect(['Saturday', 'Sunday']).not.toContain(weekdayOf(substitutionDay));
      expect(substitute).toEqual({
        date: substitutionDay,
        nameTh: `วันหยุดชดเชย${source?.nameTh}`,
        nameEn: `Substitution for ${source?.nameEn}`,
        substitution: true,
      });
    },
  );

  it('names a Songkran substitution day', () => {
    const substitute = fixedThaiHolidays(2024).find((holiday) => holiday.date === '2024-04-16');

    expect(substitute?.nameTh).toBe('วันหยุดชดเชยวันสงกรานต์');
    expect(substitute?.nameEn).toBe('Substitution for Songkran');
  });

  it('gives 2026 no substitution day in January', () => {
    // 2025-12-31 is a Wednesday and 2026-01-01 a Thursday.
    expect(weekdayOf('2025-12-31')).toBe('Wednesday');
    expect(substitutionDates(fixedThaiHolidays(2026))).toEqual(['2026-12-07']);
  });

  it.each([0, 9999, 2024.5, Number.NaN])('rejects the year %p', (year) => {
    expect(() => fixedThaiHolidays(year)).toThrow(RangeError);
  });

  it('accepts the first and last supported years', () => {
    expect(fixedThaiHolidays(1)[0].date).toBe('0001-01-01');
    expect(fixedThaiHolidays(9998).at(-1)?.date).toBe('9998-12-31');
  });
});

describe('withSubstitutionDays', () => {
  it('chains substitution days past a holiday block', () => {
    // Saturday, Sunday and Monday are holidays, Tuesday is free, Wednesday is a holiday.
    const holidays = ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-11'].map(testHoliday);

    expect(holidays.map((holiday) => weekdayOf(holiday.date))).toEqual([
      'Saturday',
      'Sunday',
      'Monday',
      'Wednesday',
    ]);
    expect(substitutionDates(withSubstitutionDays(holidays))).toEqual(['2026-03-10', '2026-03-12']);
  });

  it('one substitution per weekend date', () => {
    const holidays = [testHoliday('2026-03-07'), { ...testHoliday('2026-03-07'), nameEn: 'Other' }];

    expect(substitutionDates(withSubstitutionDays(holidays))).toEqual(['2026-03-09']);
  });

  it('lunar holiday moves fixed substitution', () => {
    // 2026-12-05 is a Saturday, so its substitution day would be Monday 2026-12-07.
    const lunar = testHoliday('2026-12-07');
    const holidays = withSubstitutionDays([...fixedThaiHolidays(2026), lunar]);
    const december = holidays.filter((holiday) => holiday.date.startsWith('2026-12'));

    expect(december.map((holiday) => holiday.date)).toEqual([
      '2026-12-05',
      '2026-12-07',
      '2026-12-08',
      '2026-12-10',
      '2026-12-31',
    ]);
    expect(december[1]).toEqual(lunar);
    expect(december[2].substitution).toBe(true);
  });

  it('weekend lunar holiday gets substitution', () => {
    // Sunday 2027-05-02 is a fictional holiday. Monday 3 May is the next free weekday.
    const holidays = withSubstitutionDays([...fixedThaiHolidays(2027), testHoliday('2027-05-02')]);

    expect(weekdayOf('2027-05-02')).toBe('Sunday');
    expect(holidays.find((holiday) => holiday.date === '2027-05-03')).toEqual({
      date: '2027-05-03',
      nameTh: 'วันหยุดชดเชยทดสอบ',
      nameEn: 'Substitution for Test holiday',
      substitution: true,
    });
  });

  it('keeps a caller substitution day', () => {
    const callerSubstitution = { ...testHoliday('2026-03-09'), substitution: true };
    const holidays = withSubstitutionDays([testHoliday('2026-03-07'), callerSubstitution]);

    expect(holidays).toEqual([testHoliday('2026-03-07'), callerSubstitution]);
  });

  it('drops substitution day on holiday', () => {
    const callerSubstitution = { ...testHoliday('2026-03-09'), substitution: true };
    const holidays = withSubstitutionDays([callerSubstitution, testHoliday('2026-03-09')]);

    expect(holidays).toEqual([testHoliday('2026-03-09')]);
  });

  it.each([2020, 2021, 2022, 2023, 2024, 2025, 2028, 2029, 2033, 2040])(
    'keeps fixedThaiHolidays(%i) unchanged',
    (year) => {
      const holidays = fixedThaiHolidays(year);
      const again = withSubstitutionDays(holidays);

      expect(again.filter((holiday) => holiday.date.startsWith(`${year}-`))).toEqual(holidays);
    },
  );

  it('keeps consecutive years unchanged', () => {
    const holidays = [2022, 2023, 2024].flatMap((year) => fixedThaiHolidays(year));

    expect(withSubstitutionDays(holidays)).toEqual(holidays);
  });

  it('is idempotent with lunar holidays', () => {
    const once = withSubstitutionDays([...fixedThaiHolidays(2026), testHoliday('2026-12-07')]);

    expect(withSubstitutionDays(once)).toEqual(once);
  });

  it('does not change its input', () => {
    const holidays = [testHoliday('2026-03-07')];

    withSubstitutionDays(holidays);

    expect(holidays).toEqual([testHoliday('2026-03-07')]);
  });

  it('rejects an invalid date', () => {
    expect(() => withSubstitutionDays([testHoliday('2026-02-29')])).toThrow(RangeError);
    expect(() => withSubstitutionDays([testHoliday('2026-02-29')])).toThrow('"2026-02-29"');
  });
});

describe('working days', () => {
  const weekendsOnly = new HolidayCalendar([]);

  it.each([
    ['2026-03-06', 'Friday', true, 'no holiday'],
    ['2026-03-07', 'Saturday', false, 'weekend'],
    ['2027-12-31', 'Friday', false, "New Year's Eve"],
    ['2028-01-03', 'Monday', false, "substitution for New Year's Day"],
    ['2028-01-04', 'Tuesday', true, 'after the New Year block'],
    ['2024-04-16', 'Tuesday', false, 'substitution for Songkran'],
    ['2024-04-18', 'Thursday', true, 'after the Songkran block'],
  ])('%s, a %s, working is %s (%s)', (date, weekday, expected) => {
    expect(weekdayOf(date)).toBe(weekday);
    expect(isWorkingDay(date, calendar2023To2029)).toBe(expected);
  });

  it.each([
    ['2026-03-06', 1, '2026-03-09', 'Friday to Monday over a weekend'],
    ['2026-03-09', -1, '2026-03-06', 'Monday back to Friday'],
    ['2027-12-30', 1, '2028-01-04', 'New Year block: Fri 31, weekend, Mon 3 substitution'],
    ['2028-01-04', -1, '2027-12-30', 'New Year block backwards'],
    ['2024-04-12', 1, '2024-04-18', 'Songkran block: Sat 13 to Wed 17'],
    ['2024-04-18', -1, '2024-04-12', 'Songkran block backwards'],
    ['2024-04-05', 5, '2024-04-18', 'Chakri and Songkran blocks'],
    ['2024-04-18', -5, '2024-04-05', 'Chakri and Songkran blocks backwards'],
    ['2024-04-13', -1, '2024-04-12', 'Saturday minus 1 is the Friday before'],
    ['2024-04-13', 1, '2024-04-18', 'Saturday plus 1 skips the block'],
    ['2024-04-13', 0, '2024-04-18', 'zero from a holiday moves to the next working day'],
    ['2024-04-12', 0, '2024-04-12', 'zero from a working day stays'],
    ['2024-01-02', -1, '2023-12-29', 'substitution days in early January'],
  ])('%s plus %p working days is %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(date, n, calendar2023To2029)).toBe(expected);
  });

  it.each([
    ['2026-03-06', '2026-03-09', 1],
    ['2026-03-07', '2026-03-08', 0],
    ['2026-03-09', '2026-03-09', 0],
    ['2024-04-12', '2024-04-18', 1],
    ['2024-04-11', '2024-04-19', 3],
    ['2027-12-30', '2028-01-04', 1],
    ['2023-12-29', '2024-01-03', 1],
    ['2024-01-01', '2024-12-31', 247],
  ])('workingDaysBetween(%s, %s) is %i both ways', (from, to, expected) => {
    expect(workingDaysBetween(from, to, calendar2023To2029)).toBe(expected);
    expect(workingDaysBetween(to, from, calendar2023To2029)).toBe(0 - expected);
  });

  it('counts 2024 like a day-by-day walk', () => {
    expect(workingDaysBetween('2023-12-31', '2024-12-31', calendar2023To2029)).toBe(
      countWorkingDaysByStepping('2023-12-31', '2024-12-31', calendar2023To2029),
    );
  });

  it.each([
    ['2027-12-31', '2028-01-04', '2027-12-30'],
    ['2024-04-13', '2024-04-18', '2024-04-12'],
    ['2024-04-12', '2024-04-12', '2024-04-12'],
  ])('around %s the next is %s and the previous %s', (date, next, previous) => {
    expect(nextWorkingDay(date, calendar2023To2029)).toBe(next);
    expect(previousWorkingDay(date, calendar2023To2029)).toBe(previous);
  });

  it('skips only weekends with an empty calendar', () => {
    expect(addWorkingDays('2027-12-30', 1, weekendsOnly)).toBe('2027-12-31');
    expect(workingDaysBetween('2027-12-30', '2028-01-04', weekendsOnly)).toBe(3);
  });

  it('uses lunar holidays from the caller', () => {
    const lunar = testHoliday('2026-12-07');
    const withLunar = new HolidayCalendar(
      withSubstitutionDays([...fixedThaiHolidays(2026), lunar]),
    );
    const withoutLunar = new HolidayCalendar(fixedThaiHolidays(2026));

    // Friday 4 Dec; Saturday 5 Dec is Father's Day, whose substitution day moves to Tuesday.
    expect(addWorkingDays('2026-12-04', 1, withoutLunar)).toBe('2026-12-08');
    expect(addWorkingDays('2026-12-04', 1, withLunar)).toBe('2026-12-09');
    expect(withLunar.holidayOn('2026-12-07')?.nameTh).toBe('ทดสอบ');
  });

  it('addWorkingDays matches a day-by-day walk', () => {
    const mismatches: string[] = [];

    for (let date = '2023-12-20'; date <= '2025-01-10'; date = shiftDays(date, 1)) {
      for (let n = -15; n <= 15; n += 1) {
        const actual = addWorkingDays(date, n, calendar2023To2029);
        const expected = addWorkingDaysByStepping(date, n, calendar2023To2029);

        if (actual !== expected) {
          mismatches.push(`${date} ${n}: ${actual} instead of ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('workingDaysBetween matches a day-by-day walk', () => {
    const mismatches: string[] = [];

    for (let from = '2023-12-20'; from <= '2025-01-10'; from = shiftDays(from, 1)) {
      for (let offset = -30; offset <= 30; offset += 3) {
        const to = shiftDays(from, offset);
        const actual = workingDaysBetween(from, to, calendar2023To2029);
        const expected = countWorkingDaysByStepping(from, to, calendar2023To2029);

        if (actual !== expected) {
          mismatches.push(`${from}..${to}: ${actual} instead of ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('counts back added working days', () => {
    const mismatches: string[] = [];

    for (let date = '2024-03-25'; date <= '2024-05-10'; date = shiftDays(date, 1)) {
      for (let n = -12; n <= 12; n += 1) {
        const countsBack = n > 0 || (n < 0 && isWorkingDay(date, calendar2023To2029));
        const result = addWorkingDays(date, n, calendar2023To2029);

        if (countsBack && workingDaysBetween(date, result, calendar2023To2029) !== n) {
          mismatches.push(`${date} ${n}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('adds a million working days', () => {
    const result = addWorkingDays('2024-01-03', 1_000_000, calendar2023To2029);

    expect(isWorkingDay(result, calendar2023To2029)).toBe(true);
    expect(workingDaysBetween('2024-01-03', result, calendar2023To2029)).toBe(1_000_000);
    expect(addWorkingDays(result, -1_000_000, calendar2023To2029)).toBe('2024-01-03');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects n = %p', (n) => {
    expect(() => addWorkingDays('2024-01-02', n, calendar2023To2029)).toThrow(RangeError);
  });

  it('rejects results outside the years 0000–9999', () => {
    expect(() => addWorkingDays('9999-12-30', 2, weekendsOnly)).toThrow(RangeError);
    expect(() => addWorkingDays('0000-01-04', -5, weekendsOnly)).toThrow(RangeError);
    expect(() => nextWorkingDay('9999-12-31', weekendsOnly)).not.toThrow();
  });

  it('rejects invalid dates', () => {
    expect(() => addWorkingDays('2024-02-30', 1, calendar2023To2029)).toThrow('"2024-02-30"');
    expect(() => workingDaysBetween('2024-01-01', '2024-1-2', calendar2023To2029)).toThrow(
      RangeError,
    );
    expect(() => nextWorkingDay('2024-04-31', calendar2023To2029)).toThrow(RangeError);
    expect(() => previousWorkingDay('', calendar2023To2029)).toThrow(RangeError);
    expect(() => isWorkingDay('2024/04/01', calendar2023To2029)).toThrow(RangeError);
  });
});
