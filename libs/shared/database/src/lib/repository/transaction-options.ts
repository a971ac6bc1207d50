/**
 * Options of the interactive transactions that write business rows: wait up to 10 s for a
 * connection (PGlite runs one transaction at a time) and allow 30 s for an import with many notes.
 */
export const writeTransactionOptions = { maxWait: 10_000, timeout: 30_000 } as const;
