import { Injectable } from '@nestjs/common';

import type { CalendarRoundResponse, EvaluationCalendarRequest, EvaluationCalendarResponse } from '@bma-kpi/contracts-evaluation';
import { EvaluationRepository, RoundRepository, type RoundRecord } from '@bma-kpi/evaluation-data-access';
import { roundSchedule, type RoundSchedule } from '@bma-kpi/evaluation-domain';
import type { FiscalQuarter } from '@bma-kpi/util-thai';

import { RoundService } from './round.service';
import { calendarWithRound } from './round-schedule';

const quarters: readonly FiscalQuarter[] = [1, 2, 3, 4];

/**
 * Returns the deadlines of a fiscal year for the notification service's reminders. Each round's
 * dates come from the same calendar and stored overrides that the progress entry check applies,
 * so a reminder never names a deadline that the check does not enforce.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly roundService: RoundService,
    private readonly rounds: RoundRepository,
    private readonly evaluations: EvaluationRepository,
  ) {}

  async get(request: EvaluationCalendarRequest): Promise<EvaluationCalendarResponse> {
    const stored = await this.rounds.list({ fiscalYear: request.fiscalYear, page: 1, pageSize: quarters.length });
    const byQuarter = new Map(stored.items.map((round) => [round.quarter, round]));
    const rounds = await Promise.all(quarters.map((quarter) => this.readRound(request.fiscalYear, quarter, byQuarter.get(quarter) ?? null)));

    return {
      fiscalYear: request.fiscalYear,
      months: rounds.flatMap(({ schedule }) => schedule.months.map(({ month, quarter, deadline }) => ({ month, quarter, deadline }))),
      rounds: rounds.map(({ response }) => response),
    };
  }

  private async readRound(
    fiscalYear: number,
    quarter: FiscalQuarter,
    round: RoundRecord | null,
  ): Promise<{ schedule: RoundSchedule; response: CalendarRoundResponse }> {
    const config = round === null ? this.roundService.calendar : calendarWithRound(this.roundService.calendar, round);
    const schedule = roundSchedule({ fiscalYear, quarter }, config);

    if (schedule.status === 'rejected') {
      // The request's year range and the checked calendar settings leave only a hand-edited round row here.
      throw new Error(`Round ${fiscalYear} Q${quarter} has no valid schedule: ${schedule.reason.en}`);
    }
    const { entryDeadline, reviewEndDate, overridden } = schedule.value;

    return {
      schedule: schedule.value,
      response: {
        quarter,
        exists: round !== null,
        signedOff: round !== null && round.signedOffAt !== null,
        signedOffAt: round?.signedOffAt ?? null,
        entryDeadline,
        reviewEndDate,
        overridden,
        evaluationStates: round === null ? {} : await this.countStates(round.id),
      },
    };
  }

  private async countStates(roundId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};

    for (const { state } of await this.evaluations.listOutcomes(roundId)) {
      counts[state] = (counts[state] ?? 0) + 1;
    }

    return counts;
  }
}
