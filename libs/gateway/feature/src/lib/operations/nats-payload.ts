import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

/**
 * Bytes of a NATS message kept free for what the gateway adds to a request body: the headers
 * (correlation id, actor), the Nest packet envelope and JSON escapes of text bodies.
 */
export const natsEnvelopeReserveBytes = 64 * 1024;

/**
 * Throws at startup when MAX_BODY_BYTES does not fit in one NATS message of the server's
 * max_payload. Without this check a body the gateway accepts could fail later with an
 * error from NATS instead of 413.
 */
export function assertBodyLimitFitsNats(maxBodyBytes: number, maxPayloadBytes: number): void {
  const largestBody = maxPayloadBytes - natsEnvelopeReserveBytes;

  if (maxBodyBytes > largestBody) {
    throw new Error(
      `MAX_BODY_BYTES=${maxBodyBytes} does not fit in one NATS message: the server's max_payload is ${maxPayloadBytes} bytes ` +
        `and ${natsEnvelopeReserveBytes} of them are kept for headers and the envelope. Set MAX_BODY_BYTES to at most ` +
        `${largestBody}, or raise max_payload in the NATS server configuration.`,
    );
  }
}

/**
 * Returns a 413 PAYLOAD_TOO_LARGE for a request that NATS rejected as larger than max_payload, or
 * null for any other error. A body under MAX_BODY_BYTES can still grow past max_payload when
 * JSON escapes its text, for example a CSV made mostly of control characters.
 */
export function payloadTooLargeOf(error: unknown, service: string): DomainException | null {
  const cause = error instanceof DomainException ? (error.extra.details as { cause?: unknown } | undefined)?.cause : undefined;

  if (typeof cause !== 'string' || !/max_payload|MAX_PAYLOAD/u.test(cause)) {
    return null;
  }

  return new DomainException(
    CommonErrorCode.payloadTooLarge,
    `The request is too large to pass to the ${service} service in one NATS message. Send a smaller body.`,
    `คำขอมีขนาดใหญ่เกินกว่าจะส่งต่อให้บริการ ${service} ในข้อความ NATS เดียวได้ โปรดส่งข้อมูลให้เล็กลง`,
  );
}
