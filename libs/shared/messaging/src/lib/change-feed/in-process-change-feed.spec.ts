import { InProcessBroker } from '../in-process/in-process.broker';
import { InProcessChangeFeed, writeNoticeSubject } from './change-feed';

describe('InProcessChangeFeed', () => {
  it('reports every event under events.> and other instances’ write notices, not its own', async () => {
    const broker = new InProcessBroker();
    const first = new InProcessChangeFeed(broker, 'p.');
    const second = new InProcessChangeFeed(broker, 'p.');
    const seen: string[] = [];

    await first.listen({ changed: (subject) => seen.push(subject), connectionChanged: () => undefined });
    await broker.publish('p.events.indicators.progress.reported.v1', '{}', {});
    await broker.publish('p.other.subject', '{}', {});
    await broker.publish('p.events', '{}', {});
    first.announceWrite();
    second.announceWrite();
    await new Promise((resolve) => setImmediate(resolve));

    expect(seen).toEqual(['events.indicators.progress.reported.v1', writeNoticeSubject]);
  });

  it('stops reporting once closed', async () => {
    const broker = new InProcessBroker();
    const feed = new InProcessChangeFeed(broker);
    const seen: string[] = [];

    await feed.listen({ changed: (subject) => seen.push(subject), connectionChanged: () => undefined });
    await feed.close();
    await broker.publish('events.catalog.dataset.updated.v1', '{}', {});

    expect(seen).toEqual([]);
  });
});
