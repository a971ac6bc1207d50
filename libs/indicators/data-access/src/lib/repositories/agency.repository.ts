import { toSkipTake, type Page, type PageRequest } from '@bma-kpi/database';
import { Prisma, type AgencyKind, type PrismaClient } from '../../generated/prisma/client';
import { normalizeAgencyName, stripDistrictPrefix } from '../agency-name';

/** An agency as listings return it. */
export interface AgencyRecord {
  id: string;
  code: string | null;
  kind: AgencyKind;
  nameTh: string;
  nameEn: string | null;
  geocode: string | null;
  parentId: string | null;
  parentCode: string | null;
}

/** An agency with its aliases and timestamps (ISO 8601). */
export interface AgencyDetail extends AgencyRecord {
  aliases: string[];
  createdAt: string;
  updatedAt: string;
}

/** Filters of AgencyRepository.list; `search` matches Thai and English names, code and aliases. */
export interface AgencyListQuery extends PageRequest {
  kind?: AgencyKind;
  parentCode?: string;
  parentId?: string;
  search?: string;
}

interface AgencyRow {
  id: string;
  code: string | null;
  kind: AgencyKind;
  nameTh: string;
  nameEn: string | null;
  geocode: string | null;
  parentId: string | null;
  parentCode: string | null;
}

const detailInclude = { aliases: { orderBy: { alias: 'asc' } }, parent: { select: { code: true } } } as const;

type AgencyWithRelations = Prisma.AgencyGetPayload<{ include: typeof detailInclude }>;

/** Reads agencies (สำนัก, สำนักงาน, สำนักงานเขต) and finds them by code or by any spelling of their name. */
export class AgencyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Lists agencies in Thai dictionary order of nameTh. The ordering runs in SQL with the ICU
   * collation `thai` that a migration creates, so paging stays correct.
   * NOTE: PGlite 0.5 lacks ICU's Thai data and falls back to the root order. That order sorts Thai
   * names the same way but puts Latin letters before Thai, where PostgreSQL puts them after.
   */
  async list(query: AgencyListQuery): Promise<Page<AgencyRecord>> {
    const { skip, take } = toSkipTake(query);
    const where = this.listConditions(query);
    const [counted] = await this.prisma.$queryRaw<{ total: bigint | number }[]>`
      SELECT COUNT(*) AS total FROM "Agency" a LEFT JOIN "Agency" p ON p.id = a."parentId" ${where}`;
    const items = await this.prisma.$queryRaw<AgencyRow[]>`
      SELECT a.id, a.code, a.kind::text AS kind, a."nameTh", a."nameEn", a.geocode, a."parentId", p.code AS "parentCode"
      FROM "Agency" a LEFT JOIN "Agency" p ON p.id = a."parentId"
      ${where}
      ORDER BY a."nameTh" COLLATE "thai", a.id
      LIMIT ${take} OFFSET ${skip}`;

    return { items, total: Number(counted?.total ?? 0) };
  }

  async findById(id: string): Promise<AgencyDetail | null> {
    const agency = await this.prisma.agency.findUnique({ where: { id }, include: detailInclude });

    return agency === null ? null : toDetail(agency);
  }

  async findByCode(code: string): Promise<AgencyDetail | null> {
    const agency = await this.prisma.agency.findUnique({ where: { code: code.trim() }, include: detailInclude });

    return agency === null ? null : toDetail(agency);
  }

  /**
   * Finds an agency by its Thai name or an alias, after normalising (NFC, trimmed, single spaces).
   * District offices also match with or without `สำนักงานเขต`/`เขต`, e.g. `เขต บางนา`.
   */
  async findByNameOrAlias(name: string): Promise<AgencyDetail | null> {
    const normalized = normalizeAgencyName(name);
    const bare = stripDistrictPrefix(normalized);
    const candidates = bare === null ? [normalized] : [normalized, bare];

    for (const candidate of candidates) {
      const agencyId = await this.findIdByName(candidate);

      if (agencyId !== null) {
        return this.findById(agencyId);
      }
    }

    return null;
  }

  // Aliases cover every seeded agency; agencies added later may only have their nameTh.
  private async findIdByName(name: string): Promise<string | null> {
    const alias = await this.prisma.agencyAlias.findUnique({ where: { alias: name }, select: { agencyId: true } });

    if (alias !== null) {
      return alias.agencyId;
    }
    const agency = await this.prisma.agency.findFirst({ where: { nameTh: name }, select: { id: true } });

    return agency?.id ?? null;
  }

  private listConditions(query: AgencyListQuery): Prisma.Sql {
    const conditions: Prisma.Sql[] = [];

    if (query.kind !== undefined) {
      conditions.push(Prisma.sql`a.kind::text = ${query.kind}`);
    }
    if (query.parentCode !== undefined) {
      conditions.push(Prisma.sql`p.code = ${query.parentCode}`);
    }
    if (query.parentId !== undefined) {
      conditions.push(Prisma.sql`a."parentId"::text = ${query.parentId}`);
    }
    const search = query.search === undefined ? '' : normalizeAgencyName(query.search);

    if (search !== '') {
      const pattern = `%${escapeLike(search)}%`;

      conditions.push(Prisma.sql`(a."nameTh" ILIKE ${pattern} OR a."nameEn" ILIKE ${pattern} OR a.code = ${search}
        OR EXISTS (SELECT 1 FROM "AgencyAlias" x WHERE x."agencyId" = a.id AND x.alias ILIKE ${pattern}))`);
    }

    return conditions.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;
  }
}

/** Escapes `%`, `_` and `\` so that a search term matches literally inside ILIKE. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function toDetail(agency: AgencyWithRelations): AgencyDetail {
  return {
    id: agency.id,
    code: agency.code,
    kind: agency.kind,
    nameTh: agency.nameTh,
    nameEn: agency.nameEn,
    geocode: agency.geocode,
    parentId: agency.parentId,
    parentCode: agency.parent?.code ?? null,
    aliases: agency.aliases.map((alias) => alias.alias),
    createdAt: agency.createdAt.toISOString(),
    updatedAt: agency.updatedAt.toISOString(),
  };
}
