/** Error for a round of a fiscal year and quarter that already exists. */
export class RoundExistsError extends Error {
  override readonly name = 'RoundExistsError';

  constructor(
    readonly fiscalYear: number,
    readonly quarter: number,
  ) {
    super(`An evaluation round for fiscal year ${fiscalYear} quarter ${quarter} already exists. Update that round instead.`);
  }
}

/** Error for a change to a signed-off round or to an evaluation in it, because sign-off locks both. */
export class RoundSignedOffError extends Error {
  override readonly name = 'RoundSignedOffError';

  constructor(
    readonly roundId: string,
    readonly signedOffAt: Date | null,
  ) {
    super(
      `Evaluation round ${roundId} is already signed off` +
        (signedOffAt === null ? '' : ` since ${signedOffAt.toISOString()}`) +
        ', so it and its evaluations are locked.',
    );
  }
}
