/** Settings of data quality assessments; each has a default, so hosts may leave them out. */
export interface QualitySettings {
  /** Findings kept per assessment for the paged listing; the report has all of them. Default 10,000. */
  maxFindings: number;
  /** Milliseconds between looks for queued jobs when idle. Default 2000. */
  pollIntervalMs: number;
  /** Seconds an instance keeps a claimed job without reporting progress before another may take it. Default 120. */
  leaseSeconds: number;
  /** Claims of one job before it is failed, so a file that crashes every instance is not retried forever. Default 3. */
  maxAttempts: number;
  /** Largest report stored, in bytes. Default 512 MiB. */
  maxReportBytes: number;
}

export const DEFAULT_QUALITY_SETTINGS: QualitySettings = {
  maxFindings: 10_000,
  pollIntervalMs: 2000,
  leaseSeconds: 120,
  maxAttempts: 3,
  maxReportBytes: 512 * 1024 * 1024,
};
