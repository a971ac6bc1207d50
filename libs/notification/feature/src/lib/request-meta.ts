import type { AuditContext } from '@bma-kpi/notification-data-access';
import { actorHeader, correlationIdHeader, readHeader } from '@bma-kpi/messaging';

/** Actor and correlation id of a request, read from the message headers. */
export type RequestMeta = AuditContext;

/** Reads the actor (`anonymous` when the header is absent) and correlation id of a request. */
export function requestMetaOf(context: unknown): RequestMeta {
  return {
    actor: readHeader(context, actorHeader) ?? 'anonymous',
    correlationId: readHeader(context, correlationIdHeader),
  };
}
