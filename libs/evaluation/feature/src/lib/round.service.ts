import { Inject, Injectable } from '@nestjs/common';

import type {
  CreateRoundRequest,
  FiscalQuarterRequest,
  ListRoundsRequest,
  RoundPage,
  RoundResponse,
  SignOffRoundRequest,
} from '@bma-kpi/contracts-evaluation';
import { RoundRepository, type RoundRecord } from '@bma-kpi/evaluation-data-access';
import { DEFAULT_ROUND_CALENDAR_CONFIG, type RoundCalendarConfig } from '@bma-kpi/evaluation-domain';
import { OutboxRelay } from '@bma-kpi/messaging';

import { EvaluationEventFactory } from './evaluation-events';
import { EVALUATION_SERVICE_OPTIONS, type EvaluationServiceOptions } from './evaluation-service.options';
import { EvaluationExceptions } from './evaluation.exceptions';
import type { RequestMeta } from './request-meta';
import { endOfBangkokDay, findInvalidDeadlineDate, findRoundDeadlineProblem, requestFieldOf, toRoundResponse } from './round-schedule';
import { translateStoreError } from './store-errors';

/** Page size of the round list, which has no paging fields; 400 rounds are a century of quarters. */
const roundListPageSize = 400;

/** Opens, reads and signs off evaluation rounds, one per fiscal year and quarter. */
@Injectable()
export class RoundService {
  readonly calendar: RoundCalendarConfig;

  constructor(
    private readonly rounds: RoundRepository,
    private readonly relay: OutboxRelay,
    @Inject(EVALUATION_SERVICE_OPTIONS) options: EvaluationServiceOptions,
  ) {
    this.calendar = options.calendar ?? DEFAULT_ROUND_CALENDAR_CONFIG;
  }

  /** Opens a round after checking its deadlines against the calendar rules. */
  async create(request: CreateRoundRequest, meta: RequestMeta): Promise<RoundResponse> {
    const invalidDate = findInvalidDeadlineDate(request);

    if (invalidDate !== null) {
      throw EvaluationExceptions.invalidInput(
        invalidDate,
        'ต้องเป็นวันที่จริงแบบ ค.ศ. รูปแบบ YYYY-MM-DD เช่น 2025-01-15',
        'expected a real Christian-era date written YYYY-MM-DD, such as 2025-01-15',
      );
    }
    const problem = findRoundDeadlineProblem(request, this.calendar);

    if (problem !== null) {
      throw EvaluationExceptions.invalidCalendar(requestFieldOf(problem.field), problem);
    }
    try {
      const record = await this.rounds.create(
        {
          fiscalYear: request.fiscalYear,
          quarter: request.quarter,
          entryDeadline: request.entryDeadline === undefined ? null : endOfBangkokDay(request.entryDeadline),
          reviewUntil: request.reviewUntil === undefined ? null : endOfBangkokDay(request.reviewUntil),
        },
        meta,
        () => [],
      );

      return this.toResponse(record);
    } catch (error) {
      throw translateStoreError(error, request);
    }
  }

  /** Returns the round of a fiscal year and quarter with its schedule and current phase. */
  async get(request: FiscalQuarterRequest): Promise<RoundResponse> {
    return this.toResponse(await this.find(request));
  }

  /** Returns the stored round of a fiscal year and quarter, or throws EVALUATION_ROUND_NOT_FOUND. */
  async find(request: FiscalQuarterRequest): Promise<RoundRecord> {
    const record = await this.rounds.getByPeriod(request.fiscalYear, request.quarter);

    if (record === null) {
      throw EvaluationExceptions.roundNotFound(request.fiscalYear, request.quarter);
    }

    return record;
  }

  /** Returns the stored rounds of a fiscal year, quarter 1 first. */
  listByFiscalYear(fiscalYear: number): Promise<RoundRecord[]> {
    return this.rounds.listByFiscalYear(fiscalYear);
  }

  /** Lists rounds, latest fiscal year and quarter first. */
  async list(request: ListRoundsRequest): Promise<RoundPage> {
    const page = await this.rounds.list({ fiscalYear: request.fiscalYear, page: 1, pageSize: roundListPageSize });

    return { items: page.items.map((record) => this.toResponse(record)), total: page.total };
  }

  /**
   * Signs a round off and stores its `round.signed-off` event. Without `expectedVersion` the
   * stored version is used, so only a concurrent change in between is detected.
   */
  async signOff(request: SignOffRoundRequest, meta: RequestMeta): Promise<RoundResponse> {
    const current = await this.find(request);

    try {
      const record = await this.rounds.signOff(current.id, request.expectedVersion ?? current.version, meta, (stored) => [
        EvaluationEventFactory.roundSignedOff(
          {
            roundId: stored.id,
            fiscalYear: stored.fiscalYear,
            quarter: stored.quarter,
            signedOffAt: stored.signedOffAt ?? new Date().toISOString(),
            signedOffBy: stored.signedOffBy ?? meta.actor,
            version: stored.version,
          },
          meta,
        ),
      ]);

      this.relay.kick();

      return this.toResponse(record);
    } catch (error) {
      throw translateStoreError(error, request);
    }
  }

  /** Builds the response of a stored round with its phase now. */
  toResponse(record: RoundRecord): RoundResponse {
    return toRoundResponse(record, this.calendar, new Date());
  }
}
