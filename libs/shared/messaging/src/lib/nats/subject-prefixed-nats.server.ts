import type { MessageHandler, NatsOptions } from '@nestjs/microservices';
import { ServerNats } from '@nestjs/microservices';

/** NATS server options plus a prefix put before every subject (empty in production). */
export type PrefixedNatsOptions = NonNullable<NatsOptions['options']> & { subjectPrefix?: string };

/**
 * NestJS NATS server that subscribes under a subject prefix. Test runs share one NATS server, so
 * each run serves its handlers under its own prefix and never answers another run's requests.
 */
export class SubjectPrefixedNatsServer extends ServerNats {
  private readonly subjectPrefix: string;

  constructor(options: PrefixedNatsOptions) {
    const { subjectPrefix, ...natsOptions } = options;

    super(natsOptions);
    this.subjectPrefix = subjectPrefix ?? '';
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
}
