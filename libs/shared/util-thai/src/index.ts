export {
  BUDDHIST_ERA_OFFSET,
  FIRST_CONVERTIBLE_BE_YEAR,
  FIRST_CONVERTIBLE_CE_YEAR,
  toBuddhistYear,
  toChristianYear,
} from './lib/buddhist-era.util';
export {
  type CalendarDate,
  type DateInput,
  daysInMonth,
  formatIsoDate,
  isValidCalendarDate,
  parseIsoDate,
  toBangkokCalendarDate,
  toBangkokIsoDate,
} from './lib/calendar-date.util';
export {
  type FiscalPeriod,
  type FiscalQuarter,
  type IsoDateRange,
  fiscalPeriodOf,
  fiscalPeriodOfCalendarDate,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
} from './lib/fiscal-period.util';
export { type ParsedNumber, parseThaiNumber, thaiDigitsToAscii } from './lib/thai-digits.util';
export { SARA_AM_REPAIRS, type SaraAmRepair } from './lib/sara-am-repairs.data';
export {
  type ThaiNormalizer,
  createThaiNormalizer,
  normalizeThai,
  thaiTextEquals,
} from './lib/thai-text.util';
export { compareThai, segmentThaiWords, sortThai, thaiSortKey } from './lib/thai-collation.util';
export {
  THAI_MONTHS,
  THAI_MONTH_PATTERN,
  type ThaiMonth,
  thaiMonthNumber,
} from './lib/thai-months.data';
export type {
  AmbiguousNoteDate,
  InvalidNoteDate,
  NoteDate,
  NoteDateFormat,
  NoteDateValue,
} from './lib/note-date.types';
export { NOTE_DATE_PATTERN, parseNoteDate } from './lib/note-date.parser';
export { resolveNoteDates } from './lib/note-date-sequence.util';
export { formatThaiDate, formatThaiDateShort } from './lib/thai-date.formatter';
export { statesTargetMet } from './lib/thai-narrative.util';
export { FIXED_THAI_HOLIDAYS, type FixedDateHoliday } from './lib/thai-holidays.data';
export {
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
} from './lib/working-days.util';
export { csvFormulaSafe, csvSafeCast } from './lib/spreadsheet-cell.util';
