import type { ArtefactKindName, UsageScopeName } from './artefact.request';

/** An evidence file of an artefact; the bytes are in the object store under `sha256`. */
export interface EvidenceFileResponse {
  id: string;
  artefactId: string;
  /** SHA-256 of the file as 64 lower-case hex digits, its key in the object store. */
  sha256: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
  /** ISO 8601 instant. */
  uploadedAt: string;
}

/** One version of a data governance artefact with its evidence files; timestamps are ISO 8601. */
export interface ArtefactResponse {
  id: string;
  agencyCode: string;
  /** Buddhist-era fiscal year. */
  fiscalYear: number;
  kind: ArtefactKindName;
  usageScope: UsageScopeName | null;
  title: string;
  version: number;
  supersedesId: string | null;
  /** Id of the version that replaces this one, or null for the latest version. */
  supersededById: string | null;
  /** Set once a signed-off evaluation references the artefact; its evidence is then fixed. */
  lockedAt: string | null;
  /** The user who locked the artefact; with the next two fields, the lock's reason and evaluation. Null while unlocked. */
  lockedBy: string | null;
  lockReason: string | null;
  lockEvaluationId: string | null;
  createdBy: string;
  createdAt: string;
  evidence: EvidenceFileResponse[];
}

/** The artefacts of one agency and fiscal year, ordered by kind and version. */
export interface ArtefactListResponse {
  items: ArtefactResponse[];
  total: number;
}
