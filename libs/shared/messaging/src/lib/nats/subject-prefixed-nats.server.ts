import { setTimeout as delay } from 'node:timers/promises';

import type { MessageHandler, NatsContext, NatsOptions } from '@nestjs/microservices';
import { ServerNats } from '@nestjs/microservices';
import type { Msg } from '@nats-io/transport-node';

import { CommonErrorCode, DomainException } from '@bma-kpi/errors';

import { correlationIdHeader, readHeader } from '../rpc/correlation';


/** Time that shutdown waits for requests in flight when the options set no gracePeriod, in milliseconds. */
const defaultGracePeriodMs = 10_000;

/** NATS server options plus a prefix put before every subject (empty in production). */
export type PrefixedNatsOptions = NonNullable<NatsOptions['options']> & { subjectPrefix?: string };

/**
 * NestJS NATS server that subscribes under a subject prefix. Test runs share one NATS server, so
 * each run serves its handlers under its own prefix and never replies to another run's requests.
 */
export class SubjectPrefixedNatsServer extends ServerNats {
  private readonly subjectPrefix: string;
  private readonly gracePeriodMs: number;
  /** Requests being handled now; shutdown waits for them instead of a fixed pause. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(options: PrefixedNatsOptions) {
    const { subjectPrefix, ...natsOptions } = options;

    super(natsOptions);
    this.subjectPrefix = subjectPrefix ?? '';
    this.gracePeriodMs = natsOptions.gracePeriod ?? defaultGracePeriodMs;
    // ServerNats.close() unsubscribes, then waits a fixed grace period before closing the connection.
    // Its wait is private, so it is replaced here by one that ends as soon as the last request in flight has replied.
    (this as unknown as { waitForGracePeriod: () => Promise<void> }).waitForGracePeriod = () => this.waitForRequestsInFlight();
  }

  override async handleMessage(channel: string, natsMsg: Msg): Promise<unknown> {
    const work = super.handleMessage(channel, natsMsg) as Promise<unknown>;

    this.inFlight.add(work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  /** Number of requests being handled now. */
  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /**
   * Resolves when every request in flight has replied and the replies have reached the NATS server,
   * or after the grace period, whichever comes first.
   */
  private async waitForRequestsInFlight(): Promise<void> {
    const settled = Promise.allSettled([...this.inFlight]);
    const abort = new AbortController();

    await Promise.race([settled, delay(this.gracePeriodMs, undefined, { signal: abort.signal }).catch(() => undefined)]);
    abort.abort();
    // A reply is published just after its handler settles, and close() drops what is not flushed yet.
    await new Promise((resolve) => setImmediate(resolve));
    await (this as unknown as { natsClient?: { flush(): Promise<void> } | null }).natsClient?.flush().catch(() => undefined);
  }

  override addHandler(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler = false,
    extras: Record<string, unknown> = {},
  ): void {
    const prefixed = typeof pattern === 'string' ? this.subjectPrefix + pattern : pattern;

    super.addHandler(prefixed, callback, isEventHandler, extras);
  }

  /**
   * Replaces a reply larger than the server's max_payload (1 MB by default) with a
   * RESPONSE_TOO_LARGE error, which the caller receives at once instead of waiting to time out.
   */
  override getPublisher(message: Msg, id: string, context: NatsContext): (response: unknown) => unknown {
    const publish = super.getPublisher(message, id, context) as (response: unknown) => unknown;

    return (response: unknown) => {
      try {
        return publish(response);
      } catch (error) {
        if (!(error instanceof Error) || !/max_payload/i.test(error.message)) {
          throw error;
        }
        this.logger.error({ subject: message.subject, err: error }, 'Reply larger than the NATS max_payload');
        const tooLarge = new DomainException(
          CommonErrorCode.responseTooLarge,
          `The reply to ${message.subject} is larger than NATS can carry. Ask for less data, e.g. a smaller page.`,
          `ข้อมูลตอบกลับของ ${message.subject} มีขนาดใหญ่เกินกว่าที่ NATS รับส่งได้ โปรดขอข้อมูลให้น้อยลง เช่น ลดขนาดหน้า`,
        );

        return publish({ err: tooLarge.toBody(readHeader(context, correlationIdHeader)), isDisposed: true });
      }
    };
  }
}
