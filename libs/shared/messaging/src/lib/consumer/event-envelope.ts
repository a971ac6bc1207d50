/** Event as every service publishes it through its outbox: metadata around the subject's data. */
export interface EventEnvelope<TData = unknown> {
  /** Event id (UUID), on which consumers deduplicate. */
  eventId: string;
  /** Subject without the deployment's subject prefix, e.g. 'events.indicators.progress.reported.v1'. */
  subject: string;
  /** ISO 8601 time at which the publishing service committed the change. */
  occurredAt: string;
  correlationId: string | null;
  /** User or API client on whose behalf the change was made. */
  actor: string;
  data: TData;
}

/** Raised when a message payload is not an event envelope, which makes the message a poison message. */
export class MalformedEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedEventError';
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoTimestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a message payload as an event envelope and throws a MalformedEventError that names the first invalid field. */
export function parseEventEnvelope(text: string): EventEnvelope {
  const value = parseJson(text);

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedEventError(`Event payload must be a JSON object, got ${describe(value)}`);
  }
  const envelope = value as Record<string, unknown>;
  const { eventId, subject, occurredAt, correlationId, actor } = envelope;

  if (typeof eventId !== 'string' || !uuidPattern.test(eventId)) {
    throw new MalformedEventError(`Event field "eventId" must be a UUID, got ${describe(eventId)}`);
  }
  if (typeof subject !== 'string' || subject.length === 0) {
    throw new MalformedEventError(
      `Event field "subject" must be a non-empty string, got ${describe(subject)}`,
    );
  }
  if (
    typeof occurredAt !== 'string' ||
    !isoTimestampPattern.test(occurredAt) ||
    Number.isNaN(Date.parse(occurredAt))
  ) {
    throw new MalformedEventError(
      `Event field "occurredAt" must be an ISO 8601 timestamp, got ${describe(occurredAt)}`,
    );
  }
  if (correlationId !== null && typeof correlationId !== 'string') {
    throw new MalformedEventError(
      `Event field "correlationId" must be a string or null, got ${describe(correlationId)}`,
    );
  }
  if (typeof actor !== 'string') {
    throw new MalformedEventError(`Event field "actor" must be a string, got ${describe(actor)}`);
  }
  if (!('data' in envelope)) {
    throw new MalformedEventError('Event field "data" is missing');
  }

  return { eventId, subject, occurredAt, correlationId, actor, data: envelope['data'] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    throw new MalformedEventError(`Event payload is not valid JSON: ${reason}`);
  }
}

/** Describes a rejected value for an error message, cut short so that logs stay readable. */
function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  const json = JSON.stringify(value);

  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
