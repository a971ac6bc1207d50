import { type RetryBackoff, isRetryableStatus, retryDelayMs, shouldRetry } from './retry-policy';

const BACKOFF: RetryBackoff = { baseMs: 1_000, maxMs: 30_000 };

describe('retryDelayMs', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 8_000],
    [5, 16_000],
    [6, 30_000],
    [50, 30_000],
    [5_000, 30_000],
  ])('waits after attempt %p for %p ms', (attempt, expected) => {
    expect(retryDelayMs(attempt, BACKOFF)).toBe(expected);
  });

  it.each<[RetryBackoff, number, number]>([
    [{ baseMs: 500, maxMs: 60_000, factor: 3 }, 3, 4_500],
    [{ baseMs: 500, maxMs: 60_000, factor: 1 }, 9, 500],
    [{ baseMs: 0, maxMs: 0 }, 5_000, 0],
    [{ baseMs: 1.4, maxMs: 100 }, 1, 1],
    [{ baseMs: 100, maxMs: 100 }, 4, 100],
  ])('applies %p to attempt %p', (backoff, attempt, expected) => {
    expect(retryDelayMs(attempt, backoff)).toBe(expected);
  });

  it.each([
    [0, 4_000],
    [0.5, 3_000],
    [0.999, 2_002],
  ])('takes jitter off with random %p', (sample, expected) => {
    expect(retryDelayMs(3, { ...BACKOFF, jitterRatio: 0.5 }, () => sample)).toBe(expected);
  });

  it('applies jitter after cap', () => {
    expect(retryDelayMs(20, { ...BACKOFF, jitterRatio: 1 }, () => 0.5)).toBe(15_000);
  });

  it('skips random without jitter', () => {
    const random = jest.fn(() => 0.5);

    expect(retryDelayMs(2, BACKOFF, random)).toBe(2_000);
    expect(random).not.toHaveBeenCalled();
  });

  it('keeps Math.random jitter in range', () => {
    for (let run = 0; run < 200; run += 1) {
      const delay = retryDelayMs(3, { ...BACKOFF, jitterRatio: 0.25 });

      expect(delay).toBeGreaterThanOrEqual(3_000);
      expect(delay).toBeLessThanOrEqual(4_000);
    }
  });

  it.each<[string, number, RetryBackoff, string]>([
    ['attempt 0', 0, BACKOFF, 'Invalid attempt 0'],
    ['fractional attempt', 1.5, BACKOFF, 'Invalid attempt 1.5'],
    ['NaN attempt', Number.NaN, BACKOFF, 'Invalid attempt NaN'],
    ['negative base', 1, { baseMs: -1, maxMs: 10 }, 'Invalid baseMs -1'],
    ['infinite base', 1, { baseMs: Infinity, maxMs: Infinity }, 'Invalid baseMs Infinity'],
    ['max below base', 1, { baseMs: 10, maxMs: 5 }, 'Invalid maxMs 5'],
    ['factor below 1', 1, { ...BACKOFF, factor: 0.5 }, 'Invalid factor 0.5'],
    ['NaN factor', 1, { ...BACKOFF, factor: Number.NaN }, 'Invalid factor NaN'],
    ['negative jitter', 1, { ...BACKOFF, jitterRatio: -0.1 }, 'Invalid jitterRatio -0.1'],
    ['jitter above 1', 1, { ...BACKOFF, jitterRatio: 1.1 }, 'Invalid jitterRatio 1.1'],
  ])('rejects %s', (_case, attempt, backoff, message) => {
    expect(() => retryDelayMs(attempt, backoff)).toThrow(message);
  });

  it.each([1, -0.1, Number.NaN])('rejects random number %p', (sample) => {
    expect(() => retryDelayMs(1, { ...BACKOFF, jitterRatio: 0.5 }, () => sample)).toThrow(
      `Invalid random number ${sample}`,
    );
  });
});

describe('shouldRetry', () => {
  it.each([
    [1, 3, true],
    [2, 3, true],
    [3, 3, false],
    [4, 3, false],
    [1, 1, false],
  ])('after attempt %p of %p is %p', (attempt, maxAttempts, expected) => {
    expect(shouldRetry(attempt, maxAttempts)).toBe(expected);
  });

  it.each([
    [0, 3, 'Invalid attempt 0'],
    [1.5, 3, 'Invalid attempt 1.5'],
    [1, 0, 'Invalid maxAttempts 0'],
    [1, Number.NaN, 'Invalid maxAttempts NaN'],
  ])('rejects attempt %p of %p', (attempt, maxAttempts, message) => {
    expect(() => shouldRetry(attempt, maxAttempts)).toThrow(message);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [599, true],
    [408, true],
    [429, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [410, false],
    [422, false],
    [200, false],
    [204, false],
    [301, false],
    [100, false],
  ])('classifies %p as %p', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it.each([0, 99, 600, 200.5, Number.NaN])('rejects status %p', (status) => {
    expect(() => isRetryableStatus(status)).toThrow(`Invalid HTTP status ${status}`);
  });
});
