import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';

import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

/**
 * Rejects a text body on a route that takes a JSON object with 415, before validation would
 * report every field of the object as missing. The body parsers leave text bodies as strings,
 * so a string in a body parameter means the client sent text/plain, CSV or another text type.
 */
export class JsonBodyPipe implements PipeTransform {
  constructor(private readonly next: PipeTransform) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body' && typeof value === 'string' && metadata.metatype !== String) {
      throw new DomainException(
        CommonErrorCode.unsupportedMediaType,
        'This endpoint takes a JSON object. Send it with Content-Type: application/json.',
        'endpoint นี้รับข้อมูลแบบ JSON object โปรดส่งพร้อม Content-Type: application/json',
      );
    }

    return this.next.transform(value, metadata);
  }
}
