import { once } from 'node:events';

import { stringify, type Stringifier } from 'csv-stringify';

import { QUALITY_REPORT_HEADER, qualityReportCells, type QualityFinding } from '@bma-kpi/catalog-domain';
import type { ObjectStore, StoredObject } from '@bma-kpi/object-store';
import { csvSafeCast } from '@bma-kpi/util-thai';

/**
 * Streams the findings of one assessment into the object store as CSV (UTF-8 with BOM, Thai
 * header), while the assessment runs, so no finding is held in memory for the report.
 */
export class QualityReportWriter {
  private readonly csv: Stringifier;
  private readonly stored: Promise<StoredObject>;

  constructor(store: ObjectStore, maxBytes: number) {
    this.csv = stringify({ bom: true, header: true, columns: [...QUALITY_REPORT_HEADER], record_delimiter: 'windows', cast: csvSafeCast });
    this.stored = store.put(this.csv, { maxBytes });
    // put() reports its own failure through `stored`; this keeps an early failure from being unhandled.
    this.stored.catch(() => undefined);
  }

  /** Writes findings and waits while the store reads more slowly than the assessment produces. */
  async write(findings: readonly QualityFinding[]): Promise<void> {
    for (const finding of findings) {
      if (!this.csv.write(qualityReportCells(finding))) {
        await Promise.race([once(this.csv, 'drain'), this.stored]);
      }
    }
  }

  /** Ends the CSV and returns the stored report. */
  async finish(): Promise<StoredObject> {
    this.csv.end();

    return this.stored;
  }

  /** Stops the report after a failed assessment; the store keeps nothing of it. */
  abort(error: Error): void {
    this.csv.destroy(error);
  }
}
