import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Prefix of a secret sealed with AES-256-GCM; other stored values are plain text. */
const SEALED_PREFIX = 'gcm1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Reads a base64 encryption key of 32 bytes, or returns null when none is configured.
 * Throws a RangeError for a key of another length, so a truncated key fails at start-up.
 */
export function parseSecretKey(base64: string | undefined | null): Buffer | null {
  if (base64 === undefined || base64 === null || base64.trim() === '') {
    return null;
  }
  const key = Buffer.from(base64.trim(), 'base64');

  if (key.length !== KEY_BYTES) {
    throw new RangeError(`Invalid secret key: expected ${KEY_BYTES} bytes in base64, got ${key.length}.`);
  }

  return key;
}

/**
 * Seals a webhook signing secret for storage. With a key, the result is AES-256-GCM ciphertext
 * that only the same key opens; without one, the secret is stored as it is.
 */
export function sealSecret(plain: string, key: Buffer | null): string {
  if (key === null) {
    return plain;
  }
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);

  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64');
}

/**
 * Opens a value from sealSecret. Throws an Error when a sealed value meets no key or the wrong
 * key, because signing with a wrong secret would only fail later at the receiver.
 */
export function openSecret(stored: string, key: Buffer | null): string {
  if (!stored.startsWith(SEALED_PREFIX)) {
    return stored;
  }
  if (key === null) {
    throw new Error('A webhook secret is encrypted but no secret key is configured.');
  }
  const raw = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));

  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));

  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** Creates a new random signing secret, `whsec_` and 32 random bytes in base64url. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(KEY_BYTES).toString('base64url')}`;
}
