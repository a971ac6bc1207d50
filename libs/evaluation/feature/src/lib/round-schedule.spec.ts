import type { RoundRecord } from '@bma-kpi/evaluation-data-access';
import { DEFAULT_ROUND_CALENDAR_CONFIG } from '@bma-kpi/evaluation-domain';

import { calendarWithRound, endOfBangkokDay, findRoundDeadlineProblem, toRoundResponse } from './round-schedule';

function roundRecord(overrides: Partial<RoundRecord> = {}): RoundRecord {
  return {
    id: 'round-1',
    fiscalYear: 2564,
    quarter: 1,
    entryDeadline: null,
    reviewUntil: null,
    status: 'open',
    signedOffAt: null,
    signedOffBy: null,
    version: 1,
    createdBy: 'tester',
    updatedBy: 'tester',
    createdAt: '2020-09-01T00:00:00.000Z',
    updatedAt: '2020-09-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('endOfBangkokDay', () => {
  it('returns the last instant at +07:00', () => {
    expect(endOfBangkokDay('2021-01-20')).toBe('2021-01-20T23:59:59.999+07:00');
  });
});

describe('calendarWithRound', () => {
  it('keeps the calendar without stored deadlines', () => {
    expect(calendarWithRound(DEFAULT_ROUND_CALENDAR_CONFIG, roundRecord())).toBe(DEFAULT_ROUND_CALENDAR_CONFIG);
  });

  it('reads stored instants as Bangkok dates', () => {
    const calendar = calendarWithRound(DEFAULT_ROUND_CALENDAR_CONFIG, roundRecord({ entryDeadline: '2021-01-20T16:59:59.999Z' }));

    expect(calendar.roundOverrides).toEqual([{ fiscalYear: 2564, quarter: 1, entryDeadline: '2021-01-20' }]);
  });

  it('replaces a configured override of the same round', () => {
    const config = { ...DEFAULT_ROUND_CALENDAR_CONFIG, roundOverrides: [{ fiscalYear: 2564, quarter: 1 as const, entryDeadline: '2021-01-31' }] };
    const calendar = calendarWithRound(config, roundRecord({ reviewUntil: '2021-03-01T16:59:59.999Z' }));

    expect(calendar.roundOverrides).toEqual([{ fiscalYear: 2564, quarter: 1, reviewEndDate: '2021-03-01' }]);
  });
});

describe('findRoundDeadlineProblem', () => {
  it('accepts the calendar defaults', () => {
    expect(findRoundDeadlineProblem({ fiscalYear: 2564, quarter: 1 }, DEFAULT_ROUND_CALENDAR_CONFIG)).toBeNull();
  });

  it('rejects an entry deadline inside the quarter', () => {
    const problem = findRoundDeadlineProblem({ fiscalYear: 2564, quarter: 1, entryDeadline: '2020-12-01' }, DEFAULT_ROUND_CALENDAR_CONFIG);

    expect(problem?.code).toBe('INVALID_CALENDAR_CONFIG');
  });

  it('rejects a review end before the entry deadline', () => {
    const request = { fiscalYear: 2564, quarter: 1, entryDeadline: '2021-01-20', reviewUntil: '2021-01-10' };

    expect(findRoundDeadlineProblem(request, DEFAULT_ROUND_CALENDAR_CONFIG)?.code).toBe('INVALID_CALENDAR_CONFIG');
  });
});

describe('toRoundResponse', () => {
  it.each([
    ['2020-09-30T12:00:00Z', 'upcoming'],
    ['2020-11-01T12:00:00Z', 'entry'],
    ['2021-01-20T12:00:00Z', 'review'],
    ['2021-03-01T12:00:00Z', 'overdue'],
  ])('reads the phase at %s as %s', (now, phase) => {
    const response = toRoundResponse(roundRecord(), DEFAULT_ROUND_CALENDAR_CONFIG, new Date(now));

    expect(response.phase).toBe(phase);
  });

  it('uses the default deadlines', () => {
    const response = toRoundResponse(roundRecord(), DEFAULT_ROUND_CALENDAR_CONFIG, new Date('2020-11-01T00:00:00Z'));

    expect(response.entryDeadline).toBe('2021-01-15');
    expect(response.reviewUntil).toBe('2021-02-14');
  });

  it('reports a signed-off round as signedOff', () => {
    const record = roundRecord({ status: 'signedOff', signedOffAt: '2021-02-01T03:00:00.000Z', signedOffBy: 'evaluator-1' });
    const response = toRoundResponse(record, DEFAULT_ROUND_CALENDAR_CONFIG, new Date('2021-02-02T00:00:00Z'));

    expect(response.phase).toBe('signedOff');
    expect(response.signedOffBy).toBe('evaluator-1');
  });
});
