import { createHmac, timingSafeEqual } from 'node:crypto';

/** Maximum accepted difference in seconds between a webhook's timestamp and the receiver clock. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** Outcome of checking a webhook signature header. */
export type WebhookVerification =
  { valid: true } | { valid: false; reason: 'malformed' | 'expired' | 'mismatch' };

interface ParsedSignatureHeader {
  /** The `t` value exactly as sent, because the signature covers that text. */
  timestamp: string;
  signatures: Buffer[];
}

const TIMESTAMP = /^\d{1,15}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/**
 * Signs a webhook body and returns the signature header value
 * `t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>">`. During a secret rotation, pass
 * the new and the old secret to get one v1 entry for each. The body must be the exact string
 * sent, because one changed byte (re-serialised JSON, for example) breaks the signature.
 * Throws a RangeError for an empty secret or a timestamp that is not a whole number of seconds.
 */
export function signWebhook(
  secret: string | readonly string[],
  body: string,
  timestampSeconds: number,
): string {
  const secrets = validateSecrets(secret);

  if (!Number.isSafeInteger(timestampSeconds) || timestampSeconds < 0) {
    throw new RangeError(
      `Invalid webhook timestamp ${String(timestampSeconds)}: expected whole seconds since 1970.`,
    );
  }
  const timestamp = String(timestampSeconds);
  const entries = secrets.map((key) => `v1=${hmac(key, timestamp, body).toString('hex')}`);

  return [`t=${timestamp}`, ...entries].join(',');
}

/**
 * Verifies a signature header from signWebhook against the raw body. The header is valid when
 * any of its v1 entries matches any of the given secrets, so either side can rotate its secret,
 * and its timestamp is at most toleranceSeconds from nowSeconds. The signature is checked before
 * the time, so `expired` means an authentic but old or future-dated request (a replay, or a skewed
 * clock) and `mismatch` means one not signed with these secrets. Digests are compared in
 * constant time. A header without exactly one numeric `t` and at least one v1 entry, or with a
 * v1 entry that is not 64 hex digits, is `malformed`. Entries of other schemes are ignored.
 * Throws a RangeError for an empty secret, or a clock value or tolerance that is not finite.
 */
export function verifyWebhookSignature(
  secret: string | readonly string[],
  body: string,
  header: string | null | undefined,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
): WebhookVerification {
  const secrets = validateSecrets(secret);

  if (!Number.isFinite(nowSeconds) || !Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) {
    throw new RangeError(
      `Invalid clock ${String(nowSeconds)} or tolerance ${String(toleranceSeconds)}: ` +
        'expected finite seconds and a tolerance of 0 or more.',
    );
  }
  const parsed = typeof header === 'string' ? parseSignatureHeader(header) : null;

  if (parsed === null) {
    return { valid: false, reason: 'malformed' };
  }
  let matched = false;

  // Every pair is compared, without stopping at the first match, so timing shows no position.
  for (const key of secrets) {
    const expected = hmac(key, parsed.timestamp, body);

    for (const signature of parsed.signatures) {
      matched = timingSafeEqual(expected, signature) || matched;
    }
  }
  if (!matched) {
    return { valid: false, reason: 'mismatch' };
  }
  if (Math.abs(nowSeconds - Number(parsed.timestamp)) > toleranceSeconds) {
    return { valid: false, reason: 'expired' };
  }

  return { valid: true };
}

function hmac(secret: string, timestamp: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest();
}

function parseSignatureHeader(header: string): ParsedSignatureHeader | null {
  let timestamp: string | null = null;
  const signatures: Buffer[] = [];

  for (const entry of header.split(',')) {
    const separator = entry.indexOf('=');

    if (separator <= 0) {
      return null;
    }
    const key = entry.slice(0, separator).trim();
    const value = entry.slice(separator + 1).trim();

    if (key === 't') {
      if (timestamp !== null || !TIMESTAMP.test(value)) {
        return null;
      }
      timestamp = value;
    } else if (key === 'v1') {
      if (!SHA256_HEX.test(value)) {
        return null;
      }
      signatures.push(Buffer.from(value, 'hex'));
    }
  }

  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

function validateSecrets(secret: string | readonly string[]): readonly string[] {
  const secrets = typeof secret === 'string' ? [secret] : secret;

  if (secrets.length === 0 || secrets.some((key) => typeof key !== 'string' || key === '')) {
    throw new RangeError('Invalid webhook secret: expected one or more non-empty strings.');
  }

  return secrets;
}
