import { actorHeader, correlationIdHeader, readHeader } from '@bma-kpi/messaging';

/** Who asked for a change and under which correlation id, read from the message headers. */
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
