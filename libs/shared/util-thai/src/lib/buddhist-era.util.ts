/** Years between the Christian era and the Buddhist era (BE = CE + 543) from 1 January 1941 on. */
export const BUDDHIST_ERA_OFFSET = 543;

/**
 * First Christian-era year with a fixed offset. Before 1941 the Thai year began on 1 April, so
 * January–March of those years need +542 and a year number alone cannot be converted.
 */
export const FIRST_CONVERTIBLE_CE_YEAR = 1941;

/** First Buddhist-era year with a fixed offset: BE 2484 = 1941. */
export const FIRST_CONVERTIBLE_BE_YEAR = FIRST_CONVERTIBLE_CE_YEAR + BUDDHIST_ERA_OFFSET;

/** Converts a Christian-era year to the Buddhist era. Throws a RangeError before 1941. */
export function toBuddhistYear(ceYear: number): number {
  assertYear(ceYear, FIRST_CONVERTIBLE_CE_YEAR, 'CE');

  return ceYear + BUDDHIST_ERA_OFFSET;
}

/** Converts a Buddhist-era year to the Christian era. Throws a RangeError before BE 2484. */
export function toChristianYear(beYear: number): number {
  assertYear(beYear, FIRST_CONVERTIBLE_BE_YEAR, 'BE');

  return beYear - BUDDHIST_ERA_OFFSET;
}

function assertYear(year: number, firstYear: number, era: 'CE' | 'BE'): void {
  if (!Number.isInteger(year)) {
    throw new RangeError(`Invalid ${era} year ${year}: expected an integer.`);
  }
  if (year < firstYear) {
    throw new RangeError(
      `Invalid ${era} year ${year}: years before ${era} ${firstYear} cannot be converted ` +
        'because the Thai year then began on 1 April.',
    );
  }
}
