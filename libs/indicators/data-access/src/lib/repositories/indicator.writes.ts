import { randomUUID } from 'node:crypto';
import {
  canonicalJson,
  diffFields,
  InvalidInputError,
  RecordNotFoundError,
  toDecimal,
  toJson,
  toNullableJson,
  VersionConflictError,
  writeChangeLog,
  type AuditContext,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { detailInclude, toDetail, toQuarterTargetRecord } from './indicator.mapper';
import type {
  CreateIndicatorInput,
  IndicatorDetail,
  IndicatorFields,
  IndicatorPatch,
  QuarterTargetInput,
  QuarterTargetRecord,
} from './indicator.types';
import { planPathOf, type PlanNodeRecord } from './plan.repository';

/**
 * Reads an indicator with everything IndicatorDetail holds, or null. `planPaths` reads the plan
 * path; by default it is one query on `client`.
 */
export async function loadIndicatorDetail(
  client: Prisma.TransactionClient | PrismaClient,
  id: string,
  planPaths: (nodeId: string) => Promise<PlanNodeRecord[]> = (nodeId) => planPathOf(client, nodeId),
): Promise<IndicatorDetail | null> {
  const row = await client.indicator.findUnique({ where: { id }, include: detailInclude });

  if (row === null) {
    return null;
  }
  const planPath = row.planNodeId === null ? [] : await planPaths(row.planNodeId);

  return toDetail(row, planPath);
}

/** Inserts an indicator with its quarter targets and a ChangeLog row; returns its id. */
export async function insertIndicator(
  tx: Prisma.TransactionClient,
  input: CreateIndicatorInput,
  audit: AuditContext,
): Promise<string> {
  const id = input.id ?? randomUUID();
  const data = toWriteData(input);
  const quarterTargets = normalizeQuarterTargets(input.quarterTargets ?? []);

  await tx.indicator.create({
    data: { ...data, id, fiscalYear: input.fiscalYear, createdBy: audit.actor, updatedBy: audit.actor },
  });
  await replaceQuarterTargets(tx, id, quarterTargets);
  await writeChangeLog(tx, {
    entity: 'Indicator',
    entityId: id,
    action: 'create',
    ...audit,
    changes: diffFields({}, { ...toComparable(input), ...(quarterTargets.length > 0 ? { quarterTargets } : {}) }),
  });

  return id;
}

/**
 * Applies a patch to an indicator, increments its version and logs the changed fields; returns
 * their names. A patch that changes nothing writes nothing and returns an empty list.
 * Throws RecordNotFoundError, or VersionConflictError when `expectedVersion` is not the stored
 * version or another transaction updated the row first.
 */
export async function patchIndicator(
  tx: Prisma.TransactionClient,
  id: string,
  patch: IndicatorPatch,
  expectedVersion: number | undefined,
  audit: AuditContext,
): Promise<string[]> {
  const current = await tx.indicator.findUnique({ where: { id }, include: { quarterTargets: true } });

  if (current === null) {
    throw new RecordNotFoundError('Indicator', id);
  }
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    throw new VersionConflictError('Indicator', id, expectedVersion, current.version);
  }
  const changes = diffFields(current, toComparable(patch));
  const quarterTargets = patch.quarterTargets === undefined ? null : normalizeQuarterTargets(patch.quarterTargets);
  const storedTargets = current.quarterTargets.map(toQuarterTargetRecord).sort((a, b) => a.quarter - b.quarter);

  if (quarterTargets !== null && canonicalJson(quarterTargets) !== canonicalJson(storedTargets)) {
    changes['quarterTargets'] = { from: storedTargets, to: quarterTargets };
  }
  if (Object.keys(changes).length === 0) {
    return [];
  }
  // The version in the WHERE clause makes a concurrent update of the same row, which PostgreSQL
  // re-checks after waiting for its lock, match nothing instead of overwriting.
  const updated = await tx.indicator.updateMany({
    where: { id, version: current.version },
    data: { ...toWriteData(patch), version: { increment: 1 }, updatedBy: audit.actor },
  });

  if (updated.count === 0) {
    const now = await tx.indicator.findUnique({ where: { id }, select: { version: true } });

    throw new VersionConflictError('Indicator', id, expectedVersion ?? current.version, now?.version ?? -1);
  }
  if (changes['quarterTargets'] !== undefined && quarterTargets !== null) {
    await replaceQuarterTargets(tx, id, quarterTargets);
  }
  await writeChangeLog(tx, { entity: 'Indicator', entityId: id, action: 'update', ...audit, changes });

  return Object.keys(changes);
}

async function replaceQuarterTargets(
  tx: Prisma.TransactionClient,
  indicatorId: string,
  targets: QuarterTargetRecord[],
): Promise<void> {
  await tx.quarterTarget.deleteMany({ where: { indicatorId } });
  if (targets.length > 0) {
    await tx.quarterTarget.createMany({
      data: targets.map((target) => ({
        indicatorId,
        quarter: target.quarter,
        plannedValue: toDecimal('plannedValue', target.plannedValue),
        assessmentScore: toDecimal('assessmentScore', target.assessmentScore),
        pairRaw: target.pairRaw,
      })),
    });
  }
}

/** Checks quarter targets and returns them sorted, decimals in the form they are read back. */
function normalizeQuarterTargets(targets: QuarterTargetInput[]): QuarterTargetRecord[] {
  const quarters = new Set<number>();

  return targets
    .map((target) => {
      if (!Number.isInteger(target.quarter) || target.quarter < 1 || target.quarter > 4 || quarters.has(target.quarter)) {
        throw new InvalidInputError('quarterTargets', `quarter ${target.quarter} is out of 1–4 or given twice.`);
      }
      quarters.add(target.quarter);

      return {
        quarter: target.quarter,
        plannedValue: toDecimal('plannedValue', target.plannedValue)?.toFixed() ?? null,
        assessmentScore: toDecimal('assessmentScore', target.assessmentScore)?.toFixed() ?? null,
        pairRaw: target.pairRaw,
      };
    })
    .sort((a, b) => a.quarter - b.quarter);
}

function checkFields(fields: IndicatorFields): void {
  // Buddhist-era years; a Christian-era year such as 2021 is a common mistake worth rejecting.
  if (fields.fiscalYear !== undefined && (!Number.isInteger(fields.fiscalYear) || fields.fiscalYear < 2400 || fields.fiscalYear > 2800)) {
    throw new InvalidInputError('fiscalYear', `${fields.fiscalYear}; expected a Buddhist-era year such as 2564.`);
  }
  if (fields.decimals !== undefined && (!Number.isInteger(fields.decimals) || fields.decimals < 0 || fields.decimals > 4)) {
    throw new InvalidInputError('decimals', `${fields.decimals}; expected an integer from 0 to 4, the scale of stored values.`);
  }
}

// Column values as Prisma writes them; undefined leaves a column unchanged.
function toWriteData(fields: IndicatorFields) {
  checkFields(fields);

  return {
    code: fields.code,
    codeNormalized: fields.codeNormalized,
    identityKey: fields.identityKey,
    title: fields.title,
    familyNumber: fields.familyNumber,
    kpiType: fields.kpiType,
    typeRaw: fields.typeRaw,
    resultLevel: fields.resultLevel,
    unit: fields.unit,
    decimals: fields.decimals,
    direction: fields.direction,
    fiscalYear: fields.fiscalYear,
    agencyId: fields.agencyId,
    planNodeId: fields.planNodeId,
    targetValue: toDecimal('targetValue', fields.targetValue),
    actualValue: toDecimal('actualValue', fields.actualValue),
    assessment: toNullableJson(fields.assessment),
    definitions: fields.definitions === undefined ? undefined : toJson(fields.definitions),
    calculation: toNullableJson(fields.calculation),
    verification: toNullableJson(fields.verification),
  } satisfies Prisma.IndicatorUncheckedUpdateManyInput;
}

// The same values with JSON columns as plain JSON (null for SQL NULL), for comparing and logging.
function toComparable(fields: IndicatorFields): Record<string, unknown> {
  const jsonOrUndefined = (value: unknown): unknown => (value === undefined ? undefined : toJson(value));

  return {
    ...toWriteData(fields),
    assessment: jsonOrUndefined(fields.assessment),
    definitions: jsonOrUndefined(fields.definitions),
    calculation: jsonOrUndefined(fields.calculation),
    verification: jsonOrUndefined(fields.verification),
  };
}
