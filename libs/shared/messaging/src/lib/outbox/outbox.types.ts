import { randomUUID } from 'node:crypto';

/** An event waiting in a service's outbox table, written in the same transaction as the change. */
export interface OutboxMessage {
  /** Event id (UUID); JetStream deduplicates on it through the Nats-Msg-Id header. */
  id: string;
  subject: string;
  payload: unknown;
  correlationId: string | null;
}

/** Storage side of the outbox relay, implemented by each service's data-access lib. */
export interface OutboxStore {
  /** Returns up to `limit` unsent events, oldest first. */
  fetchPending(limit: number): Promise<OutboxMessage[]>;
  markSent(ids: string[]): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
}

/** Builds an outbox message whose payload is the event envelope every service publishes. */
export function createOutboxMessage<E extends { subject: string; data: unknown }>(
  subject: E['subject'],
  data: E['data'],
  meta: { actor: string; correlationId: string | null },
): OutboxMessage {
  const eventId = randomUUID();
  const payload = {
    eventId,
    subject,
    occurredAt: new Date().toISOString(),
    correlationId: meta.correlationId,
    actor: meta.actor,
    data,
  };

  return { id: eventId, subject, payload, correlationId: meta.correlationId };
}
