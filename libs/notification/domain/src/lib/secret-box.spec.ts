import { randomBytes } from 'node:crypto';

import { generateWebhookSecret, openSecret, parseSecretKey, sealSecret } from './secret-box';

describe('secret box', () => {
  const key = randomBytes(32);

  it('seals a secret so that only the same key opens it', () => {
    const sealed = sealSecret('whsec_abc', key);

    expect(sealed).toMatch(/^gcm1:/);
    expect(sealed).not.toContain('whsec_abc');
    expect(openSecret(sealed, key)).toBe('whsec_abc');
    expect(() => openSecret(sealed, randomBytes(32))).toThrow();
  });

  it('uses a new nonce every time', () => {
    expect(sealSecret('same', key)).not.toBe(sealSecret('same', key));
  });

  it('stores plain text without a key', () => {
    expect(sealSecret('whsec_plain', null)).toBe('whsec_plain');
    expect(openSecret('whsec_plain', key)).toBe('whsec_plain');
    expect(() => openSecret(sealSecret('x', key), null)).toThrow(/no secret key/);
  });

  it('rejects a tampered ciphertext', () => {
    const sealed = Buffer.from(sealSecret('whsec_abc', key).slice(5), 'base64');

    sealed[sealed.length - 1] ^= 1;
    expect(() => openSecret(`gcm1:${sealed.toString('base64')}`, key)).toThrow();
  });

  it('reads a 32-byte base64 key and rejects other lengths', () => {
    expect(parseSecretKey(key.toString('base64'))?.equals(key)).toBe(true);
    expect(parseSecretKey(undefined)).toBeNull();
    expect(parseSecretKey('  ')).toBeNull();
    expect(() => parseSecretKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });

  it('generates distinct secrets with a recognisable prefix', () => {
    const secret = generateWebhookSecret();

    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});
