import {
  InvalidInputError,
  RecordNotFoundError,
  RoundExistsError,
  RoundSignedOffError,
  VersionConflictError,
} from '@bma-kpi/evaluation-data-access';

import { EvaluationExceptions, type VersionedEntity } from './evaluation.exceptions';

const versionedEntities: Partial<Record<string, VersionedEntity>> = {
  EvaluationRound: 'round',
  Evaluation: 'evaluation',
  ScoringModelAssignment: 'scoring model',
};

/** Fiscal year and quarter of the round a stored change concerns, named in the translated errors. */
export interface RoundPeriod {
  fiscalYear: number;
  quarter: number;
}

/**
 * Translates the errors of the evaluation repositories into the service's domain exceptions and
 * returns any other error unchanged, so that the caller rethrows it.
 */
export function translateStoreError(error: unknown, period: RoundPeriod): unknown {
  if (error instanceof RoundExistsError) {
    return EvaluationExceptions.roundExists(error.fiscalYear, error.quarter);
  }
  if (error instanceof RoundSignedOffError) {
    return EvaluationExceptions.roundSignedOff(period.fiscalYear, period.quarter, error.signedOffAt?.toISOString() ?? null);
  }
  if (error instanceof VersionConflictError) {
    const entity = versionedEntities[error.entity] ?? 'evaluation';

    return EvaluationExceptions.versionConflict(entity, error.expectedVersion, error.actualVersion);
  }
  if (error instanceof RecordNotFoundError && error.entity === 'EvaluationRound') {
    return EvaluationExceptions.roundNotFound(period.fiscalYear, period.quarter);
  }
  if (error instanceof InvalidInputError) {
    return EvaluationExceptions.invalidInput(error.field, 'ค่าอยู่นอกช่วงที่ระบบรับได้', error.message);
  }

  return error;
}
