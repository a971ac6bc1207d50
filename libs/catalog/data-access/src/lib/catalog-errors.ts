/** Error for a dataset slug (CKAN `name`) that another dataset already uses. */
export class SlugTakenError extends Error {
  override readonly name = 'SlugTakenError';

  constructor(readonly slug: string) {
    super(`Dataset slug "${slug}" is already taken; choose another, e.g. with a numeric suffix.`);
  }
}

/** Error for a change to the evidence of an artefact that a signed-off evaluation references. */
export class ArtefactLockedError extends Error {
  override readonly name = 'ArtefactLockedError';

  constructor(
    readonly artefactId: string,
    readonly lockedAt: Date,
  ) {
    super(
      `Governance artefact ${artefactId} is locked since ${lockedAt.toISOString()}; ` +
        'supersede it with a new version instead.',
    );
  }
}

/** Error for superseding an artefact version that a newer version already supersedes. */
export class ArtefactSupersededError extends Error {
  override readonly name = 'ArtefactSupersededError';

  constructor(readonly artefactId: string) {
    super(
      `Governance artefact ${artefactId} is already superseded; supersede its latest version instead.`,
    );
  }
}

/** Error for a dictionary field list that repeats a machine name, or a field or resource of another dataset. */
export class InvalidDictionaryError extends Error {
  override readonly name = 'InvalidDictionaryError';

  constructor(
    readonly datasetId: string,
    message: string,
  ) {
    super(`Invalid data dictionary of dataset ${datasetId}: ${message}`);
  }
}

/** Error for a link between a dataset (or one of its fields) and an indicator that already exists. */
export class DuplicateLinkError extends Error {
  override readonly name = 'DuplicateLinkError';

  constructor(
    readonly datasetId: string,
    readonly indicatorId: string,
    readonly fieldId: string | null,
  ) {
    super(
      `Dataset ${datasetId}${fieldId === null ? '' : ` field ${fieldId}`} is already linked to indicator ${indicatorId}.`,
    );
  }
}

/** Error for a questionnaire version number that a concurrent publish took first. */
export class QuestionnaireVersionTakenError extends Error {
  override readonly name = 'QuestionnaireVersionTakenError';

  constructor(readonly kind: string) {
    super(`Another ${kind} questionnaire version was published at the same time; publish again.`);
  }
}

/** Error for a second open assessment of the same kind, agency, fiscal year and dataset. */
export class AssessmentExistsError extends Error {
  override readonly name = 'AssessmentExistsError';

  constructor(readonly scopeKey: string) {
    super(`An assessment that is not rejected already exists for ${scopeKey}.`);
  }
}
