import type { Readable } from 'node:stream';

/** An object in the store: its key, the SHA-256 of its bytes, and its size. */
export interface StoredObject {
  /** SHA-256 of the bytes as 64 lower-case hex digits. */
  sha256: string;
  sizeBytes: number;
}

/** Options of ObjectStore.put. */
export interface PutObjectOptions {
  /** Largest number of bytes accepted; a longer stream fails with ObjectTooLargeError. */
  maxBytes: number;
}

/**
 * A content-addressed store of files, keyed by the SHA-256 of their bytes. Only keys and
 * metadata travel in NATS messages; the bytes stay here.
 */
export interface ObjectStore {
  /** Storage backend of the bytes, for logs and health reports. */
  readonly kind: 'filesystem' | 'jetstream';

  /**
   * Reads the stream to its end, hashing it while it is written, and stores the bytes under their
   * SHA-256. Storing bytes that are already stored changes nothing. Throws ObjectTooLargeError,
   * with nothing stored, when the stream is longer than `maxBytes`.
   */
  put(source: AsyncIterable<Uint8Array>, options: PutObjectOptions): Promise<StoredObject>;

  /** Returns the stored object with this key, or null. */
  stat(sha256: string): Promise<StoredObject | null>;

  /** Opens a stream of the object's bytes, or returns null when no object has this key. */
  open(sha256: string): Promise<Readable | null>;

  /** Releases connections and handles. Calling it again does nothing. */
  close(): Promise<void>;
}

const sha256Pattern = /^[0-9a-f]{64}$/;

/** Error for a stream longer than the limit given to ObjectStore.put; nothing was stored. */
export class ObjectTooLargeError extends Error {
  override readonly name = 'ObjectTooLargeError';

  constructor(readonly maxBytes: number) {
    super(`The object is larger than the limit of ${maxBytes} bytes; nothing was stored.`);
  }
}

/** Error for a key that is not a SHA-256 in lower-case hex. */
export class InvalidObjectKeyError extends Error {
  override readonly name = 'InvalidObjectKeyError';

  constructor(readonly key: string) {
    super(`Object key "${key.slice(0, 80)}" is invalid; expected a SHA-256 as 64 lower-case hex digits.`);
  }
}

/** Returns true for a SHA-256 written as 64 lower-case hex digits. */
export function isSha256(key: string): boolean {
  return sha256Pattern.test(key);
}

/** Throws InvalidObjectKeyError unless `key` is a SHA-256 in lower-case hex, so a key never names another path. */
export function assertSha256(key: string): void {
  if (!isSha256(key)) {
    throw new InvalidObjectKeyError(key);
  }
}
