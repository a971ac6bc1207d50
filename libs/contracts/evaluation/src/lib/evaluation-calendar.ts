import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

const fiscalYearMessage = '$property must be a Buddhist-era (พ.ศ.) year such as 2568';

/** Request for the deadlines of one Buddhist-era fiscal year, with the same year range as the rounds. */
export class EvaluationCalendarRequest {
  @Type(() => Number)
  @Min(2485, { message: fiscalYearMessage })
  @Max(2700, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear: number;
}

/** Last day to enter the progress of one month, after the round's override if it has one. */
export interface CalendarMonthResponse {
  /** Month the progress is for, `YYYY-MM` in the Christian era. */
  month: string;
  quarter: number;
  /** Last day, `YYYY-MM-DD` in Bangkok, on which the progress entry check accepts the month. */
  deadline: string;
}

/** Deadlines and state of one quarter's evaluation round. */
export interface CalendarRoundResponse {
  quarter: number;
  /** Whether the round has been opened. The dates of a missing round come from the defaults. */
  exists: boolean;
  signedOff: boolean;
  signedOffAt: string | null;
  /** Last day, `YYYY-MM-DD` in Bangkok, on which any progress of the round is accepted. */
  entryDeadline: string;
  /** Last day, `YYYY-MM-DD` in Bangkok, of the evaluators' review period. */
  reviewEndDate: string;
  /** Whether the dates come from an override (configured or stored with the round). */
  overridden: boolean;
  /** Stored evaluations of the round per workflow state, empty for a missing round. */
  evaluationStates: Record<string, number>;
}

/** The progress deadlines and evaluation rounds of a fiscal year, in calendar order. */
export interface EvaluationCalendarResponse {
  fiscalYear: number;
  /** The 12 months from October to September. */
  months: CalendarMonthResponse[];
  /** Quarters 1 to 4. */
  rounds: CalendarRoundResponse[];
}
