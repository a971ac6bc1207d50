import type { ReadPacket, WritePacket } from '@nestjs/microservices';
import { ClientProxy, NatsRecord } from '@nestjs/microservices';

import type { InProcessBroker, MessageHeaders } from './in-process.broker';

interface ReplyPacket {
  response?: unknown;
  err?: unknown;
}

/**
 * NestJS client that sends requests and events through an InProcessBroker. It accepts the same
 * NatsRecord (payload plus headers) that the NATS client takes, so callers stay transport-agnostic.
 */
export class InProcessClient extends ClientProxy {
  constructor(private readonly broker: InProcessBroker) {
    super();
  }

  connect(): Promise<void> {
    return Promise.resolve();
  }

  close(): void {
    // Nothing to release: the broker lives as long as the process.
  }

  unwrap<T>(): T {
    return this.broker as T;
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    const { data, headers } = splitRecord(packet.data);

    this.broker
      .request(String(packet.pattern), JSON.stringify(data ?? null), headers)
      .then((reply) => {
        const parsed = JSON.parse(reply) as ReplyPacket;

        callback({ err: parsed.err, response: parsed.response, isDisposed: true });
      })
      .catch((error: unknown) => callback({ err: error, isDisposed: true }));

    return () => undefined;
  }

  protected async dispatchEvent<T = unknown>(packet: ReadPacket): Promise<T> {
    const { data, headers } = splitRecord(packet.data);

    await this.broker.publish(String(packet.pattern), JSON.stringify(data ?? null), headers);

    return undefined as T;
  }
}

function splitRecord(data: unknown): { data: unknown; headers: MessageHeaders } {
  if (!(data instanceof NatsRecord)) {
    return { data, headers: {} };
  }
  const headers: MessageHeaders = {};
  const natsHeaders = data.headers as { keys(): string[]; get(key: string): string } | undefined;

  for (const key of natsHeaders?.keys() ?? []) {
    headers[key.toLowerCase()] = natsHeaders?.get(key) ?? '';
  }

  return { data: data.data, headers };
}
