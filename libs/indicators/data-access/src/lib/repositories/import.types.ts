import type { OutboxMessage } from '@bma-kpi/messaging';
import type { KpiType, ResultLevel } from '../../generated/prisma/client';
import type { ProgressRecord, QuarterTargetInput } from './indicator.types';
import type { PlanPathNodeInput } from './plan.repository';

/** A progress note extracted from a KPI record; `date` is `YYYY-MM-DD`, null when undated or ambiguous. */
export interface ImportProgressNote {
  date: string | null;
  fiscalYear: number | null;
  quarter: number | null;
  rawDate: string | null;
  ambiguous: boolean;
  sectionQuarter: number | null;
  text: string;
  rawText: string;
}

/**
 * Fields that the feature layer extracted from one parsed KPI record export. Decimals are decimal
 * text with ASCII digits, and JSON values are stored as given.
 */
export interface ImportRecordParams {
  code: string | null;
  /** Matches an existing indicator of the same fiscal year; null always creates a new indicator. */
  codeNormalized: string | null;
  /**
   * Identifies the KPI when it has no code: an earlier import with the same key and fiscal year is
   * updated. Null (and no code) always creates a new indicator.
   */
  identityKey: string | null;
  title: string | null;
  familyNumber: string | null;
  kpiType: KpiType | null;
  typeRaw: string | null;
  resultLevel: ResultLevel | null;
  unit: string | null;
  /** Fiscal year in the Buddhist era. */
  fiscalYear: number;
  agencyId: string | null;
  /** Plan edition of `planPath`; null picks the edition whose years cover `fiscalYear`, else the newest. */
  planEditionCode?: string | null;
  /** Plan nodes printed in the record, root first; missing nodes are created. */
  planPath: PlanPathNodeInput[];
  targetValue: string | null;
  actualValue: string | null;
  assessment: unknown;
  definitions: unknown[];
  calculation: unknown;
  verification: unknown;
  /** Quarter table of the record; an empty list keeps the stored quarters. */
  quarterTargets: QuarterTargetInput[];
  progress: ImportProgressNote[];
  rawText: string;
  /** SHA-256 (lower-case hex) of the export; an export with a known hash is not imported again. */
  sha256: string;
  layout: string;
  warnings: unknown[];
  fileName: string | null;
}

/** Summary of an import's changes, passed to the caller's event builder inside the import's transaction. */
export interface ImportChange {
  importId: string;
  indicatorId: string;
  created: boolean;
  newProgressIds: string[];
  /** The notes this import added, in the record's order. */
  newProgress: ProgressRecord[];
  /** Version of the indicator after the import. */
  version: number;
  /** Fields the import set on a new indicator, or changed on an existing one. */
  changedFields: string[];
}

/** Builds the outbox events of an import; throwing rolls the whole import back. */
export type ImportEventsBuilder = (change: ImportChange) => OutboxMessage[];

/** Outcome of ImportRepository.importRecord. */
export interface ImportRecordResult {
  importId: string;
  /** Null only for an earlier import whose indicator has since been deleted. */
  indicatorId: string | null;
  created: boolean;
  /** True when the import changed no field and added no note (or was already imported). */
  unchanged: boolean;
  newProgressCount: number;
  /** True when an import with the same SHA-256 existed; then nothing was written. */
  alreadyImported: boolean;
}

/** A stored import, as findBySha returns it. */
export interface KpiImportReference {
  id: string;
  indicatorId: string | null;
  createdAt: string;
}
