import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';

import { FilesystemObjectStore } from './filesystem-object-store';
import { InvalidObjectKeyError, ObjectTooLargeError } from './object-store';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Streams `bytes` in chunks of `chunkSize`, as an HTTP body arrives. */
function chunked(bytes: Buffer, chunkSize = 7): Readable {
  const chunks: Buffer[] = [];

  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    chunks.push(bytes.subarray(offset, offset + chunkSize));
  }

  return Readable.from(chunks);
}

/** Lists every file under `root`, relative to it. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });

  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('FilesystemObjectStore', () => {
  let root: string;
  let sut: FilesystemObjectStore;
  const content = Buffer.from('คำสั่งแต่งตั้งคณะทำงานกำกับดูแลข้อมูล\n', 'utf8');
  const contentSha = sha256Of(content);

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'object-store-spec-'));
    sut = await FilesystemObjectStore.open(root);
  });

  afterEach(async () => {
    await sut.close();
    await rm(root, { recursive: true, force: true });
  });

  it('stores bytes under their SHA-256', async () => {
    const stored = await sut.put(chunked(content), { maxBytes: 1024 });

    expect(stored).toEqual({ sha256: contentSha, sizeBytes: content.length });
    expect(await filesUnder(root)).toEqual([path.join(contentSha.slice(0, 2), contentSha)]);
    expect(await readFile(path.join(root, contentSha.slice(0, 2), contentSha))).toEqual(content);
  });

  it('reads back the stored bytes', async () => {
    await sut.put(chunked(content), { maxBytes: 1024 });
    const stream = await sut.open(contentSha);

    expect(stream).not.toBeNull();
    expect(await text(stream!)).toBe(content.toString('utf8'));
  });

  it('stats a stored object', async () => {
    await sut.put(chunked(content), { maxBytes: 1024 });

    expect(await sut.stat(contentSha)).toEqual({ sha256: contentSha, sizeBytes: content.length });
  });

  it('returns null for a missing object', async () => {
    const missing = sha256Of(Buffer.from('never stored'));

    expect(await sut.stat(missing)).toBeNull();
    expect(await sut.open(missing)).toBeNull();
  });

  it('rejects a stream over the limit', async () => {
    const failure = sut.put(chunked(content), { maxBytes: content.length - 1 });

    await expect(failure).rejects.toBeInstanceOf(ObjectTooLargeError);
    expect(await filesUnder(root)).toEqual([]);
    expect(await sut.stat(contentSha)).toBeNull();
  });

  it('accepts a stream of exactly the limit', async () => {
    const stored = await sut.put(chunked(content), { maxBytes: content.length });

    expect(stored.sizeBytes).toBe(content.length);
  });

  it('stores the same bytes twice as one object', async () => {
    const first = await sut.put(chunked(content), { maxBytes: 1024 });
    const second = await sut.put(chunked(content, 3), { maxBytes: 1024 });

    expect(second).toEqual(first);
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it('survives concurrent identical puts', async () => {
    const large = Buffer.alloc(512 * 1024, 'ก');
    const results = await Promise.all(Array.from({ length: 5 }, () => sut.put(chunked(large, 4096), { maxBytes: large.length })));

    expect(new Set(results.map((result) => result.sha256))).toEqual(new Set([sha256Of(large)]));
    expect(await filesUnder(root)).toEqual([path.join(sha256Of(large).slice(0, 2), sha256Of(large))]);
    expect(await readFile(path.join(root, sha256Of(large).slice(0, 2), sha256Of(large)))).toEqual(large);
  });

  it('stores an empty stream', async () => {
    const stored = await sut.put(Readable.from([]), { maxBytes: 10 });

    expect(stored).toEqual({ sha256: sha256Of(Buffer.alloc(0)), sizeBytes: 0 });
  });

  it('removes the temporary file when the source fails', async () => {
    async function* failing() {
      yield await Promise.resolve(Buffer.from('part'));
      throw new Error('client went away');
    }

    await expect(sut.put(failing(), { maxBytes: 1024 })).rejects.toThrow('client went away');
    expect(await filesUnder(root)).toEqual([]);
  });

  it.each(['../../etc/passwd', 'ABCDEF', contentSha.toUpperCase(), ''])('rejects key %p', async (key) => {
    await expect(sut.stat(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
    await expect(sut.open(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
  });

  it('deletes a temporary store on close', async () => {
    const temporary = await FilesystemObjectStore.openTemporary('object-store-spec-');

    await temporary.put(chunked(content), { maxBytes: 1024 });
    await temporary.close();

    await expect(readdir(temporary.root)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps a store folder on close', async () => {
    await sut.put(chunked(content), { maxBytes: 1024 });
    await sut.close();

    expect(await filesUnder(root)).toHaveLength(1);
  });

  it('removes stale temporary files on open', async () => {
    const stale = path.join(root, '.upload-stale.tmp');
    const fresh = path.join(root, '.upload-fresh.tmp');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);

    await writeFile(stale, 'left over');
    await writeFile(fresh, 'being written');
    await utimes(stale, twoDaysAgo, twoDaysAgo);
    await FilesystemObjectStore.open(root);

    expect(await filesUnder(root)).toEqual(['.upload-fresh.tmp']);
  });
});
