import { expectStatus } from '../testing/expect-status';
import {
  aggregateQuarter,
  fiscalQuarterMonths,
  type MonthlyValue,
  type QuarterAggregationInput,
} from './quarter-aggregation';

// FY2564 runs 2020-10-01 .. 2021-09-30, so its Q1 is October–December 2020.
const q1Months = ['2020-10', '2020-11', '2020-12'];

function q1(
  accumulation: 'cumulative' | 'flow',
  monthlyValues: MonthlyValue[],
  decimals?: number,
): QuarterAggregationInput {
  return { fiscalYear: 2564, quarter: 1, accumulation, monthlyValues, decimals };
}

function months(...values: (string | number | null)[]): MonthlyValue[] {
  return values.map((value, index) => ({ month: q1Months[index], value }));
}

describe('fiscalQuarterMonths', () => {
  it.each([
    [2564, 1, ['2020-10', '2020-11', '2020-12']],
    [2564, 2, ['2021-01', '2021-02', '2021-03']],
    [2564, 3, ['2021-04', '2021-05', '2021-06']],
    [2564, 4, ['2021-07', '2021-08', '2021-09']],
  ] as const)('lists FY%p Q%p', (fiscalYear, quarter, expected) => {
    expect(fiscalQuarterMonths(fiscalYear, quarter)).toEqual(expected);
  });
});

describe('aggregateQuarter', () => {
  it.each<['cumulative' | 'flow', (string | number)[], number, string]>([
    ['cumulative', [20, 30, 45], 45, '45'],
    ['flow', [20, 30, 45], 95, '95'],
    ['cumulative', [40, 30, 25], 25, '25'],
    ['flow', ['0.1', '0.2', '0.3'], 0.6, '0.6'],
    ['flow', [-1, 2, -3], -2, '-2'],
  ])('aggregates %s months %p as %p', (accumulation, values, value, exactValue) => {
    const result = aggregateQuarter(q1(accumulation, months(...values)));

    expect(result.status).toBe('complete');
    expect(expectStatus(result, 'complete').value).toBe(value);
    expect(expectStatus(result, 'complete').exactValue).toBe(exactValue);
  });

  it('records version, period and months', () => {
    expect(aggregateQuarter(q1('flow', months(1, 2, 3)))).toEqual({
      status: 'complete',
      modelVersion: 1,
      fiscalYear: 2564,
      quarter: 1,
      accumulation: 'flow',
      months: q1Months,
      value: 6,
      exactValue: '6',
      decimals: 2,
    });
  });

  it('rounds the sum once at the end', () => {
    const result = aggregateQuarter(q1('flow', months('0.335', '0.335', '0.335')));

    expect(expectStatus(result, 'complete').exactValue).toBe('1.005');
    expect(expectStatus(result, 'complete').value).toBe(1.01);
  });

  it('rounds half away from zero', () => {
    const result = aggregateQuarter(q1('flow', months(-1, -1, '-0.5'), 0));

    expect(expectStatus(result, 'complete').value).toBe(-3);
  });

  it('ignores months outside the quarter', () => {
    const result = aggregateQuarter({
      fiscalYear: 2564,
      quarter: 2,
      accumulation: 'flow',
      monthlyValues: [
        ...months(100, 100, 100),
        { month: '2021-01', value: 1 },
        { month: '2021-02', value: 2 },
        { month: '2021-03', value: 3 },
      ],
    });

    expect(expectStatus(result, 'complete').value).toBe(6);
  });

  it.each<['cumulative' | 'flow', (string | number | null)[], string[]]>([
    ['flow', [20, null, 45], ['2020-11']],
    ['cumulative', [20, null, 45], ['2020-11']],
    ['cumulative', [null, 30, 45], ['2020-10']],
    ['cumulative', [20, 30, null], ['2020-12']],
    ['flow', [null, null, null], q1Months],
    ['flow', [20, ' ', 45], ['2020-11']],
  ])('marks %s months %p incomplete', (accumulation, values, missingMonths) => {
    const result = aggregateQuarter(q1(accumulation, months(...values)));

    expect(result.status).toBe('incomplete');
    expect(expectStatus(result, 'incomplete').missingMonths).toEqual(missingMonths);
    expect(expectStatus(result, 'incomplete').reason.code).toBe('QUARTER_INCOMPLETE');
    expect(expectStatus(result, 'incomplete').reason.missingMonths).toEqual(missingMonths);
  });

  it('marks a quarter without values incomplete, not zero', () => {
    const result = aggregateQuarter(q1('flow', []));

    expect(result).toMatchObject({ status: 'incomplete', missingMonths: q1Months });
    expect(result).not.toHaveProperty('value');
    expect(expectStatus(result, 'incomplete').reason.en).toBe(
      'The quarter is incomplete: no value was reported for 2020-10, 2020-11, 2020-12, so the quarter has no value (missing months do not count as zero).',
    );
  });

  it.each<[string, QuarterAggregationInput, string]>([
    ['quarter 5', { ...q1('flow', months(1, 2, 3)), quarter: 5 }, 'INVALID_PERIOD'],
    ['quarter 1.5', { ...q1('flow', months(1, 2, 3)), quarter: 1.5 }, 'INVALID_PERIOD'],
    ['a CE fiscal year', { ...q1('flow', months(1, 2, 3)), fiscalYear: 2021 }, 'INVALID_PERIOD'],
    [
      'accumulation sum',
      { ...q1('flow', months(1, 2, 3)), accumulation: 'sum' as 'flow' },
      'INVALID_ACCUMULATION',
    ],
    ['decimals -1', q1('flow', months(1, 2, 3), -1), 'INVALID_DECIMALS'],
    ['month 2020-13', q1('flow', [{ month: '2020-13', value: 1 }]), 'INVALID_MONTH'],
    ['a Thai date', q1('flow', [{ month: '10/2563', value: 1 }]), 'INVALID_MONTH'],
    ['a text value', q1('flow', months(1, 'ครบ', 3)), 'INVALID_NUMBER'],
    ['a NaN value', q1('flow', months(1, Number.NaN, 3)), 'INVALID_NUMBER'],
    [
      'a repeated month',
      q1('flow', [...months(1, 2, 3), { month: '2020-11', value: 5 }]),
      'DUPLICATE_MONTH',
    ],
  ])('rejects %s', (_case, input, code) => {
    const result = aggregateQuarter(input);

    expect(result.status).toBe('invalid');
    expect(expectStatus(result, 'invalid').reason.code).toBe(code);
    expect(result.modelVersion).toBe(1);
  });
});
