import { createHash, randomBytes } from 'node:crypto';

/** Every key starts with this, so that secret scanners and people can recognise one. */
const keyMarker = 'bmak';
const keyPattern = /^bmak_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/u;

/** A new API key, its prefix (kept and shown in lists) and the hash that is stored instead of it. */
export interface IssuedApiKey {
  key: string;
  keyPrefix: string;
  keyHash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Makes a key with 256 random bits; only its hash is stored, so a lost key is replaced, never recovered. */
export function issueApiKey(): IssuedApiKey {
  const keyPrefix = `${keyMarker}_${randomBytes(6).toString('hex')}`;
  const key = `${keyPrefix}_${randomBytes(32).toString('base64url')}`;

  return { key, keyPrefix, keyHash: hashApiKey(key) };
}

/** Tells whether text has the shape of a key, so malformed ones are refused without a database read. */
export function looksLikeApiKey(value: string): boolean {
  return keyPattern.test(value);
}
