/** Headers of an in-process message, as NATS headers would carry them. */
export type MessageHeaders = Record<string, string>;

/** A message as it crosses the in-process broker: the payload is JSON text, as on the wire. */
export interface InProcessMessage {
  subject: string;
  data: string;
  headers: MessageHeaders;
}

type RequestHandler = (message: InProcessMessage) => Promise<string>;

type EventHandler = (message: InProcessMessage) => Promise<void>;

/** Raised when no handler is registered for a subject, as NATS reports "no responders". */
export class NoRespondersError extends Error {
  constructor(readonly subject: string) {
    super(`No responders are listening on subject "${subject}"`);
    this.name = 'NoRespondersError';
  }
}

/**
 * Routes requests and events between NestJS apps of one process (the embedded run mode). Payloads
 * are passed as JSON text so that handlers see exactly what they would receive over NATS. Several
 * handlers of one request subject share the load in turn, like a NATS queue group.
 */
export class InProcessBroker {
  private readonly requestHandlers = new Map<string, RequestHandler[]>();
  private readonly eventHandlers = new Map<string, EventHandler[]>();
  private readonly turn = new Map<string, number>();

  handleRequests(subject: string, handler: RequestHandler): () => void {
    return this.add(this.requestHandlers, subject, handler);
  }

  handleEvents(subject: string, handler: EventHandler): () => void {
    return this.add(this.eventHandlers, subject, handler);
  }

  async request(subject: string, data: string, headers: MessageHeaders): Promise<string> {
    const handlers = this.requestHandlers.get(subject) ?? [];

    if (handlers.length === 0) {
      throw new NoRespondersError(subject);
    }
    const index = (this.turn.get(subject) ?? 0) % handlers.length;

    this.turn.set(subject, index + 1);
    // Leave the caller's stack first, as a network hop would.
    await Promise.resolve();

    return handlers[index]({ subject, data, headers });
  }

  /**
   * Delivers an event to the handlers of its subject and to those of a matching wildcard such as
   * `events.>`, which, as in NATS, stands for one or more further tokens.
   */
  async publish(subject: string, data: string, headers: MessageHeaders): Promise<void> {
    const handlers = [...this.eventHandlers.entries()].flatMap(([pattern, registered]) => (subjectMatches(pattern, subject) ? registered : []));

    await Promise.all(handlers.map((handler) => handler({ subject, data, headers })));
  }

  private add<T>(registry: Map<string, T[]>, subject: string, handler: T): () => void {
    registry.set(subject, [...(registry.get(subject) ?? []), handler]);

    return () => registry.set(subject, (registry.get(subject) ?? []).filter((h) => h !== handler));
  }
}

function subjectMatches(pattern: string, subject: string): boolean {
  return pattern.endsWith('.>') ? subject.startsWith(pattern.slice(0, -1)) && subject.length > pattern.length - 1 : pattern === subject;
}
