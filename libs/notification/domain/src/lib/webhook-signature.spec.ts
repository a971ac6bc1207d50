import crypto from 'node:crypto';

import {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  signWebhook,
  verifyWebhookSignature,
} from './webhook-signature';

const SECRET = 'whsec_current';
const OLD_SECRET = 'whsec_previous';
const BODY = JSON.stringify({ kind: 'evaluationScored', kpiTitleTh: 'ร้อยละของถนน', score: 87.5 });
const SENT_AT = 1_700_000_000;

// Reference digest computed independently with node:crypto, as a receiver in any language would.
function referenceHex(secret: string, timestamp: number | string, body: string): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

describe('signWebhook', () => {
  it.each([
    ['JSON body', SECRET, BODY, SENT_AT],
    ['empty body', SECRET, '', SENT_AT],
    ['Thai body', 'กุญแจ', 'แจ้งเตือน: ใกล้ถึงกำหนด', 1],
    ['zero timestamp', SECRET, BODY, 0],
  ])('signs %s', (_case, secret, body, timestamp) => {
    expect(signWebhook(secret, body, timestamp)).toBe(
      `t=${timestamp},v1=${referenceHex(secret, timestamp, body)}`,
    );
  });

  it('signs with every rotated secret', () => {
    expect(signWebhook([SECRET, OLD_SECRET], BODY, SENT_AT)).toBe(
      `t=${SENT_AT},v1=${referenceHex(SECRET, SENT_AT, BODY)},` +
        `v1=${referenceHex(OLD_SECRET, SENT_AT, BODY)}`,
    );
  });

  it.each([
    ['empty secret', '', SENT_AT, 'Invalid webhook secret'],
    ['no secrets', [], SENT_AT, 'Invalid webhook secret'],
    ['one empty secret', [SECRET, ''], SENT_AT, 'Invalid webhook secret'],
    ['negative timestamp', SECRET, -1, 'Invalid webhook timestamp -1'],
    ['fractional timestamp', SECRET, 1.5, 'Invalid webhook timestamp 1.5'],
    ['NaN timestamp', SECRET, Number.NaN, 'Invalid webhook timestamp NaN'],
  ])('rejects %s', (_case, secret, timestamp, message) => {
    expect(() => signWebhook(secret, BODY, timestamp)).toThrow(message);
  });
});

describe('verifyWebhookSignature', () => {
  const header = signWebhook(SECRET, BODY, SENT_AT);

  it.each([
    ['at send time', SENT_AT],
    ['at tolerance limit', SENT_AT + DEFAULT_WEBHOOK_TOLERANCE_SECONDS],
    ['slightly early clock', SENT_AT - DEFAULT_WEBHOOK_TOLERANCE_SECONDS],
  ])('accepts %s', (_case, now) => {
    expect(verifyWebhookSignature(SECRET, BODY, header, now)).toEqual({ valid: true });
  });

  it.each([
    ['old timestamp', SENT_AT + DEFAULT_WEBHOOK_TOLERANCE_SECONDS + 1],
    ['future timestamp', SENT_AT - DEFAULT_WEBHOOK_TOLERANCE_SECONDS - 1],
  ])('expires %s', (_case, now) => {
    expect(verifyWebhookSignature(SECRET, BODY, header, now)).toEqual({
      valid: false,
      reason: 'expired',
    });
  });

  it('applies custom tolerance', () => {
    expect(verifyWebhookSignature(SECRET, BODY, header, SENT_AT, 0)).toEqual({ valid: true });
    expect(verifyWebhookSignature(SECRET, BODY, header, SENT_AT + 1, 0)).toEqual({
      valid: false,
      reason: 'expired',
    });
  });

  it.each([
    ['tampered body', SECRET, BODY.replace('87.5', '97.5'), header],
    ['re-serialised body', SECRET, JSON.stringify(JSON.parse(BODY), null, 2), header],
    ['wrong secret', OLD_SECRET, BODY, header],
    ['tampered timestamp', SECRET, BODY, header.replace(`t=${SENT_AT}`, `t=${SENT_AT + 1}`)],
    ['other body signature', SECRET, BODY, signWebhook(SECRET, '{}', SENT_AT)],
  ])('reports mismatch for %s', (_case, secret, body, sentHeader) => {
    expect(verifyWebhookSignature(secret, body, sentHeader, SENT_AT)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
  });

  it('reports mismatch before expiry', () => {
    expect(verifyWebhookSignature(SECRET, '{}', header, SENT_AT + 3600)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
  });

  it.each([
    ['receiver knows both secrets', [SECRET, OLD_SECRET], signWebhook(OLD_SECRET, BODY, SENT_AT)],
    ['sender signs with both', OLD_SECRET, signWebhook([SECRET, OLD_SECRET], BODY, SENT_AT)],
    ['new secret second', SECRET, signWebhook([OLD_SECRET, SECRET], BODY, SENT_AT)],
  ])('accepts rotation when %s', (_case, secret, sentHeader) => {
    expect(verifyWebhookSignature(secret, BODY, sentHeader, SENT_AT)).toEqual({ valid: true });
  });

  it('rejects rotation with unknown secrets', () => {
    const rotated = signWebhook([SECRET, OLD_SECRET], BODY, SENT_AT);

    expect(verifyWebhookSignature('whsec_other', BODY, rotated, SENT_AT)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
  });

  it.each([
    ['spaces after commas', header.replace(',', ', ')],
    ['uppercase hex', `t=${SENT_AT},v1=${referenceHex(SECRET, SENT_AT, BODY).toUpperCase()}`],
    ['unknown scheme', `t=${SENT_AT},v0=abc,v1=${referenceHex(SECRET, SENT_AT, BODY)}`],
    ['entries reordered', `v1=${referenceHex(SECRET, SENT_AT, BODY)},t=${SENT_AT}`],
  ])('accepts header with %s', (_case, sentHeader) => {
    expect(verifyWebhookSignature(SECRET, BODY, sentHeader, SENT_AT)).toEqual({ valid: true });
  });

  const validHex = referenceHex(SECRET, SENT_AT, BODY);

  it.each([
    ['empty header', ''],
    ['missing header', undefined],
    ['null header', null],
    ['plain text', 'garbage'],
    ['no timestamp', `v1=${validHex}`],
    ['no signature', `t=${SENT_AT}`],
    ['two timestamps', `t=${SENT_AT},t=${SENT_AT},v1=${validHex}`],
    ['text timestamp', `t=soon,v1=${validHex}`],
    ['negative timestamp', `t=-${SENT_AT},v1=${validHex}`],
    ['short signature', `t=${SENT_AT},v1=${validHex.slice(1)}`],
    ['non-hex signature', `t=${SENT_AT},v1=${'z'.repeat(64)}`],
    ['entry without key', `t=${SENT_AT},=${validHex}`],
    ['entry without equals', `t=${SENT_AT},v1=${validHex},v1`],
  ])('reports malformed %s', (_case, sentHeader) => {
    expect(verifyWebhookSignature(SECRET, BODY, sentHeader, SENT_AT)).toEqual({
      valid: false,
      reason: 'malformed',
    });
  });

  it('compares with timingSafeEqual', () => {
    const compare = jest.spyOn(crypto, 'timingSafeEqual');

    verifyWebhookSignature([SECRET, OLD_SECRET], BODY, header, SENT_AT);

    expect(compare).toHaveBeenCalledTimes(2);
    compare.mockRestore();
  });

  it.each([
    ['empty secret', '', SENT_AT, 300],
    ['NaN clock', SECRET, Number.NaN, 300],
    ['negative tolerance', SECRET, SENT_AT, -1],
    ['infinite tolerance', SECRET, SENT_AT, Number.POSITIVE_INFINITY],
  ])('rejects %s', (_case, secret, now, tolerance) => {
    expect(() => verifyWebhookSignature(secret, BODY, header, now, tolerance)).toThrow(RangeError);
  });
});
