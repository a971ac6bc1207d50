import { diffFields, toJson, type ChangeEntry } from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { normalizeAgencyName } from '../agency-name';
import { agencySeeds, type AgencySeed } from './agencies.seed-data';
import { planEditionSeeds, type PlanEditionSeed, type PlanNodeSeed } from './plan.seed-data';
import { seedId } from './seed-id';

/** Actor recorded in ChangeLog for rows that seeding creates or corrects. */
export const seedActor = 'seed';

/** Rows that one seeding run created or corrected; both are 0 when the database was up to date. */
export interface SeedResult {
  created: number;
  updated: number;
}

// Arbitrary constant key of the advisory lock that serialises seeding across service instances.
const seedLockKey = '7215031944012566163';

/**
 * Brings the reference data (agencies, their aliases, plan editions and their nodes) up to the
 * seed files in one transaction. It creates missing rows, corrects changed ones and logs each in
 * ChangeLog as actor `seed`. Rows added by users are left alone. Running it again changes nothing.
 */
export async function seedReferenceData(prisma: PrismaClient): Promise<SeedResult> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${seedLockKey}::bigint)`;
      const changes: ChangeEntry[] = [];

      await seedAgencies(tx, changes);
      for (const edition of planEditionSeeds) {
        await seedPlanEdition(tx, edition, changes);
      }
      if (changes.length > 0) {
        await tx.changeLog.createMany({ data: changes.map((entry) => ({ ...entry, changes: toJson(entry.changes) })) });
      }

      return {
        created: changes.filter((entry) => entry.action === 'create').length,
        updated: changes.filter((entry) => entry.action === 'update').length,
      };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

function change(entity: string, entityId: string, action: 'create' | 'update', changes: ChangeEntry['changes']): ChangeEntry {
  return { entity, entityId, action, actor: seedActor, correlationId: null, changes };
}

function agencyRow(seed: AgencySeed): Omit<Prisma.AgencyCreateManyInput, 'id'> {
  return {
    kind: seed.kind,
    code: seed.code,
    nameTh: seed.nameTh,
    nameEn: seed.nameEn,
    geocode: seed.geocode,
    parentId: seed.parentKey === null ? null : seedId('agency', seed.parentKey),
  };
}

async function seedAgencies(tx: Prisma.TransactionClient, changes: ChangeEntry[]): Promise<void> {
  const ids = agencySeeds.map((seed) => seedId('agency', seed.key));
  const existing = new Map((await tx.agency.findMany({ where: { id: { in: ids } } })).map((row) => [row.id, row]));
  const missing: Prisma.AgencyCreateManyInput[] = [];

  for (const seed of agencySeeds) {
    const id = seedId('agency', seed.key);
    const row = agencyRow(seed);
    const current = existing.get(id);

    if (current === undefined) {
      missing.push({ id, ...row });
      changes.push(change('Agency', id, 'create', diffFields({}, row)));
      continue;
    }
    const fieldChanges = diffFields(current, row);

    if (Object.keys(fieldChanges).length > 0) {
      await tx.agency.update({ where: { id }, data: row });
      changes.push(change('Agency', id, 'update', fieldChanges));
    }
  }
  // Parents precede children in agencySeeds, and PostgreSQL checks foreign keys at the end of the
  // statement, so one multi-row insert is enough.
  await tx.agency.createMany({ data: missing });
  await seedAgencyAliases(tx, changes);
}

async function seedAgencyAliases(tx: Prisma.TransactionClient, changes: ChangeEntry[]): Promise<void> {
  const expectedAliases = new Map<string, string>();

  for (const seed of agencySeeds) {
    for (const alias of [seed.nameTh, ...seed.aliases]) {
      expectedAliases.set(normalizeAgencyName(alias), seedId('agency', seed.key));
    }
  }
  const existing = await tx.agencyAlias.findMany({ where: { alias: { in: [...expectedAliases.keys()] } } });
  const existingByAlias = new Map(existing.map((row) => [row.alias, row]));
  const missing: Prisma.AgencyAliasCreateManyInput[] = [];

  for (const [alias, agencyId] of expectedAliases) {
    const current = existingByAlias.get(alias);

    if (current === undefined) {
      const id = seedId('agency-alias', alias);

      missing.push({ id, alias, agencyId });
      changes.push(change('AgencyAlias', id, 'create', diffFields({}, { alias, agencyId })));
    } else if (current.agencyId !== agencyId) {
      await tx.agencyAlias.update({ where: { id: current.id }, data: { agencyId } });
      changes.push(change('AgencyAlias', current.id, 'update', diffFields(current, { agencyId })));
    }
  }
  await tx.agencyAlias.createMany({ data: missing });
}

async function seedPlanEdition(tx: Prisma.TransactionClient, seed: PlanEditionSeed, changes: ChangeEntry[]): Promise<void> {
  const { nodes, ...editionRow } = seed;
  const current = await tx.planEdition.findUnique({ where: { code: seed.code } });
  let editionId: string;

  if (current === null) {
    editionId = seedId('plan-edition', seed.code);
    await tx.planEdition.create({ data: { id: editionId, ...editionRow } });
    changes.push(change('PlanEdition', editionId, 'create', diffFields({}, editionRow)));
  } else {
    editionId = current.id;
    const fieldChanges = diffFields(current, editionRow);

    if (Object.keys(fieldChanges).length > 0) {
      await tx.planEdition.update({ where: { id: editionId }, data: editionRow });
      changes.push(change('PlanEdition', editionId, 'update', fieldChanges));
    }
  }
  await seedPlanNodes(tx, editionId, seed.code, nodes, changes);
}

async function seedPlanNodes(
  tx: Prisma.TransactionClient,
  editionId: string,
  editionCode: string,
  nodes: PlanNodeSeed[],
  changes: ChangeEntry[],
): Promise<void> {
  const existing = new Map((await tx.planNode.findMany({ where: { editionId } })).map((row) => [row.code, row]));
  const missing: Prisma.PlanNodeCreateManyInput[] = [];
  const idOf = (code: string): string => existing.get(code)?.id ?? seedId('plan-node', `${editionCode}:${code}`);

  for (const node of nodes) {
    const parentCode = node.code.includes('.') ? node.code.slice(0, node.code.lastIndexOf('.')) : null;
    const row = {
      level: node.level,
      nameTh: node.nameTh,
      nameEn: node.nameEn,
      parentId: parentCode === null ? null : idOf(parentCode),
      sortOrder: Number.parseInt(node.code.slice(node.code.lastIndexOf('.') + 1), 10) || 0,
    };
    const current = existing.get(node.code);

    if (current === undefined) {
      const id = idOf(node.code);

      missing.push({ id, editionId, code: node.code, createdBy: seedActor, ...row });
      changes.push(change('PlanNode', id, 'create', diffFields({}, { code: node.code, ...row })));
      continue;
    }
    const fieldChanges = diffFields(current, row);

    if (Object.keys(fieldChanges).length > 0) {
      await tx.planNode.update({ where: { id: current.id }, data: row });
      changes.push(change('PlanNode', current.id, 'update', fieldChanges));
    }
  }
  await tx.planNode.createMany({ data: missing });
}
