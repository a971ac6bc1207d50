import { updateFreshness } from '../update-freshness.util';
import { KeyFingerprintSet } from './key-fingerprint.set';
import { mapHeader, type HeaderMapping, type MappedColumn } from './quality-header';
import { qualityFinding } from './quality-messages';
import { qualityScores } from './quality-scores';
import { encodingProblem, hasThaiDigits } from './thai-encoding.rules';
import { isNumericType, valueChecker, type ValueProblem } from './value.rules';
import type { QualityCounts, QualityField, QualityFinding, QualityResult, RawRow } from './quality.types';

/** Declared update frequency and last update that timeliness compares, with today's Bangkok date. */
export interface TimelinessInput {
  /** `YYYY-MM-DD`, or null when the data has no recorded update. */
  lastUpdated: string | null;
  /** Thai update_frequency_unit (ปี, เดือน …), or null when none is declared. */
  unit: string | null;
  interval: number | null;
  today: string;
}

/** Default of QualityAssessorOptions.maxFindings. */
export const DEFAULT_MAX_FINDINGS = 10_000;

/** Options of QualityAssessor. */
export interface QualityAssessorOptions {
  /** Most findings kept in memory and in the result; later ones are only counted. */
  maxFindings?: number;
  timeliness?: TimelinessInput;
}

const byteOrderMark = '\uFEFF';

function emptyCounts(): QualityCounts {
  return {
    rowsRead: 0, emptyRows: 0, requiredCells: 0, blankRequiredCells: 0, checkedCells: 0, invalidCells: 0,
    keyedRows: 0, duplicateKeyRows: 0, textCells: 0, badlyEncodedCells: 0, findings: 0, findingsByRule: {},
  };
}

/**
 * Checks the rows of one CSV or XLSX file against a data dictionary, one row at a time, and
 * accumulates counts and findings. Memory is bounded by the findings limit and by the primary-key
 * fingerprints (KeyFingerprintSet: at most 24 bytes per distinct key); no row is kept.
 */
export class QualityAssessor {
  private readonly counts = emptyCounts();
  private readonly kept: QualityFinding[] = [];
  private readonly keys = new KeyFingerprintSet();
  private readonly checkers = new Map<string, (text: string) => ValueProblem | null>();
  private readonly primaryKey: QualityField[];
  private readonly maxFindings: number;
  private mapping: HeaderMapping | null = null;
  private header: string[] = [];
  private bomFound = false;

  constructor(
    private readonly fields: readonly QualityField[],
    private readonly options: QualityAssessorOptions = {},
  ) {
    this.maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    this.primaryKey = fields.filter((field) => field.primaryKey);
    for (const field of fields) {
      this.checkers.set(field.name, valueChecker(field));
    }
  }

  /** Checks one row and returns its findings. The first non-empty row is the header. */
  addRow(row: RawRow): QualityFinding[] {
    const cells = row.cells;

    // The CSV reader passes a BOM through as the first character of the first cell.
    if (this.mapping === null && !this.bomFound && cells.length > 0 && cells[0].startsWith(byteOrderMark)) {
      this.bomFound = true;
      const bom = this.record([qualityFinding('byteOrderMark', null, null, null)]);

      return [...bom, ...this.addRow({ ...row, cells: [cells[0].slice(byteOrderMark.length), ...cells.slice(1)] })];
    }
    if (cells.every((cell) => cell.trim() === '')) {
      if (this.mapping !== null) {
        this.counts.rowsRead += 1;
        this.counts.emptyRows += 1;
      }

      return [];
    }
    if (this.mapping === null) {
      this.header = cells.map((cell) => cell.trim());
      this.mapping = mapHeader(this.fields, this.header, row.rowNumber);

      return this.record(this.mapping.findings);
    }
    this.counts.rowsRead += 1;

    return this.record(this.checkDataRow(this.mapping, row));
  }

  /** Computes the scores and returns the result; call it after the last row. */
  finish(): QualityResult {
    const freshness = this.options.timeliness === undefined ? null : this.timelinessOf(this.options.timeliness);

    return {
      scores: qualityScores(this.counts, this.primaryKey.length > 0, freshness),
      counts: this.counts,
      findings: this.kept,
      findingsTruncated: this.counts.findings > this.kept.length,
      bomFound: this.bomFound,
      header: this.header,
    };
  }

  /** Returns the findings of the whole file (timeliness) that finish() counts; call it once, before finish(). */
  fileFindings(): QualityFinding[] {
    const input = this.options.timeliness;

    if (input === undefined) {
      return [];
    }
    const freshness = this.timelinessOf(input);

    return freshness.status === 'stale' ? this.record([qualityFinding('stale', null, null, input.lastUpdated, freshness.dueDate ?? '')]) : [];
  }

  private timelinessOf(input: TimelinessInput) {
    return updateFreshness(input.lastUpdated, input.unit, input.interval, input.today);
  }

  private checkDataRow(mapping: HeaderMapping, row: RawRow): QualityFinding[] {
    const findings: QualityFinding[] = [];

    this.counts.requiredCells += mapping.missingRequired.length;
    this.counts.blankRequiredCells += mapping.missingRequired.length;
    for (const column of mapping.mapped) {
      this.checkCell(column, row, findings);
    }
    for (const index of mapping.unknownIndexes) {
      this.checkEncoding((row.cells[index] ?? '').trim(), false, row.rowNumber, this.header[index], findings);
    }
    this.checkKey(mapping, row, findings);

    return findings;
  }

  private checkCell({ field, index }: MappedColumn, row: RawRow, findings: QualityFinding[]): void {
    const text = (row.cells[index] ?? '').trim();
    const column = this.header[index];
    const required = field.required || field.primaryKey;

    if (required) {
      this.counts.requiredCells += 1;
    }
    if (text === '') {
      if (required) {
        this.counts.blankRequiredCells += 1;
        findings.push(qualityFinding('requiredBlank', row.rowNumber, column, null));
      }

      return;
    }
    this.checkEncoding(text, isNumericType(field), row.rowNumber, column, findings);
    this.counts.checkedCells += 1;
    const found = this.checkers.get(field.name)?.(text) ?? null;

    if (found !== null) {
      this.counts.invalidCells += 1;
      findings.push(qualityFinding(found.rule, row.rowNumber, column, text, found.detail));
    }
  }

  private checkEncoding(text: string, numeric: boolean, row: number, column: string, findings: QualityFinding[]): void {
    if (text === '') {
      return;
    }
    this.counts.textCells += 1;
    const found = encodingProblem(text);

    if (found !== null) {
      this.counts.badlyEncodedCells += 1;
      findings.push(qualityFinding(found.rule, row, column, text, found.detail));
    } else if (numeric && hasThaiDigits(text)) {
      this.counts.badlyEncodedCells += 1;
      findings.push(qualityFinding('thaiDigits', row, column, text));
    }
  }

  private checkKey(mapping: HeaderMapping, row: RawRow, findings: QualityFinding[]): void {
    if (this.primaryKey.length === 0 || mapping.missingRequired.some((field) => field.primaryKey)) {
      return;
    }
    const keyColumns = mapping.mapped.filter((column) => column.field.primaryKey);
    const parts = keyColumns.map((column) => (row.cells[column.index] ?? '').trim().normalize('NFC'));

    if (parts.some((part) => part === '')) {
      return;
    }
    this.counts.keyedRows += 1;
    const firstRow = this.keys.addKey(parts, row.rowNumber);

    if (firstRow !== null) {
      this.counts.duplicateKeyRows += 1;
      const columns = keyColumns.map((column) => this.header[column.index]).join(' + ');

      findings.push(qualityFinding('duplicateKey', row.rowNumber, columns, parts.join(' | '), String(firstRow)));
    }
  }

  private record(findings: QualityFinding[]): QualityFinding[] {
    for (const finding of findings) {
      this.counts.findings += 1;
      this.counts.findingsByRule[finding.rule] = (this.counts.findingsByRule[finding.rule] ?? 0) + 1;
      if (this.kept.length < this.maxFindings) {
        this.kept.push(finding);
      }
    }

    return findings;
  }
}
