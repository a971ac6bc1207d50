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

/** Accepts a calendar date written `YYYY-MM-DD` (ISO 8601, Christian era). */
export function IsCalendarDate(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })(target, key);
  };
}

/** Accepts text with at least one character that is not white space. */
export function IsNotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank' });
}
