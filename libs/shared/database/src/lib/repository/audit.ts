import type { OutboxMessage } from '@bma-kpi/messaging';
import { PrismaClientKnownRequestError, type InputJsonValue } from '@prisma/client/runtime/client';
import { canonicalJson, toJson } from './values';

/** Outbox events of a write: given up front, or built from the write's result inside its transaction. */
export type EventsSource<Result> = OutboxMessage[] | ((result: Result) => OutboxMessage[]);

/** One audited change: which row, what was done, who did it and which fields changed how. */
export interface ChangeEntry {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  actor: string;
  correlationId: string | null;
  /** Field name → `{ from, to }`; a create lists the fields it set, with `from` null. */
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** Columns of a ChangeLog row that a write sets; the table has the same columns in every service. */
export interface ChangeLogRowInput {
  entity: string;
  entityId: string;
  action: string;
  actor: string;
  correlationId: string | null;
  changes: InputJsonValue;
}

/** Columns of an outbox row that a write sets; `sequence` and the relay columns take their defaults. */
export interface OutboxRowInput {
  id: string;
  subject: string;
  payload: InputJsonValue;
  correlationId: string | null;
}

/**
 * The part of a service's Prisma transaction client that the audit helpers use. Every service
 * schema has `ChangeLog` and `OutboxEvent` models with the same columns, so each service's
 * generated `Prisma.TransactionClient` matches this shape.
 */
export interface AuditTransaction {
  changeLog: {
    createMany(args: { data: ChangeLogRowInput[] }): PromiseLike<unknown>;
  };
  outboxEvent: {
    createMany(args: { data: OutboxRowInput[] }): PromiseLike<unknown>;
  };
}

/** Actor and correlation id of a change. */
export interface AuditContext {
  actor: string;
  correlationId: string | null;
}

/** Records a change in ChangeLog inside the caller's transaction. */
export async function writeChangeLog(tx: AuditTransaction, entry: ChangeEntry): Promise<void> {
  await writeChangeLogs(tx, [entry]);
}

/** Records several changes in ChangeLog with one statement inside the caller's transaction. */
export async function writeChangeLogs(
  tx: AuditTransaction,
  entries: readonly ChangeEntry[],
): Promise<void> {
  if (entries.length > 0) {
    await tx.changeLog.createMany({
      data: entries.map((entry) => ({ ...entry, changes: toJson(entry.changes) })),
    });
  }
}

/** Inserts events into the outbox inside the caller's transaction, so they commit or roll back with the change. */
export async function insertOutboxEvents(
  tx: AuditTransaction,
  events: readonly OutboxMessage[],
): Promise<void> {
  if (events.length === 0) {
    return;
  }
  // One multi-row INSERT assigns `sequence` values in the order the rows are listed, which is the
  // order the caller gave the events.
  await tx.outboxEvent.createMany({
    data: events.map((event) => ({
      id: event.id,
      subject: event.subject,
      payload: toJson(event.payload),
      correlationId: event.correlationId,
    })),
  });
}

/** Returns the events of a write whose result is `result`. */
export function resolveEvents<Result>(
  source: EventsSource<Result>,
  result: Result,
): OutboxMessage[] {
  return typeof source === 'function' ? source(result) : source;
}

/**
 * Compares the fields that `next` sets with `current` and returns those that differ, as ChangeLog
 * changes. Decimals, Dates and JSON values are compared by their canonical JSON text.
 */
export function diffFields(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};

  for (const [field, value] of Object.entries(next)) {
    if (value === undefined) {
      continue;
    }
    const before = current[field] ?? null;

    if (canonicalJson(before) !== canonicalJson(value)) {
      changes[field] = { from: toJson(before), to: toJson(value) };
    }
  }

  return changes;
}

/** True when `error` is Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof PrismaClientKnownRequestError && error.code === 'P2002';
}
