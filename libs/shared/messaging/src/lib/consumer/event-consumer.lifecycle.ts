import type {
  FactoryProvider,
  InjectionToken,
  OnApplicationBootstrap,
  OnModuleDestroy,
  Provider,
} from '@nestjs/common';

import type { EventConsumer } from './event-consumer';

/**
 * Starts an event consumer once the app is bootstrapped and stops it in onModuleDestroy. Nest
 * calls every onModuleDestroy before any onApplicationShutdown, so the handler in progress finishes
 * before a service closes its database in onApplicationShutdown.
 */
export class EventConsumerLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(private readonly consumer: EventConsumer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
  }
}

/** Factory of a module's event consumer over injected dependencies, as in a Nest factory provider. */
export type EventConsumerFactory = Pick<FactoryProvider<EventConsumer>, 'useFactory' | 'inject'>;

/**
 * Providers of an event consumer under `token` and of the lifecycle that starts and stops it.
 * Each call gets its own lifecycle token, so one module may run several consumers.
 */
export function eventConsumerProviders(
  token: InjectionToken<EventConsumer>,
  factory: EventConsumerFactory,
): Provider[] {
  return [
    { provide: token, useFactory: factory.useFactory, inject: factory.inject ?? [] },
    {
      provide: Symbol(`${tokenName(token)} lifecycle`),
      useFactory: (consumer: EventConsumer) => new EventConsumerLifecycle(consumer),
      inject: [token],
    },
  ];
}

function tokenName(token: InjectionToken<EventConsumer>): string {
  return typeof token === 'function' ? token.name : String(token);
}
