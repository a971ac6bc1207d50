import type { OutboxMessage } from './outbox.types';

/** Sends one outbox event to the event bus; must be safe to call twice for the same event id. */
export interface EventPublisher {
  publish(message: OutboxMessage): Promise<void>;
  close(): Promise<void>;
}
