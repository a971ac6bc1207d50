import { randomBytes } from 'node:crypto';

import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

import { ensureStream } from './jetstream-event.publisher';

const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

// The test server is a single NATS server, so it accepts 1 replica and rejects more.
describe('ensureStream replicas on one server', () => {
  const prefix = `t${randomBytes(4).toString('hex')}.`;
  const streamName = `TEST_${randomBytes(4).toString('hex')}`;
  let nats: NatsConnection;
  let manager: JetStreamManager;

  beforeAll(async () => {
    nats = await connect({ servers: natsUrl });
    manager = await jetstreamManager(nats);
  });

  afterAll(async () => {
    await manager.streams.delete(streamName).catch(() => false);
    await manager.streams.delete(`${streamName}_R3`).catch(() => false);
    await nats.drain();
  });

  it('creates the stream with one replica by default', async () => {
    await ensureStream(nats, { streamName, subjectPrefix: prefix, duplicateWindowMs: 60_000 });
    const info = await manager.streams.info(streamName);

    expect(info.config.num_replicas).toBe(1);
    expect(info.config.subjects).toEqual([`${prefix}events.>`]);
  });

  it('leaves a stream with enough replicas unchanged', async () => {
    await ensureStream(nats, { streamName, subjectPrefix: prefix, duplicateWindowMs: 30_000, streamReplicas: 1 });
    const info = await manager.streams.info(streamName);

    expect(info.config.num_replicas).toBe(1);
    expect(info.config.duplicate_window).toBe(60_000 * 1_000_000);
  });

  it('rejects raising replicas beyond the server count', async () => {
    const raise = ensureStream(nats, { streamName, subjectPrefix: prefix, duplicateWindowMs: 60_000, streamReplicas: 3 });

    await expect(raise).rejects.toThrow(`JetStream stream ${streamName} cannot keep 3 replicas`);
    await expect(raise).rejects.toThrow('Set EVENTS_STREAM_REPLICAS=1');
    expect((await manager.streams.info(streamName)).config.num_replicas).toBe(1);
  });

  it('rejects creating a stream with more replicas than servers', async () => {
    const create = ensureStream(nats, {
      streamName: `${streamName}_R3`,
      subjectPrefix: `${prefix}r3.`,
      duplicateWindowMs: 60_000,
      streamReplicas: 3,
    });

    await expect(create).rejects.toThrow(`JetStream stream ${streamName}_R3 cannot keep 3 replicas`);
    await expect(manager.streams.info(`${streamName}_R3`)).rejects.toThrow('stream not found');
  });
});
