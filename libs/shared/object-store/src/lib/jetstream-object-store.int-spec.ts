import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';

import { Objm } from '@nats-io/obj';
import { connect, type NatsConnection } from '@nats-io/transport-node';

import { JetStreamObjectStore } from './jetstream-object-store';
import { ObjectTooLargeError } from './object-store';

// A util lib may not import @bma-kpi/testing, so the test server and the unique name are set here.
const testNatsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function chunked(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  const chunks: Buffer[] = [];

  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    chunks.push(bytes.subarray(offset, offset + chunkSize));
  }

  return Readable.from(chunks);
}

describe('JetStreamObjectStore on real NATS', () => {
  const bucket = `objects_${randomBytes(4).toString('hex')}`;
  let nats: NatsConnection;
  let sut: JetStreamObjectStore;
  // Larger than one 128 KiB chunk and than the 1 MB NATS message limit, so it spans several chunks.
  const content = randomBytes(1_300_000);
  const contentSha = sha256Of(content);

  beforeAll(async () => {
    nats = await connect({ servers: testNatsUrl });
    sut = await JetStreamObjectStore.connect({ servers: [testNatsUrl], bucket });
  });

  afterAll(async () => {
    await sut?.close();
    await (await new Objm(nats).open(bucket)).destroy().catch(() => false);
    await nats?.drain();
  });

  it('stores bytes under their SHA-256', async () => {
    const stored = await sut.put(chunked(content), { maxBytes: content.length });

    expect(stored).toEqual({ sha256: contentSha, sizeBytes: content.length });
    expect(await sut.stat(contentSha)).toEqual({ sha256: contentSha, sizeBytes: content.length });
  });

  it('reads back identical bytes', async () => {
    const stream = await sut.open(contentSha);

    expect(stream).not.toBeNull();
    expect((await buffer(stream!)).equals(content)).toBe(true);
  });

  it('keeps one revision for repeated puts', async () => {
    const before = await (await new Objm(nats).open(bucket)).info(contentSha);

    await sut.put(chunked(content, 10_000), { maxBytes: content.length });
    const after = await (await new Objm(nats).open(bucket)).info(contentSha);

    expect(after?.revision).toBe(before?.revision);
  });

  it('survives concurrent identical puts', async () => {
    const small = randomBytes(300_000);
    const results = await Promise.all(Array.from({ length: 4 }, () => sut.put(chunked(small), { maxBytes: small.length })));
    const stream = await sut.open(sha256Of(small));

    expect(results.map((result) => result.sha256)).toEqual(Array(4).fill(sha256Of(small)));
    expect((await buffer(stream!)).equals(small)).toBe(true);
  });

  it('rejects a stream over the limit', async () => {
    const tooLarge = randomBytes(200_000);

    await expect(sut.put(chunked(tooLarge), { maxBytes: 199_999 })).rejects.toBeInstanceOf(ObjectTooLargeError);
    expect(await sut.stat(sha256Of(tooLarge))).toBeNull();
  });

  it('returns null for a missing object', async () => {
    const missing = sha256Of(Buffer.from('never stored'));

    expect(await sut.stat(missing)).toBeNull();
    expect(await sut.open(missing)).toBeNull();
  });
});
