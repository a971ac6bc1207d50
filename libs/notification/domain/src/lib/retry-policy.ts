/** Exponential backoff settings for delivery retries. */
export interface RetryBackoff {
  /** Delay in milliseconds after the first failed attempt. */
  baseMs: number;
  /** Maximum delay in milliseconds. */
  maxMs: number;
  /** Growth factor of the delay per further failed attempt, 2 by default. */
  factor?: number;
  /** Fraction from 0 to 1 of the delay that jitter may take off, 0 (no jitter) by default. */
  jitterRatio?: number;
}

/**
 * Returns the delay in whole milliseconds before retrying after failed attempt number `attempt`
 * (1 for the first attempt): min(maxMs, baseMs × factor^(attempt − 1)). With jitter, up to
 * jitterRatio of that delay is taken off at random, so the result lies between
 * delay × (1 − jitterRatio) and delay, and retries from many deliveries spread out.
 * `random` must return a number in [0, 1); inject a fixed one to make the result deterministic.
 * Throws a RangeError for an invalid attempt, setting or random number.
 */
export function retryDelayMs(
  attempt: number,
  backoff: RetryBackoff,
  random: () => number = Math.random,
): number {
  const { baseMs, maxMs, factor = 2, jitterRatio = 0 } = backoff;

  assertAttempt('attempt', attempt);
  validateBackoff(baseMs, maxMs, factor, jitterRatio);
  // With baseMs 0 the product below would be 0 × Infinity = NaN for a large attempt.
  const delay = baseMs === 0 ? 0 : Math.min(maxMs, baseMs * factor ** (attempt - 1));

  if (jitterRatio === 0) {
    return Math.round(delay);
  }
  const sample = random();

  if (!(sample >= 0 && sample < 1)) {
    throw new RangeError(`Invalid random number ${String(sample)}: expected one in [0, 1).`);
  }

  return Math.round(delay * (1 - jitterRatio * sample));
}

/**
 * Checks whether another attempt may follow failed attempt number `attempt` when at most
 * maxAttempts attempts are made in all. Throws a RangeError unless both are whole numbers of
 * 1 or more.
 */
export function shouldRetry(attempt: number, maxAttempts: number): boolean {
  assertAttempt('attempt', attempt);
  assertAttempt('maxAttempts', maxAttempts);

  return attempt < maxAttempts;
}

/**
 * Checks whether an HTTP response status is worth retrying: 408 Request Timeout,
 * 429 Too Many Requests and every 5xx are, because they may pass later. Other statuses are
 * final: 2xx succeeded, and 3xx and the other 4xx will fail the same way again. A network error
 * without a status is outside this function, and callers usually retry it.
 * Throws a RangeError for a value that is not a whole number from 100 to 599.
 */
export function isRetryableStatus(status: number): boolean {
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new RangeError(
      `Invalid HTTP status ${String(status)}: expected a whole number from 100 to 599.`,
    );
  }

  return status === 408 || status === 429 || status >= 500;
}

function assertAttempt(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`Invalid ${name} ${String(value)}: expected a whole number of 1 or more.`);
  }
}

function validateBackoff(baseMs: number, maxMs: number, factor: number, jitterRatio: number): void {
  if (!Number.isFinite(baseMs) || baseMs < 0) {
    throw new RangeError(`Invalid baseMs ${String(baseMs)}: expected milliseconds of 0 or more.`);
  }
  if (!Number.isFinite(maxMs) || maxMs < baseMs) {
    throw new RangeError(
      `Invalid maxMs ${String(maxMs)}: expected milliseconds of at least baseMs (${baseMs}).`,
    );
  }
  if (!Number.isFinite(factor) || factor < 1) {
    throw new RangeError(`Invalid factor ${String(factor)}: expected a number of 1 or more.`);
  }
  if (!(jitterRatio >= 0 && jitterRatio <= 1)) {
    throw new RangeError(
      `Invalid jitterRatio ${String(jitterRatio)}: expected a number from 0 to 1.`,
    );
  }
}
