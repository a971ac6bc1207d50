import type { EventConsumerOptions } from './event-consumer';

/** Largest number of messages one consumer handles at once; more only adds ack-wait pressure. */
const maxConcurrency = 64;

/** Throws an Error listing every invalid consumer option, so a misconfigured service fails at startup. */
export function assertValidConsumerOptions(options: EventConsumerOptions): void {
  const problems: string[] = [];

  // JetStream consumer names may not contain whitespace, '.', '*', '>', '/' or '\'.
  if (!/^[^\s.*>/\\]+$/.test(options.durableName)) {
    problems.push(
      `durableName ${JSON.stringify(options.durableName)} must be non-empty and free of whitespace, ".", "*", ">", "/" and "\\"`,
    );
  }
  // The events stream captures only `${prefix}events.>`, and the in-process broker matches subjects exactly.
  if (
    options.subjects.length === 0 ||
    options.subjects.some((subject) => !isExactEventSubject(subject))
  ) {
    problems.push(
      `subjects must be a non-empty list of "events." subjects without wildcards, got ${JSON.stringify(options.subjects)}`,
    );
  }
  if (!Number.isInteger(options.maxDeliveries) || options.maxDeliveries < 1) {
    problems.push(`maxDeliveries must be an integer of at least 1, got ${options.maxDeliveries}`);
  }
  if (
    options.backoffMs.length === 0 ||
    options.backoffMs.some((ms) => !Number.isFinite(ms) || ms < 0)
  ) {
    problems.push(
      `backoffMs must be a non-empty list of non-negative numbers, got ${JSON.stringify(options.backoffMs)}`,
    );
  }
  if (!Number.isFinite(options.ackWaitMs) || options.ackWaitMs < 1) {
    problems.push(`ackWaitMs must be a positive number of milliseconds, got ${options.ackWaitMs}`);
  }
  if (options.concurrency !== undefined && (!Number.isInteger(options.concurrency) || options.concurrency < 1 || options.concurrency > maxConcurrency)) {
    problems.push(`concurrency must be an integer from 1 to ${maxConcurrency}, got ${options.concurrency}`);
  }
  if (problems.length > 0) {
    throw new Error(`Invalid event consumer options: ${problems.join('; ')}`);
  }
}

function isExactEventSubject(subject: string): boolean {
  return (
    subject.startsWith('events.') &&
    subject.split('.').every((token) => token.length > 0 && token !== '*' && token !== '>')
  );
}

/** Returns the delay in milliseconds before the next delivery after `deliveries` failed ones. The last backoff value repeats. */
export function retryDelayMs(backoffMs: number[], deliveries: number): number {
  return backoffMs[Math.min(Math.max(deliveries, 1), backoffMs.length) - 1];
}

/** Error text stored in dead letters and logs. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Removes the deployment's subject prefix, so dead letters carry the subject services know. */
export function unprefixedSubject(subject: string, subjectPrefix: string): string {
  return subject.startsWith(subjectPrefix) ? subject.slice(subjectPrefix.length) : subject;
}
