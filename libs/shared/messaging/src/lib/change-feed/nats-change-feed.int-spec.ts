import { randomBytes, randomUUID } from 'node:crypto';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

import { JetStreamEventPublisher } from '../outbox/jetstream-event.publisher';
import { type ChangeListener, NatsChangeFeed, writeNoticeSubject } from './change-feed';

const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

/** Returns a listener that records each notice and lets a test wait for the next one. */
function recorder(): ChangeListener & { seen: string[]; next(count: number): Promise<void> } {
  const seen: string[] = [];

  return {
    seen,
    changed: (subject) => seen.push(subject),
    connectionChanged: () => undefined,
    async next(count: number) {
      const deadline = Date.now() + 5000;

      while (seen.length < count && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

describe('NatsChangeFeed', () => {
  const prefix = `cf${randomBytes(4).toString('hex')}.`;
  const streamName = `TEST_CF_${randomBytes(4).toString('hex')}`;
  const feeds: NatsChangeFeed[] = [];

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    const connection = await connect({ servers: natsUrl });

    await (await jetstreamManager(connection)).streams.delete(streamName).catch(() => false);
    await connection.close();
  });

  async function openFeed(): Promise<NatsChangeFeed> {
    const feed = await NatsChangeFeed.connect([natsUrl], prefix, 'change-feed-test');

    feeds.push(feed);

    return feed;
  }

  it('hears events that a service stores in JetStream, without the prefix', async () => {
    const feed = await openFeed();
    const listener = recorder();

    await feed.listen(listener);
    const publisher = await JetStreamEventPublisher.connect({ servers: [natsUrl], streamName, subjectPrefix: prefix, duplicateWindowMs: 60_000 });

    await publisher.publish({ id: randomUUID(), subject: 'events.indicators.progress.reported.v1', payload: {}, correlationId: null });
    await publisher.close();
    await listener.next(1);

    expect(listener.seen).toEqual(['events.indicators.progress.reported.v1']);
  });

  it('passes write notices to the other instances only', async () => {
    const [first, second] = [await openFeed(), await openFeed()];
    const [heardByFirst, heardBySecond] = [recorder(), recorder()];

    await first.listen(heardByFirst);
    await second.listen(heardBySecond);
    first.announceWrite();
    await heardBySecond.next(1);
    // A notice to itself would have arrived by now: both subscriptions are on one server.
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(heardBySecond.seen).toEqual([writeNoticeSubject]);
    expect(heardByFirst.seen).toEqual([]);
  });

  it('ignores subjects of other installations', async () => {
    const feed = await openFeed();
    const listener = recorder();
    const other = await connect({ servers: natsUrl });

    await feed.listen(listener);
    other.publish(`other${prefix}events.catalog.dataset.updated.v1`, '{}');
    other.publish(`${prefix}events.catalog.dataset.updated.v1`, '{}');
    await other.flush();
    await other.close();
    await listener.next(1);

    expect(listener.seen).toEqual(['events.catalog.dataset.updated.v1']);
  });
});
