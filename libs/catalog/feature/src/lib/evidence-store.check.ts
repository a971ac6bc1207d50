import type { EvidenceFileRequest } from '@bma-kpi/contracts-catalog';
import type { ObjectStore } from '@bma-kpi/object-store';

import { CatalogExceptions } from './catalog.exceptions';

/** Throws unless every file is in the object store with the declared size; `uploadRoute` is the upload address named in the error. */
export async function assertEvidenceStored(store: ObjectStore | undefined, files: readonly EvidenceFileRequest[], uploadRoute: string): Promise<void> {
  for (const file of files) {
    if (store === undefined) {
      throw CatalogExceptions.evidenceObjectMissing(file.sha256, 'noStore', uploadRoute);
    }
    const stored = await store.stat(file.sha256);

    if (stored === null) {
      throw CatalogExceptions.evidenceObjectMissing(file.sha256, 'notStored', uploadRoute);
    }
    if (stored.sizeBytes !== file.sizeBytes) {
      throw CatalogExceptions.evidenceSizeMismatch(file.sha256, file.sizeBytes, stored.sizeBytes);
    }
  }
}
