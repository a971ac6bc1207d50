import { IsISO8601, IsNumber, Matches, Max, Min } from 'class-validator';

/**
 * Largest magnitude of a target, result or planned value. Values are stored as DECIMAL(20, 4),
 * which has room for 16 integer digits, so larger numbers would overflow the column.
 */
export const maxMeasuredValue = 1e15;

// class-validator runs a property's constraints in the order they are registered and, with
// stopAtFirstError, reports the first that fails, so the type check is registered first.

/** Accepts a finite number with at most 4 decimals and at most 16 integer digits. */
export function IsMeasuredValue(): PropertyDecorator {
  return (target, key) => {
    IsNumber(
      { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 },
      { message: '$property must be a number with at most 4 decimals' },
    )(target, key);
    Min(-maxMeasuredValue)(target, key);
    Max(maxMeasuredValue)(target, key);
  };
}

/** Christian-era years 1941 to 2156: from the first year with a fixed Buddhist-era offset to the last one within fiscal year 2700. */
const christianEraYear = /^(194[1-9]|19[5-9]\d|20\d\d|21[0-4]\d|215[0-6])-/;

/**
 * Accepts a calendar date written `YYYY-MM-DD` (ISO 8601, Christian era). A Buddhist-era year,
 * the likeliest mistake, is 543 years later and gets its own message.
 */
export function IsCalendarDate(): PropertyDecorator {
  return (target, key) => {
    Matches(christianEraYear, { message: christianEraDateMessage })(target, key);
    IsISO8601({ strict: true })(target, key);
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })(target, key);
  };
}

/** Message of a date whose year is not a Christian-era year in range; the errors lib has its Thai text. */
export const christianEraDateMessage = '$property must be a Christian-era date such as 2021-06-30; a Buddhist-era year such as 2564 is 543 years later';

/** Accepts text with at least one character that is not white space. */
export function IsNotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank' });
}
