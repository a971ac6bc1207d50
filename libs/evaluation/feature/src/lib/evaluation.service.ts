import { Injectable } from '@nestjs/common';

import type {
  EvaluationReferenceRequest,
  EvaluationResponse,
  IndicatorEvaluationsRequest,
  IndicatorEvaluationsResponse,
  QuarterEvaluationResponse,
  EvaluationTransitionEventData,
  TransitionRequest,
  WorkflowActionName,
} from '@bma-kpi/contracts-evaluation';
import type { ScoringIndicator } from '@bma-kpi/contracts-indicators';
import {
  EvaluationRepository,
  ReactionRepository,
  type EvaluationRecord,
  type RoundRecord,
  type TransitionResult,
} from '@bma-kpi/evaluation-data-access';
import {
  fiscalQuarterMonths,
  initialWorkflowState,
  transitionWorkflow,
  type ConsistencyFlag,
  type WorkflowState,
} from '@bma-kpi/evaluation-domain';
import type { FiscalQuarter } from '@bma-kpi/util-thai';
import { OutboxRelay } from '@bma-kpi/messaging';

import { EvaluationEventFactory } from './evaluation-events';
import { evaluateIndicator, type EvaluationView } from './evaluation-view';
import { EvaluationExceptions } from './evaluation.exceptions';
import { toEvaluationResponse, toTransitionColumns } from './evaluation.mapper';
import { IndicatorsClient } from './indicators.client';
import { lateSubmissionFlag } from './late-submission';
import type { StoredScoringModel } from './model-assignment.mapper';
import { ModelService } from './model.service';
import { assertPartValues, partValuesOf } from './part-values';
import { progressValueKey } from './progress-entry.service';
import type { RequestMeta } from './request-meta';
import { RoundService } from './round.service';
import { translateStoreError } from './store-errors';
import { workflowRequestOf } from './workflow-request';

const fiscalQuarters = [1, 2, 3, 4] as const;

/** The round, the indicator and what the service computes from them for one evaluation. */
interface EvaluationContext {
  round: RoundRecord;
  indicator: ScoringIndicator;
  view: EvaluationView;
}

/**
 * Reads and moves the evaluations of an indicator. Indicator data comes from the indicators service
 * on every request, so previews follow the latest progress.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly rounds: RoundService,
    private readonly models: ModelService,
    private readonly evaluations: EvaluationRepository,
    private readonly indicators: IndicatorsClient,
    private readonly relay: OutboxRelay,
    private readonly reactions: ReactionRepository,
  ) {}

  /** Returns the stored evaluation with its transitions, or a draft preview when none is stored. */
  async get(request: EvaluationReferenceRequest, meta: RequestMeta): Promise<EvaluationResponse> {
    const context = await this.load(request, meta);
    const evaluation = await this.evaluations.getByKey(context.round.id, request.indicatorId);

    return this.respond(context, evaluation);
  }

  /**
   * Returns the evaluation of an indicator in each quarter of its fiscal year, or null for a quarter
   * without a round. The indicator, its model and the agency's evidence are read once for all
   * quarters, and the stored evaluations with one query.
   */
  async listByIndicator(request: IndicatorEvaluationsRequest, meta: RequestMeta): Promise<IndicatorEvaluationsResponse> {
    const indicator = await this.indicators.get(request.indicatorId, meta);
    const { fiscalYear } = indicator;
    const [rounds, assigned] = await Promise.all([this.rounds.listByFiscalYear(fiscalYear), this.models.current(indicator.id, fiscalYear)]);
    const [stored, evidenceCount] = await Promise.all([
      this.evaluations.listByIndicator(indicator.id, rounds.map((round) => round.id)),
      this.evidenceCountOf(indicator, assigned, fiscalYear),
    ]);
    const quarters = fiscalQuarters.map(async (quarter): Promise<QuarterEvaluationResponse> => {
      const round = rounds.find((candidate) => candidate.quarter === quarter);

      if (round === undefined) {
        return { quarter, evaluation: null };
      }
      const view = evaluateIndicator(indicator, assigned, round, { evidenceCount });
      const evaluation = stored.find((record) => record.roundId === round.id) ?? null;

      return { quarter, evaluation: await this.respond({ round, indicator, view }, evaluation) };
    });

    return { indicatorId: indicator.id, fiscalYear, quarters: await Promise.all(quarters) };
  }

  /**
   * Applies one workflow action: creates the evaluation on its first action, checks the action
   * with the workflow rules, stores a `score` with its flags, and stores the step with its event.
   */
  async transition(request: TransitionRequest, meta: RequestMeta): Promise<EvaluationResponse> {
    assertKnownValueKey(request);
    const context = await this.load(request, meta, partValuesOf(request));

    assertPartValues(request, context.view.definition);
    const existing = await this.evaluations.getByKey(context.round.id, request.indicatorId);

    if (existing === null) {
      this.assertFirstAction(context, request, meta);
    }
    const evaluation = existing ?? (await this.getOrCreate(context, meta));

    if (request.expectedVersion !== undefined && request.expectedVersion !== evaluation.version) {
      throw EvaluationExceptions.versionConflict('evaluation', request.expectedVersion, evaluation.version);
    }
    const state = await this.workflowState(evaluation, context.view.partKeys);
    const result = transitionWorkflow(state, workflowRequestOf(request, meta));

    if (result.status === 'rejected') {
      throw EvaluationExceptions.transitionRejected(result.reason);
    }
    const isScore = request.action === 'score';
    const input = {
      ...toTransitionColumns(result.record),
      expectedVersion: evaluation.version,
      // The quarter value goes with the score, so a later progress note cannot change what was scored.
      score: isScore ? { ...context.view.score, quarterValue: context.view.quarter } : undefined,
      flags: isScore ? await this.flagsToStore(context, evaluation) : undefined,
      reopenedValue: result.state.reopenedValueKey,
    };

    try {
      const stored = await this.evaluations.applyTransition(evaluation.id, input, meta, (applied) => [
        EvaluationEventFactory.transition(request.action, eventData(context.round, applied, request.action, result.record.valueKey), meta),
      ]);

      this.relay.kick();

      return await this.respond(context, stored.evaluation);
    } catch (error) {
      throw translateStoreError(error, context.round);
    }
  }

  private async load(
    request: EvaluationReferenceRequest,
    meta: RequestMeta,
    partValues?: Record<string, number>,
  ): Promise<EvaluationContext> {
    const round = await this.rounds.find(request);
    const indicator = await this.indicators.get(request.indicatorId, meta);

    if (indicator.fiscalYear !== round.fiscalYear) {
      throw EvaluationExceptions.wrongFiscalYear(indicator.id, indicator.fiscalYear, round.fiscalYear);
    }
    const assigned = await this.models.current(request.indicatorId, round.fiscalYear);
    const view = evaluateIndicator(indicator, assigned, round, { partValues, evidenceCount: await this.evidenceCountOf(indicator, assigned, round.fiscalYear) });

    return { round, indicator, view };
  }

  // Checks the first action against a fresh draft before anything is stored, so a request that the
  // workflow rejects leaves no evaluation row behind.
  private assertFirstAction({ round, view, indicator }: EvaluationContext, request: TransitionRequest, meta: RequestMeta): void {
    if (round.status === 'signedOff') {
      throw EvaluationExceptions.roundSignedOff(round.fiscalYear, round.quarter, round.signedOffAt);
    }
    if (view.agencyCode === null) {
      throw EvaluationExceptions.indicatorWithoutAgency(indicator.id);
    }
    const result = transitionWorkflow(initialWorkflowState(view.agencyCode, view.partKeys), workflowRequestOf(request, meta));

    if (result.status === 'rejected') {
      throw EvaluationExceptions.transitionRejected(result.reason);
    }
  }

  private async getOrCreate({ round, view, indicator }: EvaluationContext, meta: RequestMeta): Promise<EvaluationRecord> {
    if (round.status === 'signedOff') {
      throw EvaluationExceptions.roundSignedOff(round.fiscalYear, round.quarter, round.signedOffAt);
    }
    if (view.agencyCode === null) {
      throw EvaluationExceptions.indicatorWithoutAgency(indicator.id);
    }
    try {
      const key = { roundId: round.id, indicatorId: indicator.id, agencyCode: view.agencyCode, initialState: 'draft' };

      return (await this.evaluations.getOrCreate(key, meta)).evaluation;
    } catch (error) {
      throw translateStoreError(error, round);
    }
  }

  // Evidence counts only for a model that requires it; undefined raises no evidence flag.
  private async evidenceCountOf(indicator: ScoringIndicator, assigned: StoredScoringModel | null, fiscalYear: number): Promise<number | undefined> {
    const agencyCode = indicator.agency?.code;

    if (!agencyCode || assigned?.requiresEvidence !== true) {
      return undefined;
    }
    const evidence = await this.reactions.evidenceByAgency(fiscalYear, agencyCode);

    return evidence.get(agencyCode) ?? 0;
  }

  // The stored flags are the view's, plus a late submission, which only the recorded steps show.
  private async flagsToStore(context: EvaluationContext, evaluation: EvaluationRecord): Promise<ConsistencyFlag[]> {
    const steps = await this.evaluations.transitions(evaluation.id);
    const late = lateSubmissionFlag(steps, this.rounds.toResponse(context.round).entryDeadline);

    return late === null ? context.view.flags : [...context.view.flags, late];
  }

  // The evaluation row stores only the status, agency and reopened value. The appeal count is
  // read from the recorded steps, and the part keys from the indicator's current model.
  private async workflowState(evaluation: EvaluationRecord, partKeys: string[]): Promise<WorkflowState> {
    const steps = await this.evaluations.transitions(evaluation.id);

    return {
      ...initialWorkflowState(evaluation.agencyCode, partKeys),
      status: evaluation.state as WorkflowState['status'],
      appealCount: steps.filter((step) => step.action === 'appeal').length,
      reopenedValueKey: evaluation.reopenedValue,
    };
  }

  private async respond(context: EvaluationContext, evaluation: EvaluationRecord | null): Promise<EvaluationResponse> {
    const round = this.rounds.toResponse(context.round);
    const stored = evaluation === null ? null : { evaluation, transitions: await this.evaluations.transitions(evaluation.id) };

    return toEvaluationResponse(round, context.indicator.id, context.view, stored);
  }
}

/**
 * Checks the value a correction names: the quarter's result (`actual`) or the progress of one of
 * its months (`progress:YYYY-MM`), so that the agency can tell what to correct.
 */
function assertKnownValueKey(request: TransitionRequest): void {
  if (request.action !== 'requestCorrection' && request.action !== 'correct') {
    return;
  }
  const allowed = ['actual', ...fiscalQuarterMonths(request.fiscalYear, request.quarter as FiscalQuarter).map(progressValueKey)];

  if (request.valueKey !== undefined && !allowed.includes(request.valueKey)) {
    throw EvaluationExceptions.invalidInput('valueKey', `ใช้ค่าใดค่าหนึ่งต่อไปนี้: ${allowed.join(', ')}`, `use one of ${allowed.join(', ')}`);
  }
}

function eventData(
  round: RoundRecord,
  { evaluation, transition }: TransitionResult,
  action: WorkflowActionName,
  valueKey: string | null,
): EvaluationTransitionEventData {
  return {
    evaluationId: evaluation.id,
    roundId: round.id,
    fiscalYear: round.fiscalYear,
    quarter: round.quarter,
    indicatorId: evaluation.indicatorId,
    agencyCode: evaluation.agencyCode,
    action,
    role: transition.role,
    from: transition.fromState,
    to: transition.toState,
    reason: transition.reason,
    valueKey,
    version: evaluation.version,
    // A sign-off carries the score it locks, so the agency's notice can state it.
    score: action === 'score' || action === 'signOff' ? (evaluation.score as Record<string, unknown> | null) : null,
  };
}
