import { Injectable } from '@nestjs/common';

import type { CheckProgressEntryRequest, ProgressEntryResponse } from '@bma-kpi/contracts-evaluation';
import { EvaluationRepository, RoundRepository, type RoundRecord } from '@bma-kpi/evaluation-data-access';
import {
  checkProgressEntry,
  monthEntryWindow,
  type CalendarResult,
  type MonthEntryWindow,
  type RoundCalendarConfig,
} from '@bma-kpi/evaluation-domain';

import { EvaluationExceptions } from './evaluation.exceptions';
import { RoundService } from './round.service';
import { calendarWithRound } from './round-schedule';

/**
 * Returns the entry window of a month, or the rule a month outside the supported years breaks.
 * The domain throws a RangeError for years it cannot convert to the Buddhist era.
 */
function windowOf(month: string, calendar: RoundCalendarConfig): CalendarResult<MonthEntryWindow> {
  try {
    return monthEntryWindow(month, calendar);
  } catch (error) {
    if (!(error instanceof RangeError)) {
      throw error;
    }

    return {
      status: 'rejected',
      reason: {
        code: 'INVALID_MONTH',
        th: `ไม่มีรอบการประเมินของเดือน ${month} ระบุวันที่เป็นปี ค.ศ. เช่น 2021-06-30`,
        en: `There is no evaluation round for ${month}. Write the date in the Christian era, such as 2021-06-30.`,
      },
    };
  }
}

/** Value key that a correction request names to reopen the progress of one month. */
export function progressValueKey(month: string): string {
  return `progress:${month}`;
}

/**
 * Applies the round calendar to progress entries. Progress for a month is accepted from the
 * month's first day until its entry deadline (Bangkok time) and never after the round's sign-off.
 * After the deadline, only an evaluator's correction request reopens the month.
 */
@Injectable()
export class ProgressEntryService {
  constructor(
    private readonly roundService: RoundService,
    private readonly rounds: RoundRepository,
    private readonly evaluations: EvaluationRepository,
  ) {}

  /** Accepts an entry or throws EVALUATION_ENTRY_WINDOW_CLOSED naming the rule it breaks. */
  async check(request: CheckProgressEntryRequest, now = new Date()): Promise<ProgressEntryResponse> {
    const month = request.date.slice(0, 7);
    const window = windowOf(month, this.roundService.calendar);

    if (window.status === 'rejected') {
      throw EvaluationExceptions.invalidCalendar('date', window.reason);
    }
    const { fiscalYear, quarter } = window.value;
    const round = await this.rounds.getByPeriod(fiscalYear, quarter);
    const config = round === null ? this.roundService.calendar : calendarWithRound(this.roundService.calendar, round);
    const decision = checkProgressEntry({ month, at: now.toISOString(), roundSignedOffAt: round?.signedOffAt ?? null }, config);

    if (decision.status === 'accepted') {
      return { accepted: true, month, fiscalYear, quarter, deadline: decision.window.deadline, reopened: false };
    }
    if (decision.reason.code === 'WINDOW_CLOSED' && round !== null && (await this.isReopened(round, request.indicatorId, month))) {
      return { accepted: true, month, fiscalYear, quarter, deadline: decision.reason.deadline ?? window.value.deadline, reopened: true };
    }
    throw EvaluationExceptions.entryRejected(decision.reason);
  }

  private async isReopened(round: RoundRecord, indicatorId: string, month: string): Promise<boolean> {
    const evaluation = await this.evaluations.getByKey(round.id, indicatorId);

    return evaluation?.reopenedValue === progressValueKey(month);
  }
}

