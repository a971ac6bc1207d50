import { actorHeader, correlationIdHeader, readHeader } from '@bma-kpi/messaging';

/** Actor and correlation id of a request, read from the message headers. */
export interface RequestMeta {
  actor: string;
  correlationId: string | null;
}

export function requestMetaOf(context: unknown): RequestMeta {
  return {
    actor: readHeader(context, actorHeader) ?? 'anonymous',
    correlationId: readHeader(context, correlationIdHeader),
  };
}
