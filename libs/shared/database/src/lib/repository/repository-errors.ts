/** Error for a row that a write or lookup by id expected but the database does not hold. */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';

  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} not found.`);
  }
}

/** Error for an update whose expected version is not the stored one: someone else changed the row first. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';

  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(
      `${entity} ${id} is at version ${actualVersion}, not the expected ${expectedVersion}. ` +
        'Reload it and apply the change again.',
    );
  }
}

/** Error for a malformed argument: a page number, decimal or date that the repositories cannot store. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`Invalid ${field}: ${message}`);
  }
}
