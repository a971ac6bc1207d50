import {
  diffFields,
  InvalidInputError,
  RecordNotFoundError,
  writeChangeLog,
  type AuditContext,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type {
  ArtefactRecord,
  CreateArtefactInput,
  EvidenceFileInput,
  EvidenceFileRecord,
} from './artefact.types';

const sha256Pattern = /^[0-9a-f]{64}$/;

/** Relations that ArtefactRecord contains. */
export const artefactInclude = {
  evidence: { orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }] },
  supersededBy: { select: { id: true } },
} as const satisfies Prisma.GovernanceArtefactInclude;

type ArtefactRow = Prisma.GovernanceArtefactGetPayload<{ include: typeof artefactInclude }>;

/** Reads an artefact with its evidence, or throws RecordNotFoundError. */
export async function loadArtefact(
  client: Prisma.TransactionClient | PrismaClient,
  id: string,
): Promise<ArtefactRecord> {
  const row = await client.governanceArtefact.findUnique({
    where: { id },
    include: artefactInclude,
  });

  if (row === null) {
    throw new RecordNotFoundError('GovernanceArtefact', id);
  }

  return toArtefactRecord(row);
}

/** Inserts an artefact version with its evidence and a ChangeLog row; returns its id. */
export async function insertArtefact(
  tx: Prisma.TransactionClient,
  input: CreateArtefactInput & { version?: number; supersedesId?: string },
  audit: AuditContext,
): Promise<string> {
  checkArtefact(input);
  const data = {
    agencyCode: input.agencyCode,
    fiscalYear: input.fiscalYear,
    kind: input.kind,
    usageScope: input.usageScope ?? null,
    title: input.title,
    version: input.version ?? 1,
    supersedesId: input.supersedesId ?? null,
  };
  const created = await tx.governanceArtefact.create({ data: { ...data, createdBy: audit.actor } });

  await writeChangeLog(tx, {
    entity: 'GovernanceArtefact',
    entityId: created.id,
    action: 'create',
    ...audit,
    changes: diffFields({}, data),
  });
  for (const file of input.evidence ?? []) {
    await insertEvidence(tx, created.id, file, audit);
  }

  return created.id;
}

/** Inserts one evidence file of an artefact and a ChangeLog row; returns its id. */
export async function insertEvidence(
  tx: Prisma.TransactionClient,
  artefactId: string,
  file: EvidenceFileInput,
  audit: AuditContext,
): Promise<string> {
  if (!sha256Pattern.test(file.sha256)) {
    throw new InvalidInputError('sha256', `"${file.sha256}"; expected 64 lower-case hex digits.`);
  }
  if (!Number.isSafeInteger(file.sizeBytes) || file.sizeBytes < 0) {
    throw new InvalidInputError(
      'sizeBytes',
      `${file.sizeBytes}; expected a whole number of bytes.`,
    );
  }
  const data = { sha256: file.sha256, fileName: file.fileName, contentType: file.contentType };
  const created = await tx.evidenceFile.create({
    data: { ...data, artefactId, sizeBytes: BigInt(file.sizeBytes), uploadedBy: audit.actor },
  });

  await writeChangeLog(tx, {
    entity: 'EvidenceFile',
    entityId: created.id,
    action: 'create',
    ...audit,
    changes: diffFields({}, { ...data, artefactId, sizeBytes: file.sizeBytes }),
  });

  return created.id;
}

function checkArtefact(input: CreateArtefactInput): void {
  // Buddhist-era years; a Christian-era year such as 2024 is a common mistake worth rejecting.
  if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < 2400 || input.fiscalYear > 2800) {
    throw new InvalidInputError(
      'fiscalYear',
      `${input.fiscalYear}; expected a Buddhist-era year such as 2567.`,
    );
  }
  const hasScope = input.usageScope !== undefined && input.usageScope !== null;

  if (input.kind === 'evidenceOfUse' && !hasScope) {
    throw new InvalidInputError(
      'usageScope',
      'missing; an evidenceOfUse artefact needs internal, bma or public.',
    );
  }
  if (input.kind !== 'evidenceOfUse' && hasScope) {
    throw new InvalidInputError(
      'usageScope',
      `set for a ${input.kind} artefact; only evidenceOfUse has one.`,
    );
  }
}

/** Maps a stored artefact with `artefactInclude` to its record. */
export function toArtefactRecord(row: ArtefactRow): ArtefactRecord {
  return {
    id: row.id,
    agencyCode: row.agencyCode,
    fiscalYear: row.fiscalYear,
    kind: row.kind,
    usageScope: row.usageScope,
    title: row.title,
    version: row.version,
    supersedesId: row.supersedesId,
    supersededById: row.supersededBy?.id ?? null,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    lockedBy: row.lockedBy,
    lockReason: row.lockReason,
    lockEvaluationId: row.lockEvaluationId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    evidence: row.evidence.map((file): EvidenceFileRecord => ({
      id: file.id,
      artefactId: file.artefactId,
      sha256: file.sha256,
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: Number(file.sizeBytes),
      uploadedBy: file.uploadedBy,
      uploadedAt: file.uploadedAt.toISOString(),
    })),
  };
}
