import { createHash } from 'node:crypto';
import {
  insertOutboxEvents,
  InvalidInputError,
  isoToDate,
  isUniqueViolation,
  RecordNotFoundError,
  resolveEvents,
  toDecimal,
  toSkipTake,
  writeChangeLogs,
  writeTransactionOptions,
  type AuditContext,
  type EventsSource,
  type Page,
  type PageRequest,
} from '@bma-kpi/database';
import type { Prisma, PrismaClient, ProgressSource } from '../../generated/prisma/client';
import { DuplicateProgressError } from '../support/errors';
import { progressOrder, toProgressRecord } from './indicator.mapper';
import type { ProgressRecord } from './indicator.types';

/** A progress note (รายงานผลการดำเนินงาน) to store; `date` is `YYYY-MM-DD` or null when undated or ambiguous. */
export interface ProgressInput {
  date: string | null;
  fiscalYear?: number | null;
  /** Fiscal quarter 1–4 of the date. */
  quarter?: number | null;
  rawDate?: string | null;
  ambiguous?: boolean;
  sectionQuarter?: number | null;
  /** Cumulative result reported with the note, as decimal text. */
  value?: string | null;
  text: string;
  rawText: string;
  /** Defaults to `api`. */
  source?: ProgressSource;
}

/** Filters of ProgressRepository.list. */
export interface ProgressListQuery extends PageRequest {
  fiscalYear?: number;
  quarter?: number;
}

/**
 * Returns the fingerprint of a progress note: SHA-256 (hex) of its ISO date (empty when undated)
 * and its raw text, joined by a newline. Notes with the same fingerprint are one note.
 */
export function progressFingerprint(date: string | null, rawText: string): string {
  return createHash('sha256').update(`${date ?? ''}\n${rawText}`, 'utf8').digest('hex');
}

/** Stores progress notes of indicators; a note is stored once per indicator, by fingerprint. */
export class ProgressRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Adds a note to an indicator. Throws DuplicateProgressError when the indicator already has a
   * note with the same date and raw text, RecordNotFoundError for an unknown indicator.
   */
  async add(
    indicatorId: string,
    input: ProgressInput,
    actor: string,
    correlationId: string | null,
    events: EventsSource<ProgressRecord>,
  ): Promise<ProgressRecord> {
    const fingerprint = progressFingerprint(input.date, input.rawText);

    try {
      return await this.prisma.$transaction(async (tx) => {
        if ((await tx.indicator.count({ where: { id: indicatorId } })) === 0) {
          throw new RecordNotFoundError('Indicator', indicatorId);
        }
        const [record] = await insertProgress(tx, indicatorId, [input], { actor, correlationId });

        if (record === undefined) {
          throw new DuplicateProgressError(indicatorId, fingerprint);
        }
        await insertOutboxEvents(tx, resolveEvents(events, record));

        return record;
      }, writeTransactionOptions);
    } catch (error) {
      throw isUniqueViolation(error) ? new DuplicateProgressError(indicatorId, fingerprint) : error;
    }
  }

  /** Lists the notes of an indicator by report date (undated last), then in the order they were stored. */
  async list(indicatorId: string, query: ProgressListQuery): Promise<Page<ProgressRecord>> {
    const { skip, take } = toSkipTake(query);
    const where: Prisma.ProgressReportWhereInput = {
      indicatorId,
      ...(query.fiscalYear === undefined ? {} : { fiscalYear: query.fiscalYear }),
      ...(query.quarter === undefined ? {} : { quarter: query.quarter }),
    };
    const total = await this.prisma.progressReport.count({ where });
    const rows = await this.prisma.progressReport.findMany({ where, orderBy: progressOrder, skip, take });

    return { items: rows.map(toProgressRecord), total };
  }
}

/**
 * Inserts the notes whose fingerprint the indicator does not have yet, once each, and logs each
 * in ChangeLog; returns the inserted notes in input order. Used by add and by imports.
 */
export async function insertProgress(
  tx: Prisma.TransactionClient,
  indicatorId: string,
  notes: readonly ProgressInput[],
  audit: AuditContext,
): Promise<ProgressRecord[]> {
  const rows = new Map<string, Prisma.ProgressReportCreateManyInput>();

  for (const note of notes) {
    const fingerprint = progressFingerprint(note.date, note.rawText);

    if (!rows.has(fingerprint)) {
      rows.set(fingerprint, toRow(indicatorId, note, fingerprint, audit.actor));
    }
  }
  const stored = await tx.progressReport.findMany({
    where: { indicatorId, fingerprint: { in: [...rows.keys()] } },
    select: { fingerprint: true },
  });

  for (const { fingerprint } of stored) {
    rows.delete(fingerprint);
  }
  const order = [...rows.keys()];
  const created = await tx.progressReport.createManyAndReturn({ data: [...rows.values()] });
  const records = created
    .map(toProgressRecord)
    .sort((a, b) => order.indexOf(a.fingerprint) - order.indexOf(b.fingerprint));

  await writeChangeLogs(
    tx,
    records.map((record) => ({
      entity: 'ProgressReport',
      entityId: record.id,
      action: 'create',
      ...audit,
      changes: { indicatorId: { from: null, to: indicatorId }, reportDate: { from: null, to: record.reportDate }, text: { from: null, to: record.text } },
    })),
  );

  return records;
}

function toRow(
  indicatorId: string,
  note: ProgressInput,
  fingerprint: string,
  actor: string,
): Prisma.ProgressReportCreateManyInput {
  for (const [field, quarter] of [['quarter', note.quarter], ['sectionQuarter', note.sectionQuarter]] as const) {
    if (quarter !== undefined && quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
      throw new InvalidInputError(field, `${quarter}; expected a fiscal quarter from 1 to 4.`);
    }
  }

  return {
    indicatorId,
    reportDate: isoToDate('date', note.date),
    fiscalYear: note.fiscalYear ?? null,
    quarter: note.quarter ?? null,
    rawDate: note.rawDate ?? null,
    dateAmbiguous: note.ambiguous ?? false,
    sectionQuarter: note.sectionQuarter ?? null,
    value: toDecimal('value', note.value ?? null),
    text: note.text,
    rawText: note.rawText,
    fingerprint,
    source: note.source ?? 'api',
    createdBy: actor,
  };
}
