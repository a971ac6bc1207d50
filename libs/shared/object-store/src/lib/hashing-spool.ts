import { createHash, randomUUID } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';
import path from 'node:path';

import { ObjectTooLargeError, type StoredObject } from './object-store';

/** Name prefix of the temporary files a put writes before the object gets its final name. */
export const spoolFilePrefix = '.upload-';

/** A fully written and fsynced temporary file with the hash and size of its bytes. */
export interface SpooledFile extends StoredObject {
  path: string;
}

/**
 * Writes a stream into a new temporary file in `directory` while hashing it, then fsyncs the
 * file. Removes the file and throws ObjectTooLargeError as soon as the stream passes `maxBytes`,
 * and removes it on any other error too.
 */
export async function spoolWithHash(
  source: AsyncIterable<Uint8Array>,
  directory: string,
  maxBytes: number,
): Promise<SpooledFile> {
  const filePath = path.join(directory, `${spoolFilePrefix}${randomUUID()}.tmp`);
  const file = await open(filePath, 'wx');
  const hash = createHash('sha256');
  let sizeBytes = 0;

  try {
    for await (const chunk of source) {
      sizeBytes += chunk.byteLength;
      if (sizeBytes > maxBytes) {
        throw new ObjectTooLargeError(maxBytes);
      }
      hash.update(chunk);
      await file.write(chunk);
    }
    await file.sync();
    await file.close();
  } catch (error) {
    await file.close().catch(() => undefined);
    await unlink(filePath).catch(() => undefined);
    throw error;
  }

  return { path: filePath, sha256: hash.digest('hex'), sizeBytes };
}
