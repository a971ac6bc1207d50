import {
  type NotificationLanguage,
  formatDisplayDate,
  formatDisplayFiscalYear,
  formatDisplayMonth,
  resolveLanguage,
} from './display-format';

describe('formatDisplayDate', () => {
  it.each<[string, NotificationLanguage, string]>([
    ['2021-01-20', 'th', '20 มกราคม 2564'],
    ['2021-01-20', 'en', '20 January 2021'],
    ['2020-10-01', 'th', '1 ตุลาคม 2563'],
    ['2024-02-29', 'en', '29 February 2024'],
    ['2024-12-31', 'th', '31 ธันวาคม 2567'],
  ])('formats %s in %s', (iso, language, expected) => {
    expect(formatDisplayDate(iso, language)).toBe(expected);
  });

  it.each<[string, NotificationLanguage]>([
    ['2021-02-30', 'th'],
    ['2021-02-30', 'en'],
    ['20-01-2021', 'en'],
    ['1940-12-31', 'th'],
  ])('rejects %s in %s', (iso, language) => {
    expect(() => formatDisplayDate(iso, language)).toThrow(RangeError);
  });
});

describe('formatDisplayMonth', () => {
  it.each<[string, NotificationLanguage, string]>([
    ['2021-01', 'th', 'มกราคม 2564'],
    ['2021-01', 'en', 'January 2021'],
    ['2020-12', 'th', 'ธันวาคม 2563'],
    ['2021-09', 'en', 'September 2021'],
  ])('formats %s in %s', (month, language, expected) => {
    expect(formatDisplayMonth(month, language)).toBe(expected);
  });

  it.each(['2021-13', '2021-00', '2021-1', '202101', '2021-01-20', ''])('rejects %p', (month) => {
    expect(() => formatDisplayMonth(month, 'en')).toThrow(`Invalid month "${month}"`);
  });
});

describe('formatDisplayFiscalYear', () => {
  it.each<[number, NotificationLanguage, string]>([
    [2564, 'th', '2564'],
    [2564, 'en', '2021'],
    [2484, 'en', '1941'],
  ])('formats %p in %s', (fiscalYear, language, expected) => {
    expect(formatDisplayFiscalYear(fiscalYear, language)).toBe(expected);
  });

  it.each([2483, 2564.5, Number.NaN])('rejects %p', (fiscalYear) => {
    expect(() => formatDisplayFiscalYear(fiscalYear, 'th')).toThrow(RangeError);
  });
});

describe('resolveLanguage', () => {
  it.each<[string | null | undefined, NotificationLanguage]>([
    ['en', 'en'],
    ['EN', 'en'],
    [' en-GB ', 'en'],
    ['en_US', 'en'],
    ['th', 'th'],
    ['th-TH', 'th'],
    ['fr', 'th'],
    ['eng', 'th'],
    ['', 'th'],
    [null, 'th'],
    [undefined, 'th'],
  ])('resolves %p to %s', (preferred, expected) => {
    expect(resolveLanguage(preferred)).toBe(expected);
  });
});
