import { InvalidInputError } from '@bma-kpi/database';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// ISO 8601 date and time with seconds optional and a mandatory Z or numeric offset, because an
// instant without a zone would be read in the server's time zone.
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Checks a Buddhist-era fiscal year from 2400 to 2800, which rejects the common mistake of a Christian-era year such as 2024. */
export function checkFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2400 || fiscalYear > 2800) {
    throw new InvalidInputError('fiscalYear', `${fiscalYear}; expected a Buddhist-era year such as 2567.`);
  }
}

/** Checks a fiscal quarter number. */
export function checkQuarter(quarter: number): void {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new InvalidInputError('quarter', `${quarter}; expected 1, 2, 3 or 4 (quarter 1 is October to December).`);
  }
}

/** Checks a UUID in its usual text form. */
export function checkUuid(field: string, value: string): void {
  if (!uuidPattern.test(value)) {
    throw new InvalidInputError(field, `"${value}"; expected a UUID such as 0b6f5c1e-8d2a-4c3b-9e7f-1a2b3c4d5e6f.`);
  }
}

/** Checks that a text value is not empty or only white space. */
export function checkText(field: string, value: string): void {
  if (value.trim() === '') {
    throw new InvalidInputError(field, 'empty; expected a non-blank text.');
  }
}

/** Checks an expected version that a caller read from a row. */
export function checkVersion(field: string, version: number): void {
  if (!Number.isInteger(version) || version < 1) {
    throw new InvalidInputError(field, `${version}; expected the row's version, an integer of at least 1.`);
  }
}

/** Parses an ISO 8601 instant with a zone, e.g. `2021-01-10T23:59:59+07:00`. Null and undefined pass through. */
export function parseInstant(field: string, value: string | null | undefined): Date | null | undefined {
  if (value === null || value === undefined) {
    return value;
  }
  const date = instantPattern.test(value) ? new Date(value) : null;

  if (date === null || Number.isNaN(date.getTime())) {
    throw new InvalidInputError(field, `"${value}"; expected an ISO 8601 instant with a zone, e.g. 2021-01-10T23:59:59+07:00.`);
  }

  return date;
}

/** Returns a Date as ISO 8601 text, or null. */
export function instantToIso(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}
