import { createHash } from 'node:crypto';

import type { ImportProgressNote, ImportRecordParams, QuarterTargetInput } from '@bma-kpi/indicators-data-access';
import type { ParsedKpiRecord, ProgressNote, QuarterPlan } from '@bma-kpi/indicators-domain';

/** Text compared for "the same record": BOM dropped, line endings unified, outer blank space trimmed. */
export function canonicalRecordText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
}

/** `0411-0005` and `0411-5` name the same KPI, so codes are compared without the zero padding. */
export function normalizeKpiCode(code: string | null | undefined): string | null {
  const match = code ? /^(\d{4})-0*(\d+)$/.exec(code.trim()) : null;

  return match ? `${match[1]}-${match[2]}` : null;
}

/**
 * Returns the key that identifies a KPI exported without a code: its fiscal year, owner, plan
 * path, unit, definitions and criteria, which stay the same while its progress notes grow from
 * one export to the next. Null when the record has a code or no definitions and criteria.
 */
export function identityKeyOf(record: ParsedKpiRecord, agencyId: string | null): string | null {
  const wording = [
    ...record.definitions.map((definition) => `${definition.term}: ${definition.text}`),
    record.calculation?.text ?? '',
    record.verification?.text ?? '',
  ].filter((text) => text.length > 0);

  if (record.pid !== null || wording.length === 0) {
    return null;
  }
  const identity = {
    fiscalYear: record.fiscalYear,
    agencyId,
    planPath: record.planPath.map((node) => node.code),
    unit: record.target?.unit ?? record.actual?.unit ?? null,
    wording,
  };

  return createHash('sha256').update(JSON.stringify(identity), 'utf8').digest('hex');
}

function decimalText(value: number | null): string | null {
  return value === null ? null : String(value);
}

function toQuarterTarget(quarter: QuarterPlan): QuarterTargetInput {
  return {
    quarter: quarter.quarter,
    plannedValue: decimalText(quarter.planned),
    assessmentScore: decimalText(quarter.assessment),
    pairRaw: quarter.pairRaw,
  };
}

function toProgressNote(note: ProgressNote): ImportProgressNote {
  return {
    date: note.date,
    fiscalYear: note.fiscalYear,
    quarter: note.quarter,
    rawDate: note.rawDate,
    ambiguous: note.ambiguous,
    sectionQuarter: note.sectionQuarter,
    text: note.text,
    rawText: note.rawText,
  };
}

/** Fields of a parsed record that the import stores; agency and plan path are resolved by the caller. */
export function toImportParams(
  record: ParsedKpiRecord,
  source: { text: string; sha256: string; fileName: string | null },
): Omit<ImportRecordParams, 'agencyId' | 'identityKey' | 'planEditionCode' | 'planPath' | 'warnings'> {
  return {
    code: record.pid,
    codeNormalized: normalizeKpiCode(record.pid),
    title: record.title,
    familyNumber: record.familyNumber,
    kpiType: record.type,
    typeRaw: record.typeRaw,
    resultLevel: record.resultLevel,
    unit: record.target?.unit ?? record.actual?.unit ?? null,
    fiscalYear: record.fiscalYear ?? 0,
    targetValue: record.target?.decimal ?? null,
    actualValue: record.actual?.decimal ?? null,
    assessment: record.assessment,
    definitions: record.definitions,
    calculation: record.calculation,
    verification: record.verification,
    quarterTargets: record.quarters.map(toQuarterTarget),
    progress: record.progress.map(toProgressNote),
    rawText: source.text,
    sha256: source.sha256,
    layout: record.layout,
    fileName: source.fileName,
  };
}
