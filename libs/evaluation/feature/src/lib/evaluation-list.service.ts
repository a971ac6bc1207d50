import { Injectable } from '@nestjs/common';

import type { EvaluationListItem, EvaluationListResponse, FlagResponse, ListRoundEvaluationsRequest } from '@bma-kpi/contracts-evaluation';
import { EvaluationRepository, RoundRepository, type EvaluationRecord } from '@bma-kpi/evaluation-data-access';

const defaultPageSize = 50;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Maps a stored evaluation to its list item. The quarter value is the one stored inside the score
 * at the last `score` action, so the item shows what was scored, not today's progress.
 */
export function toEvaluationListItem(record: EvaluationRecord, roundSignedOff: boolean): EvaluationListItem {
  const stored = isRecord(record.score) ? record.score : null;
  const quarterValue = stored !== null && isRecord(stored['quarterValue']) ? stored['quarterValue'] : null;
  // The quarter value has its own field, so the score leaves out the copy stored inside it.
  const score = stored === null ? null : Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'quarterValue'));

  return {
    id: record.id,
    indicatorId: record.indicatorId,
    agencyCode: record.agencyCode,
    state: record.state,
    signedOff: roundSignedOff || record.state === 'signedOff',
    quarterValue,
    score,
    flags: record.flags as FlagResponse[],
    inputChangedAt: record.inputChangedAt,
    version: record.version,
    updatedAt: record.updatedAt,
  };
}

/**
 * Lists the stored evaluations of a round for other systems. Each evaluation stores its
 * indicator's agency, so a page reads only this service's tables and sends no request to the
 * indicators service.
 */
@Injectable()
export class EvaluationListService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly evaluations: EvaluationRepository,
  ) {}

  async list(request: ListRoundEvaluationsRequest): Promise<EvaluationListResponse> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const round = await this.rounds.getByPeriod(request.fiscalYear, request.quarter);
    const period = { fiscalYear: request.fiscalYear, quarter: request.quarter, page, pageSize };

    // A round that was never opened has no evaluations, so an exporter gets an empty page instead of an error.
    if (round === null) {
      return { ...period, roundStatus: null, items: [], total: 0 };
    }
    const result = await this.evaluations.listByRound(round.id, { agencyCode: request.agency, page, pageSize });
    const signedOff = round.status === 'signedOff';

    return { ...period, roundStatus: round.status, items: result.items.map((record) => toEvaluationListItem(record, signedOff)), total: result.total };
  }
}
