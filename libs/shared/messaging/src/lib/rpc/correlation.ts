/** Header that carries the gateway's request id through NATS to every service. */
export const correlationIdHeader = 'x-correlation-id';

/** Header that carries the user or API client on whose behalf a request is made. */
export const actorHeader = 'x-actor';

interface HeaderReader {
  get(name: string): string;
}

function headersOf(context: unknown): HeaderReader | undefined {
  const candidate = context as { getHeaders?: () => unknown } | undefined;
  const headers = candidate?.getHeaders?.() as Partial<HeaderReader> | undefined;

  return typeof headers?.get === 'function' ? (headers as HeaderReader) : undefined;
}

/** Reads a header from a NATS or in-process RPC context; empty values become null. */
export function readHeader(context: unknown, name: string): string | null {
  const value = headersOf(context)?.get(name);

  return value ? value : null;
}
