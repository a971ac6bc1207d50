import { writeChangeLog, writeTransactionOptions } from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { DistrictItemListInput, DistrictItemListRecord, DistrictItemRecord } from './district.types';

const itemOrder = [{ retiredAt: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }] as const;

type ItemRow = Prisma.DistrictItemGetPayload<object>;

type ListRow = Prisma.DistrictItemListGetPayload<{ include: { items: true } }>;

function toItemRecord(row: ItemRow): DistrictItemRecord {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    code: row.code,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    datasetId: row.datasetId,
    geometryExpected: row.geometryExpected,
    dueDay: row.dueDay,
    dueMonthOffset: row.dueMonthOffset,
    position: row.position,
    retiredAt: row.retiredAt,
  };
}

function toListRecord(row: ListRow): DistrictItemListRecord {
  return {
    fiscalYear: row.fiscalYear,
    dueDay: row.dueDay,
    dueMonthOffset: row.dueMonthOffset,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
    items: row.items.map(toItemRecord),
  };
}

/**
 * Stores the District Catalog item list of each fiscal year. A replacement updates items by code,
 * adds new ones and retires the ones it leaves out. No item is deleted, so submissions keep their item.
 */
export class DistrictItemRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Returns the ids among `datasetIds` that no dataset has. */
  async unknownDatasetIds(datasetIds: readonly string[]): Promise<string[]> {
    const found = await this.prisma.dataset.findMany({ where: { id: { in: [...datasetIds] } }, select: { id: true } });
    const known = new Set(found.map((row) => row.id));

    return datasetIds.filter((id) => !known.has(id));
  }

  /** Replaces the list of a fiscal year and records the change with the old and new item codes. */
  async replace(input: DistrictItemListInput, actor: string, correlationId: string | null): Promise<DistrictItemListRecord> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.districtItemList.findUnique({ where: { fiscalYear: input.fiscalYear }, include: { items: { where: { retiredAt: null } } } });
      const rule = { dueDay: input.dueDay, dueMonthOffset: input.dueMonthOffset, updatedBy: actor, updatedAt: new Date() };

      await tx.districtItemList.upsert({
        where: { fiscalYear: input.fiscalYear },
        create: { fiscalYear: input.fiscalYear, ...rule },
        update: { ...rule, version: { increment: 1 } },
      });
      for (const [position, item] of input.items.entries()) {
        const fields = { ...item, position, retiredAt: null };

        await tx.districtItem.upsert({
          where: { fiscalYear_code: { fiscalYear: input.fiscalYear, code: item.code } },
          create: { fiscalYear: input.fiscalYear, ...fields },
          update: fields,
        });
      }
      await tx.districtItem.updateMany({
        where: { fiscalYear: input.fiscalYear, retiredAt: null, code: { notIn: input.items.map((item) => item.code) } },
        data: { retiredAt: new Date() },
      });
      await writeChangeLog(tx, {
        entity: 'DistrictItemList',
        entityId: String(input.fiscalYear),
        action: before === null ? 'create' : 'update',
        actor,
        correlationId,
        changes: {
          itemCodes: { from: before?.items.map((item) => item.code) ?? [], to: input.items.map((item) => item.code) },
          dueDay: { from: before?.dueDay ?? null, to: input.dueDay },
          dueMonthOffset: { from: before?.dueMonthOffset ?? null, to: input.dueMonthOffset },
        },
      });

      return toListRecord(await tx.districtItemList.findUniqueOrThrow({ where: { fiscalYear: input.fiscalYear }, include: { items: { orderBy: [...itemOrder] } } }));
    }, writeTransactionOptions);
  }

  /** Returns the list of a fiscal year with every item, or null when none was stored. */
  async get(fiscalYear: number): Promise<DistrictItemListRecord | null> {
    const row = await this.prisma.districtItemList.findUnique({ where: { fiscalYear }, include: { items: { orderBy: [...itemOrder] } } });

    return row === null ? null : toListRecord(row);
  }

  /** Returns the lists of the given fiscal years that exist. */
  async getMany(fiscalYears: readonly number[]): Promise<DistrictItemListRecord[]> {
    const rows = await this.prisma.districtItemList.findMany({
      where: { fiscalYear: { in: [...fiscalYears] } },
      include: { items: { orderBy: [...itemOrder] } },
      orderBy: { fiscalYear: 'asc' },
    });

    return rows.map(toListRecord);
  }
}
