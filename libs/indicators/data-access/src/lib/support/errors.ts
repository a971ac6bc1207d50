/** Error for a progress note whose date and raw text the indicator already has. */
export class DuplicateProgressError extends Error {
  override readonly name = 'DuplicateProgressError';

  constructor(
    readonly indicatorId: string,
    readonly fingerprint: string,
  ) {
    super(`Indicator ${indicatorId} already has a progress note with fingerprint ${fingerprint}.`);
  }
}

/** Error for an indicator whose normalised code is already used in the same fiscal year. */
export class DuplicateIndicatorError extends Error {
  override readonly name = 'DuplicateIndicatorError';

  constructor(
    readonly codeNormalized: string | null,
    readonly fiscalYear: number | undefined,
  ) {
    super(`An indicator with code ${codeNormalized ?? '(none)'} already exists in fiscal year ${fiscalYear ?? '(unchanged)'}.`);
  }
}
