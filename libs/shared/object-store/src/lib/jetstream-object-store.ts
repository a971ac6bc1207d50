import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';

import { Objm, StorageType, type ObjectInfo, type ObjectStore as NatsObjectStore } from '@nats-io/obj';
import { connect, type NatsConnection } from '@nats-io/transport-node';

import { spoolWithHash } from './hashing-spool';
import { assertSha256, type ObjectStore, type PutObjectOptions, type StoredObject } from './object-store';

/** Settings of a JetStream object store bucket. */
export interface JetStreamObjectStoreOptions {
  servers: string[];
  /** Bucket name: letters, digits, `-` and `_`. JetStream keeps it in the stream `OBJ_<bucket>`. */
  bucket: string;
  /** Folder for the temporary copy of an upload while it is hashed; the OS temp folder by default. */
  spoolDir?: string;
  /** Connection name shown by the NATS server. */
  connectionName?: string;
}

/** Encodes a hex SHA-256 as the base64url digest that the NATS object store records after `SHA-256=`. */
function natsDigestOf(sha256: string): string {
  return Buffer.from(sha256, 'hex').toString('base64url');
}

function isLive(info: ObjectInfo | null): info is ObjectInfo {
  return info !== null && !info.deleted;
}

/**
 * Object store in a JetStream Object Store bucket, for the distributed mode. An object's name is
 * its SHA-256, which is known only after the whole stream has been read, so a put first copies the
 * stream to a temporary file while hashing it and then uploads that file.
 */
export class JetStreamObjectStore implements ObjectStore {
  readonly kind = 'jetstream';
  private closed = false;

  private constructor(
    private readonly connection: NatsConnection,
    private readonly bucket: NatsObjectStore,
    private readonly spoolDir: string,
  ) {}

  /** Connects to NATS and opens the bucket, creating it (file storage) when it does not exist. */
  static async connect(options: JetStreamObjectStoreOptions): Promise<JetStreamObjectStore> {
    const connection = await connect({ servers: options.servers, name: options.connectionName });

    try {
      const bucket = await new Objm(connection).create(options.bucket, {
        storage: StorageType.File,
        description: 'bma-kpi files keyed by SHA-256',
      });

      return new JetStreamObjectStore(connection, bucket, options.spoolDir ?? tmpdir());
    } catch (error) {
      await connection.close();
      throw error;
    }
  }

  async put(source: AsyncIterable<Uint8Array>, options: PutObjectOptions): Promise<StoredObject> {
    const spooled = await spoolWithHash(source, this.spoolDir, options.maxBytes);
    const stored = { sha256: spooled.sha256, sizeBytes: spooled.sizeBytes };

    try {
      const existing = await this.bucket.info(spooled.sha256);

      if (existing === null || existing.deleted) {
        await this.upload(spooled.path, stored, existing?.revision ?? 0);
      }

      return stored;
    } finally {
      await unlink(spooled.path).catch(() => undefined);
    }
  }

  async stat(sha256: string): Promise<StoredObject | null> {
    assertSha256(sha256);
    const info = await this.bucket.info(sha256);

    return isLive(info) ? { sha256, sizeBytes: info.size } : null;
  }

  async open(sha256: string): Promise<Readable | null> {
    assertSha256(sha256);
    const result = await this.bucket.get(sha256);

    if (result === null || result.info.deleted) {
      return null;
    }

    // The client verifies the digest while streaming and errors the stream when the bytes differ.
    return Readable.fromWeb(result.data);
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    await this.connection.drain();
  }

  /**
   * Uploads a spooled file. `revision` is the sequence the bucket must still be at for this name
   * (0 when never stored), so only one of two concurrent puts of the same bytes writes. The other
   * then finds the object stored and succeeds.
   */
  private async upload(filePath: string, expected: StoredObject, revision: number): Promise<void> {
    const data = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>;
    let info: ObjectInfo;

    try {
      info = await this.bucket.put({ name: expected.sha256 }, data, { previousRevision: revision });
    } catch (error) {
      if (isLive(await this.bucket.info(expected.sha256))) {
        return;
      }
      throw error;
    }
    if (info.digest.replace(/=+$/, '') !== `SHA-256=${natsDigestOf(expected.sha256)}` || info.size !== expected.sizeBytes) {
      throw new Error(`Object ${expected.sha256} was stored with digest ${info.digest} and ${info.size} bytes; expected ${expected.sizeBytes} bytes.`);
    }
  }
}
