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
