import { Injectable } from '@nestjs/common';

import type { AssignModelRequest, IndicatorYearRequest, ModelResponse } from '@bma-kpi/contracts-evaluation';
import { ModelAssignmentRepository, type ModelAssignmentRecord } from '@bma-kpi/evaluation-data-access';
import { validateScoringModel, type ScoringModelDefinition } from '@bma-kpi/evaluation-domain';

import { EvaluationExceptions } from './evaluation.exceptions';
import { readStoredModel, toModelAssignmentResponse, type StoredScoringModel } from './model-assignment.mapper';
import type { RequestMeta } from './request-meta';
import { translateStoreError } from './store-errors';

/** Chooses the scoring model of an indicator per fiscal year and keeps every earlier choice. */
@Injectable()
export class ModelService {
  constructor(private readonly assignments: ModelAssignmentRepository) {}

  /**
   * Stores a new version of an indicator's scoring model after the domain rules accept the
   * definition. An `expectedVersion` of 0 means the caller expects no model yet.
   */
  async assign(request: AssignModelRequest, meta: RequestMeta): Promise<ModelResponse> {
    const definition = checkDefinition(request.model);
    const stored: StoredScoringModel = { definition, accumulation: request.accumulation };
    const expectedVersion = request.expectedVersion === 0 ? null : request.expectedVersion;

    try {
      await this.assignments.assign(
        {
          indicatorId: request.indicatorId,
          fiscalYear: request.fiscalYear,
          model: stored as unknown as Record<string, unknown>,
          modelVersion: definition.modelVersion,
        },
        expectedVersion,
        meta,
        () => [],
      );
    } catch (error) {
      throw translateStoreError(error, { fiscalYear: request.fiscalYear, quarter: 0 });
    }

    return this.get(request);
  }

  /** Returns the current model of an indicator and year, null when none was chosen, and every superseded one. */
  async get(request: IndicatorYearRequest): Promise<ModelResponse> {
    const history = await this.assignments.history(request.indicatorId, request.fiscalYear);
    const current = history.find((record) => record.supersededAt === null) ?? null;

    return {
      current: current === null ? null : toModelAssignmentResponse(current),
      history: history.filter((record) => record.supersededAt !== null).map(toModelAssignmentResponse),
    };
  }

  /** Returns the stored model and accumulation of an indicator and year, or null when none was chosen. */
  async current(indicatorId: string, fiscalYear: number): Promise<StoredScoringModel | null> {
    const record: ModelAssignmentRecord | null = await this.assignments.current(indicatorId, fiscalYear);

    return record === null ? null : readStoredModel(record);
  }
}

/** Checks a definition with the domain rules; malformed field types are reported instead of thrown. */
export function checkDefinition(model: Record<string, unknown>): ScoringModelDefinition {
  const definition = model as unknown as ScoringModelDefinition;
  let reason;

  try {
    reason = validateScoringModel(definition);
  } catch (error) {
    if (error instanceof TypeError) {
      throw EvaluationExceptions.malformedModel(error.message);
    }
    throw error;
  }
  if (reason !== null) {
    throw EvaluationExceptions.invalidModel(reason);
  }

  return definition;
}
