import { qualityFinding } from './quality-messages';
import type { QualityField, QualityFinding } from './quality.types';

/** A dictionary field and the index of its column in the file. */
export interface MappedColumn {
  field: QualityField;
  index: number;
}

/** Columns of a header row: those that match the dictionary, the unknown ones, and the findings. */
export interface HeaderMapping {
  mapped: MappedColumn[];
  /** Indexes of non-blank header cells that match no dictionary field. */
  unknownIndexes: number[];
  /** Required or key fields that have no column; each of their cells counts as blank. */
  missingRequired: QualityField[];
  findings: QualityFinding[];
}

function headerKey(text: string): string {
  return text.trim().normalize('NFC').toLowerCase();
}

/**
 * Matches header cells to dictionary fields by machine name or by Thai label, ignoring case and
 * surrounding spaces. A second column for the same field counts as unknown.
 */
export function mapHeader(fields: readonly QualityField[], header: readonly string[], headerRow: number): HeaderMapping {
  const byKey = new Map<string, QualityField>();

  for (const field of fields) {
    byKey.set(headerKey(field.labelTh), field);
    byKey.set(headerKey(field.name), field);
  }
  const mapped: MappedColumn[] = [];
  const unknownIndexes: number[] = [];
  const findings: QualityFinding[] = [];
  const matched = new Set<string>();

  header.forEach((cell, index) => {
    const field = byKey.get(headerKey(cell));

    if (field !== undefined && !matched.has(field.name)) {
      matched.add(field.name);
      mapped.push({ field, index });
    } else if (cell.trim() !== '') {
      unknownIndexes.push(index);
      findings.push(qualityFinding('columnUnknown', headerRow, cell, cell));
    }
  });
  const missing = fields.filter((field) => !matched.has(field.name));

  for (const field of missing) {
    findings.push(qualityFinding('columnMissing', headerRow, field.labelTh, null, `${field.labelTh} (${field.name})`));
  }

  return { mapped, unknownIndexes, missingRequired: missing.filter((field) => field.required || field.primaryKey), findings };
}
