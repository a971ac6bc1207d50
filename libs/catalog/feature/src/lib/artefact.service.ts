import { Inject, Injectable } from '@nestjs/common';

import type {
  AddEvidenceRequest,
  ArtefactListResponse,
  ArtefactResponse,
  CreateArtefactRequest,
  EvidenceFileRequest,
  ListArtefactsRequest,
  LockArtefactRequest,
  RemoveEvidenceRequest,
  SupersedeArtefactRequest,
} from '@bma-kpi/contracts-catalog';
import type { ArtefactRecord, EvidenceFileInput } from '@bma-kpi/catalog-data-access';
import {
  ArtefactLockedError,
  ArtefactRepository,
  ArtefactSupersededError,
  InvalidInputError,
  RecordNotFoundError,
} from '@bma-kpi/catalog-data-access';
import { ValidationFailedException } from '@bma-kpi/errors';
import { OutboxRelay } from '@bma-kpi/messaging';

import { CatalogEventFactory } from './catalog-events';
import { CatalogExceptions } from './catalog.exceptions';
import { CATALOG_SERVICE_OPTIONS, type CatalogServiceOptions } from './catalog-service.options';
import type { RequestMeta } from './request-meta';

/** The fields that identify an artefact version in every artefact event. */
function eventIdentity(artefact: ArtefactRecord) {
  return {
    artefactId: artefact.id,
    agencyCode: artefact.agencyCode,
    fiscalYear: artefact.fiscalYear,
    kind: artefact.kind,
    version: artefact.version,
  };
}

function submittedEvent(artefact: ArtefactRecord, meta: RequestMeta) {
  return CatalogEventFactory.artefactSubmitted(
    {
      ...eventIdentity(artefact),
      title: artefact.title,
      supersedesId: artefact.supersedesId,
      evidenceSha256: artefact.evidence.map((file) => file.sha256),
    },
    meta,
  );
}

function toEvidenceInput(file: EvidenceFileRequest): EvidenceFileInput {
  return { sha256: file.sha256, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes };
}

// Thai wording of the rules the repository checks itself, which class-validator cannot express.
const thaiInputRules: Record<string, string> = {
  usageScope: 'usageScope (internal, bma หรือ public) ต้องระบุสำหรับ evidenceOfUse และต้องไม่ระบุสำหรับเอกสารประเภทอื่น',
  fiscalYear: 'fiscalYear ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2567',
};

/** Maps the repository's errors to the service's domain exceptions; anything else is rethrown unchanged. */
function toDomainError(error: unknown, artefactId: string): unknown {
  if (error instanceof ArtefactLockedError) {
    return CatalogExceptions.artefactLocked(error.artefactId, error.lockedAt.toISOString());
  }
  if (error instanceof ArtefactSupersededError) {
    return CatalogExceptions.artefactSuperseded(error.artefactId);
  }
  if (error instanceof RecordNotFoundError && error.entity === 'GovernanceArtefact') {
    return CatalogExceptions.artefactNotFound(artefactId);
  }
  if (error instanceof InvalidInputError) {
    const messageTh = thaiInputRules[error.field] ?? `${error.field} ไม่ถูกต้อง`;

    return new ValidationFailedException([{ field: error.field, rule: 'invalid', messageEn: error.message, messageTh }]);
  }

  return error;
}

/**
 * Data governance artefacts of agencies per fiscal year, with evidence files in the object store.
 * Evidence of a locked artefact never changes; a new version supersedes it instead.
 */
@Injectable()
export class ArtefactService {
  constructor(
    private readonly artefacts: ArtefactRepository,
    private readonly relay: OutboxRelay,
    @Inject(CATALOG_SERVICE_OPTIONS) private readonly options: CatalogServiceOptions,
  ) {}

  /** Stores version 1 of an artefact with the evidence files listed, each of which must be in the object store. */
  async create(request: CreateArtefactRequest, meta: RequestMeta): Promise<ArtefactResponse> {
    const evidence = request.evidence ?? [];

    await this.assertStored(evidence);
    try {
      const created = await this.artefacts.create(
        { ...request, usageScope: request.usageScope ?? null, evidence: evidence.map(toEvidenceInput) },
        meta.actor,
        meta.correlationId,
        (artefact) => [submittedEvent(artefact, meta)],
      );

      this.relay.kick();

      return created;
    } catch (error) {
      throw toDomainError(error, '');
    }
  }

  async get(artefactId: string): Promise<ArtefactResponse> {
    const artefact = await this.artefacts.get(artefactId);

    if (artefact === null) {
      throw CatalogExceptions.artefactNotFound(artefactId);
    }

    return artefact;
  }

  /** Lists an agency's artefacts of a fiscal year by kind and version. */
  async list(request: ListArtefactsRequest): Promise<ArtefactListResponse> {
    const all = await this.artefacts.listByAgency(request.agency, request.fiscalYear);
    const items = all.filter(
      (artefact) =>
        (request.kind === undefined || artefact.kind === request.kind) && (!request.latestOnly || artefact.supersededById === null),
    );

    return { items, total: items.length };
  }

  /** Attaches a stored file; throws artefactLocked when a signed-off evaluation has locked the artefact. */
  async addEvidence(request: AddEvidenceRequest, meta: RequestMeta): Promise<ArtefactResponse> {
    const before = await this.get(request.artefactId);

    if (before.lockedAt !== null) {
      throw CatalogExceptions.artefactLocked(before.id, before.lockedAt);
    }
    await this.assertStored([request]);
    const knownIds = new Set(before.evidence.map((file) => file.id));

    try {
      const updated = await this.artefacts.addEvidence(request.artefactId, toEvidenceInput(request), meta.actor, meta.correlationId, (artefact) => {
        const added = artefact.evidence.filter((file) => file.sha256 === request.sha256 && !knownIds.has(file.id)).at(-1);
        const change = { change: 'added' as const, evidenceId: added?.id ?? '', sha256: request.sha256, fileName: request.fileName };

        return [CatalogEventFactory.artefactEvidenceChanged({ ...eventIdentity(artefact), ...change }, meta)];
      });

      this.relay.kick();

      return updated;
    } catch (error) {
      throw toDomainError(error, request.artefactId);
    }
  }

  /** Detaches an evidence file; the bytes stay in the object store, where other artefacts may use them. */
  async removeEvidence(request: RemoveEvidenceRequest, meta: RequestMeta): Promise<ArtefactResponse> {
    const before = await this.get(request.artefactId);
    const file = before.evidence.find((evidence) => evidence.id === request.evidenceId);

    if (before.lockedAt !== null) {
      throw CatalogExceptions.artefactLocked(before.id, before.lockedAt);
    }
    if (file === undefined) {
      throw CatalogExceptions.evidenceNotFound(request.artefactId, request.evidenceId);
    }
    try {
      const change = { change: 'removed' as const, evidenceId: file.id, sha256: file.sha256, fileName: file.fileName };
      const updated = await this.artefacts.removeEvidence(request.artefactId, request.evidenceId, meta.actor, meta.correlationId, (artefact) => [
        CatalogEventFactory.artefactEvidenceChanged({ ...eventIdentity(artefact), ...change }, meta),
      ]);

      this.relay.kick();

      return updated;
    } catch (error) {
      if (error instanceof RecordNotFoundError && error.entity === 'EvidenceFile') {
        throw CatalogExceptions.evidenceNotFound(request.artefactId, request.evidenceId);
      }
      throw toDomainError(error, request.artefactId);
    }
  }

  /**
   * Stores a new version that replaces the latest one, also when that one is locked. With
   * `keepEvidence` the new version starts with the old version's files, and a file listed again
   * in the request (same SHA-256) replaces the kept entry.
   */
  async supersede(request: SupersedeArtefactRequest, meta: RequestMeta): Promise<ArtefactResponse> {
    const old = await this.get(request.artefactId);
    const added = request.evidence ?? [];
    const addedHashes = new Set(added.map((file) => file.sha256));
    const keptEvidence = request.keepEvidence ? old.evidence.filter((file) => !addedHashes.has(file.sha256)) : [];

    await this.assertStored(added);
    try {
      const next = {
        title: request.title,
        usageScope: request.usageScope ?? old.usageScope,
        evidence: [...keptEvidence, ...added].map(toEvidenceInput),
      };
      const created = await this.artefacts.supersede(old.id, next, meta.actor, meta.correlationId, (artefact) => [submittedEvent(artefact, meta)]);

      this.relay.kick();

      return created;
    } catch (error) {
      throw toDomainError(error, request.artefactId);
    }
  }

  /**
   * Locks an artefact for a signed-off evaluation, storing who, when, why and the evaluation id
   * with the artefact and in the change log, and emits `artefact.locked`. Locking a locked
   * artefact returns it unchanged, with the first lock's details, and emits nothing.
   */
  async lock(request: LockArtefactRequest, meta: RequestMeta): Promise<ArtefactResponse> {
    try {
      const lock = { reason: request.reason, evaluationId: request.evaluationId ?? null };
      const locked = await this.artefacts.lock(request.artefactId, lock, meta.actor, meta.correlationId, (artefact) => [
        CatalogEventFactory.artefactLocked(
          { ...eventIdentity(artefact), lockedAt: artefact.lockedAt ?? '', reason: request.reason, evaluationId: request.evaluationId ?? null },
          meta,
        ),
      ]);

      this.relay.kick();

      return locked;
    } catch (error) {
      throw toDomainError(error, request.artefactId);
    }
  }

  /** Throws unless every file is in the object store with the declared size. */
  private async assertStored(files: readonly EvidenceFileRequest[]): Promise<void> {
    const store = this.options.objectStore;

    for (const file of files) {
      if (store === undefined) {
        throw CatalogExceptions.evidenceObjectMissing(file.sha256, 'noStore');
      }
      const stored = await store.stat(file.sha256);

      if (stored === null) {
        throw CatalogExceptions.evidenceObjectMissing(file.sha256, 'notStored');
      }
      if (stored.sizeBytes !== file.sizeBytes) {
        throw CatalogExceptions.evidenceSizeMismatch(file.sha256, file.sizeBytes, stored.sizeBytes);
      }
    }
  }
}
