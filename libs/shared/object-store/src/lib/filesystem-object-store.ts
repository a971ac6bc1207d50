import { mkdir, mkdtemp, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';

import { spoolFilePrefix, spoolWithHash } from './hashing-spool';
import { assertSha256, type ObjectStore, type PutObjectOptions, type StoredObject } from './object-store';

/** Temporary files older than this are left over from a crashed process and removed at start. */
const staleSpoolAgeMs = 24 * 60 * 60 * 1000;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** Flushes a directory entry (a rename) to disk; platforms that cannot open a directory skip it. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');

    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // NOTE: on Windows a directory cannot be opened for fsync, so a rename there is durable only after the OS flushes it.
  }
}

/**
 * Object store in a local folder: each object is the file `<root>/<first 2 hex digits>/<sha256>`.
 * A put writes a temporary file in `<root>`, fsyncs it and renames it into place, so an object
 * never appears under its final name half written. Several processes may share one root on the
 * same file system.
 */
export class FilesystemObjectStore implements ObjectStore {
  readonly kind = 'filesystem';

  private closed = false;

  private constructor(
    readonly root: string,
    private readonly removeOnClose = false,
  ) {}

  /** Creates the root folder when missing and removes temporary files that crashed puts left behind. */
  static async open(root: string): Promise<FilesystemObjectStore> {
    const absoluteRoot = path.resolve(root);

    await mkdir(absoluteRoot, { recursive: true });
    await removeStaleSpoolFiles(absoluteRoot);

    return new FilesystemObjectStore(absoluteRoot);
  }

  /** Opens a store in a new temporary folder, which close() deletes with every object in it. */
  static async openTemporary(prefix = 'bma-kpi-objects-'): Promise<FilesystemObjectStore> {
    return new FilesystemObjectStore(await mkdtemp(path.join(tmpdir(), prefix)), true);
  }

  async put(source: AsyncIterable<Uint8Array>, options: PutObjectOptions): Promise<StoredObject> {
    const spooled = await spoolWithHash(source, this.root, options.maxBytes);
    const target = this.pathOf(spooled.sha256);

    try {
      await mkdir(path.dirname(target), { recursive: true });
      // Two puts of the same bytes may both rename; each replaces identical bytes atomically.
      await rename(spooled.path, target);
      await syncDirectory(path.dirname(target));
    } catch (error) {
      await unlink(spooled.path).catch(() => undefined);
      throw error;
    }

    return { sha256: spooled.sha256, sizeBytes: spooled.sizeBytes };
  }

  async stat(sha256: string): Promise<StoredObject | null> {
    assertSha256(sha256);
    try {
      const info = await stat(this.pathOf(sha256));

      return { sha256, sizeBytes: info.size };
    } catch (error) {
      if (isMissing(error)) {
        return null;
      }
      throw error;
    }
  }

  async open(sha256: string): Promise<Readable | null> {
    assertSha256(sha256);
    try {
      const handle = await open(this.pathOf(sha256), 'r');

      return handle.createReadStream();
    } catch (error) {
      if (isMissing(error)) {
        return null;
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    if (this.removeOnClose) {
      await rm(this.root, { recursive: true, force: true });
    }
  }

  private pathOf(sha256: string): string {
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }
}

async function removeStaleSpoolFiles(root: string): Promise<void> {
  const names = (await readdir(root)).filter((name) => name.startsWith(spoolFilePrefix));

  for (const name of names) {
    const filePath = path.join(root, name);
    const info = await stat(filePath).catch(() => null);

    if (info !== null && Date.now() - info.mtimeMs > staleSpoolAgeMs) {
      await unlink(filePath).catch(() => undefined);
    }
  }
}
