import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import type { EventConsumer } from './event-consumer';
import { eventConsumerProviders } from './event-consumer.lifecycle';

const CALLS = Symbol('CALLS');
const CONSUMER = Symbol('CONSUMER');

/** Stand-in for a service's database client, closed in onApplicationShutdown as services do. */
@Injectable()
class FakeDatabase implements OnApplicationShutdown {
  constructor(@Inject(CALLS) private readonly calls: string[]) {}

  onApplicationShutdown(): void {
    this.calls.push('database closed');
  }
}

describe('eventConsumerProviders', () => {
  it('starts the consumer on bootstrap and stops it before the database closes', async () => {
    const calls: string[] = [];
    const moduleRef = await Test.createTestingModule({
      providers: [
        { provide: CALLS, useValue: calls },
        FakeDatabase,
        ...eventConsumerProviders(CONSUMER, {
          useFactory: (database: FakeDatabase): EventConsumer => {
            calls.push(`created with ${database.constructor.name}`);

            return {
              start: () => {
                calls.push('consumer started');

                return Promise.resolve();
              },
              stop: () => {
                calls.push('consumer stopped');

                return Promise.resolve();
              },
              pendingMessages: () => Promise.resolve(0),
            };
          },
          inject: [FakeDatabase],
        }),
      ],
    }).compile();

    await moduleRef.init();

    expect(calls).toEqual(['created with FakeDatabase', 'consumer started']);
    await moduleRef.close();

    expect(calls.slice(2)).toEqual(['consumer stopped', 'database closed']);
  });
});
