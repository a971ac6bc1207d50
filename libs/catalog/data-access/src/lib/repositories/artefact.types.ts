import type { ArtefactKind, UsageScope } from '../../generated/prisma/client';

/** A file to attach to an artefact; its bytes are already in the object store under `sha256`. */
export interface EvidenceFileInput {
  /** SHA-256 of the file as 64 lower-case hex digits. */
  sha256: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** A stored evidence file; `uploadedAt` is ISO 8601. */
export interface EvidenceFileRecord extends EvidenceFileInput {
  id: string;
  artefactId: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** Input of ArtefactRepository.create. */
export interface CreateArtefactInput {
  agencyCode: string;
  /** Buddhist-era fiscal year, e.g. 2567. */
  fiscalYear: number;
  kind: ArtefactKind;
  /** Required for evidenceOfUse and rejected for the other kinds. */
  usageScope?: UsageScope | null;
  title: string;
  evidence?: EvidenceFileInput[];
}

/** The new version that ArtefactRepository.supersede stores; agency, fiscal year and kind stay those of the old one. */
export interface SupersedeArtefactInput {
  title: string;
  usageScope?: UsageScope | null;
  evidence?: EvidenceFileInput[];
}

/** Why an artefact is locked: the reason, and the signed-off evaluation that uses it. */
export interface ArtefactLockInput {
  reason: string;
  evaluationId?: string | null;
}

/** A governance artefact with its evidence; timestamps are ISO 8601. */
export interface ArtefactRecord {
  id: string;
  agencyCode: string;
  fiscalYear: number;
  kind: ArtefactKind;
  usageScope: UsageScope | null;
  title: string;
  version: number;
  supersedesId: string | null;
  /** Id of the version that replaces this one, or null for the latest version. */
  supersededById: string | null;
  lockedAt: string | null;
  lockedBy: string | null;
  lockReason: string | null;
  lockEvaluationId: string | null;
  createdBy: string;
  createdAt: string;
  evidence: EvidenceFileRecord[];
}
