import { QualityAssessor, type QualityAssessorOptions } from './quality-assessor';
import type { QualityField, QualityFinding, QualityResult, RawRow } from './quality.types';

/** Options of assessRows: the assessor's, plus where findings and progress go while rows stream. */
export interface AssessRowsOptions extends QualityAssessorOptions {
  /**
   * Receives every finding, also those past maxFindings, in file order, a row's findings at a time.
   * The next row is read only after a returned promise settles, so a slow sink slows the reading
   * instead of buffering findings.
   */
  onFindings?: (findings: QualityFinding[]) => Promise<void> | void;
  /** Receives the number of rows read so far, header and empty rows included, every `progressEveryRows` rows and at the end. */
  onProgress?: (rowsRead: number) => Promise<void> | void;
  /** Default 1000. */
  progressEveryRows?: number;
}

/** Assesses a stream of rows against a data dictionary, reading one row at a time. */
export async function assessRows(fields: readonly QualityField[], rows: AsyncIterable<RawRow>, options: AssessRowsOptions = {}): Promise<QualityResult> {
  const assessor = new QualityAssessor(fields, options);
  const progressEvery = options.progressEveryRows ?? 1000;
  let rowsSeen = 0;

  for await (const row of rows) {
    const findings = assessor.addRow(row);

    if (findings.length > 0) {
      await options.onFindings?.(findings);
    }
    rowsSeen += 1;
    if (rowsSeen % progressEvery === 0) {
      await options.onProgress?.(rowsSeen);
    }
  }
  const fileFindings = assessor.fileFindings();

  if (fileFindings.length > 0) {
    await options.onFindings?.(fileFindings);
  }
  const result = assessor.finish();

  await options.onProgress?.(rowsSeen);

  return result;
}
