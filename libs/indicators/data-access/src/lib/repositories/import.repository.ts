import {
  insertOutboxEvents,
  InvalidInputError,
  isUniqueViolation,
  RecordNotFoundError,
  toJson,
  writeChangeLog,
  writeTransactionOptions,
  type AuditContext,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type {
  ImportChange,
  ImportEventsBuilder,
  ImportRecordParams,
  ImportRecordResult,
  KpiImportReference,
} from './import.types';
import type { IndicatorPatch } from './indicator.types';
import { insertIndicator, patchIndicator } from './indicator.writes';
import { ensurePlanPath } from './plan.repository';
import { insertProgress } from './progress.repository';

const sha256Pattern = /^[0-9a-f]{64}$/;

/**
 * Stores imported KPI record exports and the indicator, plan nodes and progress notes they carry.
 * An export is imported once: its SHA-256 is unique, and a repeated import writes nothing.
 */
export class ImportRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async findBySha(sha256: string): Promise<KpiImportReference | null> {
    const row = await this.prisma.kpiImport.findUnique({
      where: { sha256 },
      select: { id: true, indicatorId: true, createdAt: true },
    });

    return row === null ? null : { id: row.id, indicatorId: row.indicatorId, createdAt: row.createdAt.toISOString() };
  }

  /** Finds the agency of the indicator that importing `params` would update; undefined when it would create one. */
  async ownerOfImportTarget(params: Pick<ImportRecordParams, 'codeNormalized' | 'fiscalYear' | 'identityKey'>): Promise<string | null | undefined> {
    const where =
      params.codeNormalized !== null
        ? { codeNormalized_fiscalYear: { codeNormalized: params.codeNormalized, fiscalYear: params.fiscalYear } }
        : params.identityKey === null
          ? null
          : { identityKey: params.identityKey };
    const row = where === null ? null : await this.prisma.indicator.findUnique({ where, select: { agencyId: true } });

    return row === null ? undefined : row.agencyId;
  }

  /**
   * Imports one record in one transaction. It stores the export and ensures its plan path. Then it
   * creates the indicator, or updates the one with the same normalised code and fiscal year, and
   * replaces its quarter targets. Last it adds the notes the indicator lacks and inserts the events
   * that `buildEvents` returns.
   *
   * On update, fields that the record leaves null keep their stored values, because a layout that
   * omits a field (the headerless export has no title) carries no value for it.
   * When two imports of the same export race, the second returns the first one's import.
   */
  async importRecord(
    params: ImportRecordParams,
    actor: string,
    correlationId: string | null,
    buildEvents: ImportEventsBuilder,
  ): Promise<ImportRecordResult> {
    if (!sha256Pattern.test(params.sha256)) {
      throw new InvalidInputError('sha256', `"${params.sha256}"; expected 64 lower-case hex digits.`);
    }
    const audit = { actor, correlationId };

    // A second attempt covers a concurrent import of another export that created the same
    // indicator or plan node first: the retry finds and updates it.
    for (let attempt = 1; ; attempt += 1) {
      const earlier = await this.findBySha(params.sha256);

      if (earlier !== null) {
        return alreadyImported(earlier);
      }
      try {
        return await this.prisma.$transaction((tx) => importInTransaction(tx, params, audit, buildEvents), writeTransactionOptions);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 2) {
          throw error;
        }
      }
    }
  }
}

function alreadyImported(earlier: KpiImportReference): ImportRecordResult {
  return {
    importId: earlier.id,
    indicatorId: earlier.indicatorId,
    created: false,
    unchanged: true,
    newProgressCount: 0,
    alreadyImported: true,
  };
}

// Hands the change, with the indicator's version after it, to the caller's event builder.
async function insertImportEvents(
  tx: Prisma.TransactionClient,
  change: Omit<ImportChange, 'version'>,
  buildEvents: ImportEventsBuilder,
): Promise<void> {
  const { version } = await tx.indicator.findUniqueOrThrow({ where: { id: change.indicatorId }, select: { version: true } });

  await insertOutboxEvents(tx, buildEvents({ ...change, version }));
}

async function importInTransaction(
  tx: Prisma.TransactionClient,
  params: ImportRecordParams,
  audit: AuditContext,
  buildEvents: ImportEventsBuilder,
): Promise<ImportRecordResult> {
  // Inserted first: a concurrent import of the same export waits here on the unique index and
  // fails once this transaction commits, before doing any other work.
  const kpiImport = await tx.kpiImport.create({
    data: {
      sha256: params.sha256,
      rawText: params.rawText,
      layout: params.layout,
      warnings: toJson(params.warnings),
      fileName: params.fileName,
      createdBy: audit.actor,
    },
  });
  const planNodeId = await importPlanPath(tx, params, audit);
  const { indicatorId, created, changedFields } = await upsertIndicator(tx, params, planNodeId, audit);
  const notes = params.progress.map((note) => ({ ...note, source: 'import' as const }));
  const newProgress = await insertProgress(tx, indicatorId, notes, audit);

  await tx.kpiImport.update({ where: { id: kpiImport.id }, data: { indicatorId } });
  await writeChangeLog(tx, {
    entity: 'KpiImport',
    entityId: kpiImport.id,
    action: 'create',
    ...audit,
    changes: { sha256: { from: null, to: params.sha256 }, indicatorId: { from: null, to: indicatorId } },
  });
  const newProgressIds = newProgress.map((note) => note.id);

  await insertImportEvents(tx, { importId: kpiImport.id, indicatorId, created, newProgressIds, newProgress, changedFields }, buildEvents);

  return {
    importId: kpiImport.id,
    indicatorId,
    created,
    unchanged: !created && changedFields.length === 0 && newProgressIds.length === 0,
    newProgressCount: newProgressIds.length,
    alreadyImported: false,
  };
}

async function importPlanPath(
  tx: Prisma.TransactionClient,
  params: ImportRecordParams,
  audit: AuditContext,
): Promise<string | null> {
  if (params.planPath.length === 0) {
    return null;
  }
  const editionCode = params.planEditionCode ?? (await editionForYear(tx, params.fiscalYear));

  return ensurePlanPath(tx, editionCode, params.planPath, audit.actor, audit.correlationId);
}

async function editionForYear(tx: Prisma.TransactionClient, fiscalYear: number): Promise<string> {
  const newestFirst = [{ startYear: 'desc' as const }, { createdAt: 'desc' as const }];
  const covering = await tx.planEdition.findFirst({
    where: { startYear: { lte: fiscalYear }, endYear: { gte: fiscalYear } },
    orderBy: newestFirst,
  });
  const edition = covering ?? (await tx.planEdition.findFirst({ orderBy: newestFirst }));

  if (edition === null) {
    throw new RecordNotFoundError('PlanEdition', `for fiscal year ${fiscalYear}`);
  }

  return edition.code;
}

// The indicator an import updates: the one with the same code and fiscal year, or, for a record
// without a code, the one with the same identity key.
async function findImportedIndicator(tx: Prisma.TransactionClient, params: ImportRecordParams): Promise<{ id: string } | null> {
  if (params.codeNormalized !== null) {
    return tx.indicator.findUnique({
      where: { codeNormalized_fiscalYear: { codeNormalized: params.codeNormalized, fiscalYear: params.fiscalYear } },
      select: { id: true },
    });
  }
  if (params.identityKey === null) {
    return null;
  }

  return tx.indicator.findUnique({ where: { identityKey: params.identityKey }, select: { id: true } });
}

async function upsertIndicator(
  tx: Prisma.TransactionClient,
  params: ImportRecordParams,
  planNodeId: string | null,
  audit: AuditContext,
): Promise<{ indicatorId: string; created: boolean; changedFields: string[] }> {
  const fields = importedFields(params, planNodeId);
  const existing = await findImportedIndicator(tx, params);

  if (existing === null) {
    const indicatorId = await insertIndicator(tx, { ...fields, fiscalYear: params.fiscalYear }, audit);

    return { indicatorId, created: true, changedFields: Object.keys(fields) };
  }
  const changedFields = await patchIndicator(tx, existing.id, fields, undefined, audit);

  return { indicatorId: existing.id, created: false, changedFields };
}

// The fields the record sets; null values and an empty quarter table are left out (see importRecord).
function importedFields(params: ImportRecordParams, planNodeId: string | null): IndicatorPatch {
  const candidates: IndicatorPatch = {
    code: params.code,
    codeNormalized: params.codeNormalized,
    identityKey: params.codeNormalized === null ? params.identityKey : null,
    title: params.title,
    familyNumber: params.familyNumber,
    kpiType: params.kpiType,
    typeRaw: params.typeRaw,
    resultLevel: params.resultLevel,
    unit: params.unit,
    agencyId: params.agencyId,
    planNodeId,
    targetValue: params.targetValue,
    actualValue: params.actualValue,
    assessment: params.assessment,
    definitions: params.definitions.length > 0 ? params.definitions : undefined,
    calculation: params.calculation,
    verification: params.verification,
    quarterTargets: params.quarterTargets.length > 0 ? params.quarterTargets : undefined,
  };

  return Object.fromEntries(
    Object.entries(candidates).filter(([, value]) => value !== null && value !== undefined),
  );
}
