import {
  diffFields,
  InvalidInputError,
  RecordNotFoundError,
  toSkipTake,
  writeChangeLog,
  type Page,
  type PageRequest,
} from '@bma-kpi/database';
import { Prisma, type PlanLevel, type PrismaClient } from '../../generated/prisma/client';
import { comparePlanCodes } from './plan-code';

/** A development-plan edition; years are fiscal years in the Buddhist era. */
export interface PlanEditionRecord {
  id: string;
  code: string;
  nameTh: string;
  nameEn: string | null;
  startYear: number;
  endYear: number;
}

/** A node of a plan edition (ด้าน, มิติ, เป้าหมาย or plan indicator). */
export interface PlanNodeRecord {
  id: string;
  editionCode: string;
  parentId: string | null;
  level: PlanLevel;
  code: string;
  nameTh: string;
  nameEn: string | null;
  sortOrder: number;
}

/** A plan node with its children, ordered by code. */
export interface PlanTreeNode extends PlanNodeRecord {
  children: PlanTreeNode[];
}

/** An edition with its nodes as a tree. */
export interface PlanTree {
  edition: PlanEditionRecord;
  roots: PlanTreeNode[];
}

/** Filters of PlanRepository.list; the edition defaults to the newest. */
export interface PlanNodeListQuery extends PageRequest {
  editionCode?: string;
  level?: PlanLevel;
  parentCode?: string;
}

/** One node of a plan path to ensure, root first; codes are dotted ASCII digits such as `5.4.1`. */
export interface PlanPathNodeInput {
  level: PlanLevel;
  code: string;
  nameTh: string;
  nameEn: string | null;
}

type NodeWithEdition = Prisma.PlanNodeGetPayload<{ include: { edition: { select: { code: true } } } }>;

const withEdition = { edition: { select: { code: true } } } as const;

/** Levels that planPathsOf walks up at most; real plans have four. */
const maxPlanDepth = 16;

/** Reads the versioned development-plan hierarchy and adds nodes that imported records name. */
export class PlanRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Returns every edition, newest (latest start year) first. */
  async listEditions(): Promise<PlanEditionRecord[]> {
    const editions = await this.prisma.planEdition.findMany({ orderBy: [{ startYear: 'desc' }, { createdAt: 'desc' }] });

    return editions.map(toEditionRecord);
  }

  /** Returns the nodes of an edition (default: the newest) as a tree, or null when there is no such edition. */
  async tree(editionCode?: string): Promise<PlanTree | null> {
    const edition = await this.findEdition(editionCode);

    if (edition === null) {
      return null;
    }
    const nodes = (await this.prisma.planNode.findMany({ where: { editionId: edition.id } })).map((node) =>
      toNodeRecord({ ...node, edition: { code: edition.code } }),
    );
    const byParent = new Map<string | null, PlanTreeNode[]>();

    for (const node of nodes.sort((a, b) => comparePlanCodes(a.code, b.code))) {
      const siblings = byParent.get(node.parentId) ?? [];

      siblings.push({ ...node, children: [] });
      byParent.set(node.parentId, siblings);
    }
    const attach = (node: PlanTreeNode): PlanTreeNode => ({ ...node, children: (byParent.get(node.id) ?? []).map(attach) });

    return { edition: toEditionRecord(edition), roots: (byParent.get(null) ?? []).map(attach) };
  }

  /**
   * Lists nodes of an edition ordered by code. An edition has at most a few hundred nodes, so they
   * are sorted and paged in memory. That puts `5.10` after `5.9`, which SQL text order would not.
   */
  async list(query: PlanNodeListQuery): Promise<Page<PlanNodeRecord>> {
    const { skip, take } = toSkipTake(query);
    const edition = await this.findEdition(query.editionCode);

    if (edition === null) {
      return { items: [], total: 0 };
    }
    const nodes = await this.prisma.planNode.findMany({
      where: {
        editionId: edition.id,
        ...(query.level === undefined ? {} : { level: query.level }),
        ...(query.parentCode === undefined ? {} : { parent: { code: query.parentCode } }),
      },
      include: withEdition,
    });
    const sorted = nodes.map(toNodeRecord).sort((a, b) => comparePlanCodes(a.code, b.code));

    return { items: sorted.slice(skip, skip + take), total: sorted.length };
  }

  async findByCode(editionCode: string, code: string): Promise<PlanNodeRecord | null> {
    const node = await this.prisma.planNode.findFirst({ where: { code, edition: { code: editionCode } }, include: withEdition });

    return node === null ? null : toNodeRecord(node);
  }

  /** Returns the ancestors of a node and the node itself, root first; empty when the node does not exist. */
  async pathOf(nodeId: string): Promise<PlanNodeRecord[]> {
    return planPathOf(this.prisma, nodeId);
  }

  /**
   * Finds each node of `nodes` (root first) by code in the edition and creates the missing ones
   * under the node before them, logging each creation. Returns the id of the last node. Pass `tx`
   * to run inside a caller's transaction.
   */
  async ensurePath(
    editionCode: string,
    nodes: PlanPathNodeInput[],
    actor: string,
    tx?: Prisma.TransactionClient,
  ): Promise<string> {
    if (tx !== undefined) {
      return ensurePlanPath(tx, editionCode, nodes, actor, null);
    }

    return this.prisma.$transaction((inner) => ensurePlanPath(inner, editionCode, nodes, actor, null));
  }

  private async findEdition(editionCode: string | undefined): Promise<Prisma.PlanEditionGetPayload<object> | null> {
    if (editionCode !== undefined) {
      return this.prisma.planEdition.findUnique({ where: { code: editionCode } });
    }

    return this.prisma.planEdition.findFirst({ orderBy: [{ startYear: 'desc' }, { createdAt: 'desc' }] });
  }
}

/** Returns the path from the root to `nodeId`; used by the indicator reads as well. */
export async function planPathOf(client: Prisma.TransactionClient | PrismaClient, nodeId: string): Promise<PlanNodeRecord[]> {
  return (await planPathsOf(client, [nodeId])).get(nodeId) ?? [];
}

/**
 * Returns the root-first path of each node in `nodeIds`. One recursive query walks up from every
 * node at once, so a path costs one round trip to the database whatever the plan's depth.
 */
export async function planPathsOf(
  client: Prisma.TransactionClient | PrismaClient,
  nodeIds: readonly string[],
): Promise<Map<string, PlanNodeRecord[]>> {
  const ids = [...new Set(nodeIds)];

  if (ids.length === 0) {
    return new Map();
  }
  // A plan has four levels, so the depth bound only stops a cycle written by hand.
  const rows = await client.$queryRaw<PlanNodeRecord[]>`
    WITH RECURSIVE ancestor AS (
      SELECT n.id, n."parentId", 0 AS depth FROM "PlanNode" n WHERE n.id IN (${Prisma.join(ids.map((id) => Prisma.sql`CAST(${id} AS uuid)`))})
      UNION
      SELECT p.id, p."parentId", a.depth + 1 FROM "PlanNode" p JOIN ancestor a ON p.id = a."parentId" WHERE a.depth < ${maxPlanDepth}
    )
    SELECT DISTINCT n.id::text AS id, e.code AS "editionCode", n."parentId"::text AS "parentId", n.level::text AS level,
      n.code, n."nameTh", n."nameEn", n."sortOrder"
    FROM ancestor a JOIN "PlanNode" n ON n.id = a.id JOIN "PlanEdition" e ON e.id = n."editionId"`;
  const nodes = new Map(rows.map((row) => [row.id, row]));

  return new Map(nodeIds.map((id) => [id, pathFromLoaded(nodes, id)]));
}

function pathFromLoaded(nodes: Map<string, PlanNodeRecord>, nodeId: string): PlanNodeRecord[] {
  const path: PlanNodeRecord[] = [];
  const seen = new Set<string>();
  let node = nodes.get(nodeId);

  while (node !== undefined && !seen.has(node.id)) {
    seen.add(node.id);
    path.unshift({ ...node });
    node = node.parentId === null ? undefined : nodes.get(node.parentId);
  }

  return path;
}

/** ensurePath inside a transaction; `correlationId` goes into the ChangeLog rows. */
export async function ensurePlanPath(
  tx: Prisma.TransactionClient,
  editionCode: string,
  nodes: PlanPathNodeInput[],
  actor: string,
  correlationId: string | null,
): Promise<string> {
  const edition = await tx.planEdition.findUnique({ where: { code: editionCode } });

  if (edition === null) {
    throw new RecordNotFoundError('PlanEdition', editionCode);
  }
  const [root, ...descendants] = nodes;

  if (root === undefined) {
    throw new InvalidInputError('planPath', 'no nodes given; expected at least the dimension.');
  }
  const audit = { actor, correlationId };
  let leafId = await ensurePlanNode(tx, edition.id, null, root, audit);

  for (const node of descendants) {
    leafId = await ensurePlanNode(tx, edition.id, leafId, node, audit);
  }

  return leafId;
}

// Returns the id of the node with this code, creating it under `parentId` when missing. An existing
// node is kept as it is, even when the imported name differs from the stored one.
async function ensurePlanNode(
  tx: Prisma.TransactionClient,
  editionId: string,
  parentId: string | null,
  node: PlanPathNodeInput,
  audit: { actor: string; correlationId: string | null },
): Promise<string> {
  const row = {
    editionId,
    parentId,
    level: node.level,
    code: node.code,
    nameTh: node.nameTh,
    nameEn: node.nameEn,
    sortOrder: lastSegment(node.code),
    createdBy: audit.actor,
  };
  // ON CONFLICT DO NOTHING: an import running at the same time may create the same node first.
  const created = await tx.planNode.createMany({ data: [row], skipDuplicates: true });
  const stored = await tx.planNode.findUniqueOrThrow({ where: { editionId_code: { editionId, code: node.code } } });

  if (created.count > 0) {
    await writeChangeLog(tx, {
      entity: 'PlanNode',
      entityId: stored.id,
      action: 'create',
      ...audit,
      changes: diffFields({}, { code: node.code, level: node.level, nameTh: node.nameTh, nameEn: node.nameEn, parentId }),
    });
  }

  return stored.id;
}

function lastSegment(code: string): number {
  return Number.parseInt(code.slice(code.lastIndexOf('.') + 1), 10) || 0;
}

function toEditionRecord(edition: Prisma.PlanEditionGetPayload<object>): PlanEditionRecord {
  return {
    id: edition.id,
    code: edition.code,
    nameTh: edition.nameTh,
    nameEn: edition.nameEn,
    startYear: edition.startYear,
    endYear: edition.endYear,
  };
}

function toNodeRecord(node: NodeWithEdition): PlanNodeRecord {
  return {
    id: node.id,
    editionCode: node.edition.code,
    parentId: node.parentId,
    level: node.level,
    code: node.code,
    nameTh: node.nameTh,
    nameEn: node.nameEn,
    sortOrder: node.sortOrder,
  };
}
