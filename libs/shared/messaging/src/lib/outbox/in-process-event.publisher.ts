import type { InProcessBroker } from '../in-process/in-process.broker';
import { correlationIdHeader } from '../rpc/correlation';
import type { EventPublisher } from './event-publisher';
import type { OutboxMessage } from './outbox.types';

/** Publishes outbox events to the in-process broker of the embedded mode. */
export class InProcessEventPublisher implements EventPublisher {
  constructor(
    private readonly broker: InProcessBroker,
    private readonly subjectPrefix = '',
  ) {}

  async publish(message: OutboxMessage): Promise<void> {
    const headers: Record<string, string> = { 'nats-msg-id': message.id };

    if (message.correlationId) {
      headers[correlationIdHeader] = message.correlationId;
    }
    await this.broker.publish(this.subjectPrefix + message.subject, JSON.stringify(message.payload), headers);
  }

  async close(): Promise<void> {
    // The broker belongs to the host process.
  }
}
