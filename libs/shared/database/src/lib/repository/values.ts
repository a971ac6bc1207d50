import { DbNull, Decimal, type InputJsonValue } from '@prisma/client/runtime/client';
import { InvalidInputError } from './repository-errors';

const decimalPattern = /^[+-]?\d+(\.\d+)?$/;
/** Scale of every `@db.Decimal(20, 4)` column. */
const decimalScale = 4;
const maxDecimal = new Decimal('1e16');
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns a stored decimal as plain decimal text (never exponent notation), or null. */
export function decimalToString(value: Decimal | null): string | null {
  return value === null ? null : value.toFixed();
}

/**
 * Checks decimal text such as `70` or `-12.5` and converts it for a Decimal(20, 4) column. The
 * value is rounded half away from zero to 4 places. Null and undefined pass through.
 */
export function toDecimal(field: string, value: string | null): Decimal | null;
export function toDecimal(field: string, value: string | null | undefined): Decimal | null | undefined;
export function toDecimal(field: string, value: string | null | undefined): Decimal | null | undefined {
  if (value === null || value === undefined) {
    return value;
  }
  if (!decimalPattern.test(value)) {
    throw new InvalidInputError(field, `"${value}"; expected ASCII digits with an optional sign and decimal point.`);
  }
  const decimal = new Decimal(value);

  if (decimal.abs().gte(maxDecimal)) {
    throw new InvalidInputError(field, `"${value}"; more than the maximum of 16 digits before the decimal point.`);
  }

  // Rounded here as PostgreSQL would round it on insert, so that comparing a new value with the
  // stored one does not report a change that storing it would undo.
  return decimal.toDecimalPlaces(decimalScale, Decimal.ROUND_HALF_UP);
}

/** Returns a `@db.Date` value as `YYYY-MM-DD`, or null. */
export function dateToIso(value: Date | null): string | null {
  return value === null ? null : value.toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD` into the UTC midnight that Prisma stores in a `date` column; null passes through. */
export function isoToDate(field: string, value: string | null): Date | null {
  if (value === null) {
    return null;
  }
  const match = isoDatePattern.exec(value);
  const date = match === null ? null : new Date(`${value}T00:00:00.000Z`);

  if (date === null || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidInputError(field, `"${value}"; expected a calendar date as YYYY-MM-DD.`);
  }

  return date;
}

/**
 * Converts a value for a nullable Json column: null becomes SQL NULL (DbNull), undefined
 * leaves the column unchanged.
 */
export function toNullableJson(value: unknown): InputJsonValue | typeof DbNull | undefined {
  if (value === undefined) {
    return undefined;
  }

  return value === null ? DbNull : toJson(value);
}

/** Converts a value to JSON that Prisma stores: Decimals as decimal text, Dates as ISO strings, undefined dropped. */
export function toJson(value: unknown): InputJsonValue {
  // JSON.stringify hands the replacer what Decimal.toJSON returned, which may use exponent
  // notation, so the replacer reads the original value from its holder instead.
  const json = JSON.stringify(value ?? null, function (this: Record<string, unknown>, key: string, item: unknown) {
    const original = this[key];

    return original instanceof Decimal ? original.toFixed() : item;
  });

  return JSON.parse(json) as InputJsonValue;
}

/**
 * Returns JSON text with object keys sorted at every level. PostgreSQL's jsonb reorders keys, so
 * a value read back compares equal to the one written only in this form.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(toJson(value), (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return item;
    }
    const keys = Object.keys(item).sort();

    return Object.fromEntries(keys.map((key) => [key, (item as Record<string, unknown>)[key]]));
  });
}
