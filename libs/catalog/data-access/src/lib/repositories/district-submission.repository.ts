import {
  InvalidInputError,
  insertOutboxEvents,
  isUniqueViolation,
  resolveEvents,
  toJson,
  writeChangeLog,
  writeTransactionOptions,
  type EventsSource,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type {
  DistrictMissingCandidate,
  DistrictSubmissionInput,
  DistrictSubmissionRecord,
  DistrictSubmissionSummary,
} from './district.types';

/** Missing reports inserted per transaction, so the first sweep of a year does not hold one huge transaction. */
const missingBatchSize = 500;

const withVersions = { versions: { orderBy: { version: 'asc' } } } as const;

type SubmissionRow = Prisma.DistrictSubmissionGetPayload<{ include: typeof withVersions }>;

function toStatus(value: string): 'onTime' | 'late' {
  return value === 'late' ? 'late' : 'onTime';
}

function toSubmissionRecord(row: SubmissionRow): DistrictSubmissionRecord {
  return {
    id: row.id,
    itemId: row.itemId,
    district: row.district,
    month: row.month,
    dueAt: row.dueAt,
    status: toStatus(row.status),
    firstSubmittedAt: row.firstSubmittedAt,
    version: row.version,
    versions: row.versions.map((version) => ({
      version: version.version,
      records: version.records,
      submittedBy: version.submittedBy,
      submittedAt: version.submittedAt,
      reason: version.reason,
    })),
  };
}

/**
 * Stores district reports in versions, and the reports that sweeps found missing. Each write
 * inserts its outbox events in the same transaction.
 */
export class DistrictSubmissionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Stores version 1 of a report, or a correction (the next version) when one exists. A correction
   * keeps the first submission's due instant and status. Throws InvalidInputError on `reason` when
   * a correction has none.
   */
  async submit(input: DistrictSubmissionInput, actor: string, correlationId: string | null, events: EventsSource<DistrictSubmissionRecord>): Promise<DistrictSubmissionRecord> {
    try {
      return await this.writeVersion(input, actor, correlationId, events);
    } catch (error) {
      // Two first submissions at once: the unique key rejects the second, which then stores a correction.
      if (isUniqueViolation(error)) {
        return this.writeVersion(input, actor, correlationId, events);
      }
      throw error;
    }
  }

  /** Returns a report with every version, or null. */
  async find(itemId: string, district: string, month: string): Promise<DistrictSubmissionRecord | null> {
    const row = await this.prisma.districtSubmission.findUnique({ where: { itemId_district_month: { itemId, district, month } }, include: withVersions });

    return row === null ? null : toSubmissionRecord(row);
  }

  /** Returns the submissions of the items, without their records. */
  async summaries(itemIds: readonly string[]): Promise<DistrictSubmissionSummary[]> {
    const rows = await this.prisma.districtSubmission.findMany({
      where: { itemId: { in: [...itemIds] } },
      select: { itemId: true, district: true, month: true, status: true, firstSubmittedAt: true, version: true },
    });

    return rows.map((row) => ({ ...row, status: toStatus(row.status) }));
  }

  /** Returns the keys `itemId|district|month` of the reports of the items that sweeps already found missing. */
  async missingKeys(itemIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.districtMissingReport.findMany({ where: { itemId: { in: [...itemIds] } }, select: { itemId: true, district: true, month: true } });

    return new Set(rows.map((row) => `${row.itemId}|${row.district}|${row.month}`));
  }

  /**
   * Records each candidate as missing unless it is already recorded or a submission exists, and
   * inserts its events only then. The insert is one statement guarded by the primary key, so two
   * instances sweeping at once record, and emit, each missing report once. Returns those recorded.
   */
  async recordMissing(candidates: readonly DistrictMissingCandidate[], detectedAt: Date, events: (missing: DistrictMissingCandidate) => EventsSource<null>): Promise<DistrictMissingCandidate[]> {
    const recorded: DistrictMissingCandidate[] = [];

    for (let start = 0; start < candidates.length; start += missingBatchSize) {
      const batch = candidates.slice(start, start + missingBatchSize);

      await this.prisma.$transaction(async (tx) => {
        for (const candidate of batch) {
          const inserted = await tx.$queryRaw<{ itemId: string }[]>`
            INSERT INTO "DistrictMissingReport" ("itemId", "district", "month", "dueAt", "detectedAt")
            SELECT ${candidate.itemId}::uuid, ${candidate.district}, ${candidate.month}, ${candidate.dueAt}, ${detectedAt}
            WHERE NOT EXISTS (
              SELECT 1 FROM "DistrictSubmission" s
              WHERE s."itemId" = ${candidate.itemId}::uuid AND s."district" = ${candidate.district} AND s."month" = ${candidate.month}
            )
            ON CONFLICT DO NOTHING
            RETURNING "itemId"::text AS "itemId"`;

          if (inserted.length > 0) {
            await insertOutboxEvents(tx, resolveEvents(events(candidate), null));
            recorded.push(candidate);
          }
        }
      }, writeTransactionOptions);
    }

    return recorded;
  }

  private async writeVersion(input: DistrictSubmissionInput, actor: string, correlationId: string | null, events: EventsSource<DistrictSubmissionRecord>): Promise<DistrictSubmissionRecord> {
    return this.prisma.$transaction(async (tx) => {
      const existing = await lockSubmission(tx, input);
      const version = existing === null ? 1 : existing.version + 1;

      if (existing !== null && input.reason === null) {
        throw new InvalidInputError('reason', `reason is required because version ${existing.version} of this report exists; say why it is corrected`);
      }
      const submissionId =
        existing?.id ??
        (
          await tx.districtSubmission.create({
            data: { itemId: input.itemId, district: input.district, month: input.month, dueAt: input.dueAt, status: input.status, firstSubmittedAt: input.submittedAt },
          })
        ).id;

      if (existing !== null) {
        await tx.districtSubmission.update({ where: { id: submissionId }, data: { version } });
      }
      await tx.districtSubmissionVersion.create({
        data: { submissionId, version, records: toJson(input.records), submittedBy: actor, submittedAt: input.submittedAt, reason: input.reason },
      });
      await writeChangeLog(tx, {
        entity: 'DistrictSubmission',
        entityId: submissionId,
        action: existing === null ? 'create' : 'update',
        actor,
        correlationId,
        changes: { version: { from: existing?.version ?? null, to: version }, reason: { from: null, to: input.reason } },
      });
      const stored = toSubmissionRecord(await tx.districtSubmission.findUniqueOrThrow({ where: { id: submissionId }, include: withVersions }));

      await insertOutboxEvents(tx, resolveEvents(events, stored));

      return stored;
    }, writeTransactionOptions);
  }
}

/** Locks an existing report row against a concurrent correction; returns null when there is none yet. */
async function lockSubmission(tx: Prisma.TransactionClient, input: DistrictSubmissionInput): Promise<{ id: string; version: number } | null> {
  const rows = await tx.$queryRaw<{ id: string; version: number }[]>`
    SELECT id::text AS id, version FROM "DistrictSubmission"
    WHERE "itemId" = ${input.itemId}::uuid AND district = ${input.district} AND month = ${input.month}
    FOR UPDATE`;

  return rows[0] ?? null;
}
