import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { assertBodyLimitFitsNats, natsEnvelopeReserveBytes, payloadTooLargeOf } from './nats-payload';

describe('assertBodyLimitFitsNats', () => {
  const oneMebibyte = 1024 * 1024;

  it('accepts the default limit under the default max_payload', () => {
    expect(() => assertBodyLimitFitsNats(262_144, oneMebibyte)).not.toThrow();
  });

  it('accepts a limit that leaves exactly the reserve', () => {
    expect(() => assertBodyLimitFitsNats(oneMebibyte - natsEnvelopeReserveBytes, oneMebibyte)).not.toThrow();
  });

  it('rejects a limit that leaves less than the reserve', () => {
    expect(() => assertBodyLimitFitsNats(oneMebibyte - natsEnvelopeReserveBytes + 1, oneMebibyte)).toThrow(/MAX_BODY_BYTES=.* max_payload is 1048576/u);
  });
});

describe('payloadTooLargeOf', () => {
  it('maps the NATS max_payload error to 413', () => {
    const error = new DomainException(CommonErrorCode.internal, 'The catalog service failed', 'ผิดพลาด', {
      details: { cause: "'payload' max_payload size exceeded" },
    });

    expect(payloadTooLargeOf(error, 'catalog')?.code).toBe(CommonErrorCode.payloadTooLarge);
  });

  it('leaves other errors alone', () => {
    const other = new DomainException(CommonErrorCode.internal, 'failed', 'ผิดพลาด', { details: { cause: 'connection refused' } });

    expect(payloadTooLargeOf(other, 'catalog')).toBeNull();
    expect(payloadTooLargeOf(new Error('max_payload'), 'catalog')).toBeNull();
  });
});
