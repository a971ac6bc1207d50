import { Injectable } from '@nestjs/common';

import type { AssignModelRequest, IndicatorYearRequest, ModelResponse } from '@bma-kpi/contracts-evaluation';
import { ModelAssignmentRepository, type ModelAssignmentRecord } from '@bma-kpi/evaluation-data-access';

import { EvaluationExceptions } from './evaluation.exceptions';
import { IndicatorsClient } from './indicators.client';
import { checkDefinition } from './model-definition.check';
import { readStoredModel, toModelAssignmentResponse, type StoredScoringModel } from './model-assignment.mapper';
import type { RequestMeta } from './request-meta';
import { translateStoreError } from './store-errors';

/** Chooses the scoring model of an indicator per fiscal year and keeps every earlier choice. */
@Injectable()
export class ModelService {
  constructor(
    private readonly assignments: ModelAssignmentRepository,
    private readonly indicators: IndicatorsClient,
  ) {}

  /**
   * Stores a new version of an indicator's scoring model after the domain rules accept the
   * definition. An `expectedVersion` of 0 means the caller expects no model yet.
   */
  async assign(request: AssignModelRequest, meta: RequestMeta): Promise<ModelResponse> {
    const definition = checkDefinition(request.model);
    // The indicator must exist and belong to the year, so no model is stored for nothing.
    const indicator = await this.indicators.get(request.indicatorId, meta);

    if (indicator.fiscalYear !== request.fiscalYear) {
      throw EvaluationExceptions.wrongFiscalYear(indicator.id, indicator.fiscalYear, request.fiscalYear);
    }
    const stored: StoredScoringModel = {
      definition,
      accumulation: request.accumulation,
      baseline: request.baseline ?? null,
      requiresEvidence: request.requiresEvidence === true,
    };
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
  async get(request: IndicatorYearRequest, meta?: RequestMeta): Promise<ModelResponse> {
    // A read of an unknown indicator is a 404, as an assignment to it is.
    if (meta !== undefined) {
      await this.indicators.get(request.indicatorId, meta);
    }
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
