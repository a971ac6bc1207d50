import { Transform, Type } from 'class-transformer';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

import type { CatalogChoice } from './catalog-vocabulary.data';

// class-validator runs a property's constraints in the order they are registered and, with
// stopAtFirstError, reports the first that fails, so the type check is registered first.

/** Returns the stored values of a choice list. */
export function choiceValues<T extends CatalogChoice>(choices: readonly T[]): T['value'][] {
  return choices.map((choice) => choice.value);
}

/** Checks that a value is one value of a catalog choice list, compared exactly with the stored Thai value. */
export function IsCatalogChoice(choices: readonly CatalogChoice[]): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    IsIn(choiceValues(choices))(target, key);
  };
}

/** Checks that a value is a non-empty array of distinct values of a catalog choice list. */
export function IsCatalogChoiceList(choices: readonly CatalogChoice[]): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    ArrayNotEmpty()(target, key);
    ArrayUnique()(target, key);
    IsIn(choiceValues(choices), { each: true })(target, key);
  };
}

/** Checks that a value is text of at most `maxLength` characters with at least one that is not white space. */
export function IsCatalogText(maxLength: number): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    Matches(/\S/, { message: '$property must not be blank' })(target, key);
    MaxLength(maxLength)(target, key);
  };
}

/** Checks that a value is written `YYYY-MM-DD`, the Christian-era form in which CKAN stores dates. */
export function IsCatalogDate(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })(target, key);
  };
}

/** Checks that a value is a Buddhist-era year written with four ASCII digits, such as `2568`. */
export function IsBuddhistYear(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    Matches(/^2[4-9]\d{2}$/, { message: '$property must be a Buddhist-era year such as 2568' })(target, key);
  };
}

// Query strings carry booleans as text; other text is left for IsBoolean to reject.
function queryBoolean(value: unknown): unknown {
  if (value === 'true') {
    return true;
  }

  return value === 'false' ? false : value;
}

/** Reads `true` or `false` from a query string as a boolean and rejects any other value. */
export function IsQueryBoolean(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: unknown }) => queryBoolean(value))(target, key);
    IsBoolean()(target, key);
  };
}

const buddhistYearMessage = '$property must be a Buddhist-era (พ.ศ.) year such as 2568';

/**
 * Checks a Buddhist-era year given as a number, such as 2568. In a query string, where every value
 * is text, `fromQuery` converts the digits first; a JSON body must send a number.
 */
export function IsBuddhistYearNumber(options: { fromQuery: boolean } = { fromQuery: false }): PropertyDecorator {
  return (target, key) => {
    if (options.fromQuery) {
      Type(() => Number)(target, key);
    }
    IsInt({ message: buddhistYearMessage })(target, key);
    Min(2400, { message: buddhistYearMessage })(target, key);
    Max(2800, { message: buddhistYearMessage })(target, key);
  };
}
