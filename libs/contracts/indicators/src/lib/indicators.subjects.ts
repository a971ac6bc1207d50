/** NATS request/reply subjects of the indicators service, `<service>.<entity>.<verb>.v1`. */
export const IndicatorsSubjects = {
  /** Create an indicator (KPI) of one fiscal year. */
  indicatorCreate: 'indicators.indicator.create.v1',
  /** Get one indicator with its quarter targets, progress and plan path. */
  indicatorGet: 'indicators.indicator.get.v1',
  /** Get one indicator as listings show it, without quarter targets, progress or long texts. */
  indicatorSummaryGet: 'indicators.indicator.summary-get.v1',
  /** Get what scoring reads of one indicator: targets, dated progress values and plan path. */
  indicatorScoringGet: 'indicators.indicator.scoring-get.v1',
  /** List indicators by fiscal year, agency, plan node and type, one page at a time. */
  indicatorList: 'indicators.indicator.list.v1',
  /** List what scoring reads of the indicators of a fiscal year, in id order, one batch at a time. */
  indicatorScoringBatch: 'indicators.indicator.scoring-batch.v1',
  /** Change fields of an indicator, optionally guarded by its version. */
  indicatorUpdate: 'indicators.indicator.update.v1',
  /** Add a progress note to an indicator. */
  progressAdd: 'indicators.progress.add.v1',
  /** List the progress notes of an indicator. */
  progressList: 'indicators.progress.list.v1',
  /** List a page of the indicators of a fiscal year with their quarter plan and progress, for other systems. */
  progressExport: 'indicators.progress.export.v1',
  /** Parse a KPI record export and store it (or only parse it on a dry run). */
  recordImport: 'indicators.record.import.v1',
  /** Read the development-plan tree of one edition. */
  planTree: 'indicators.plan.tree.v1',
  /** List plan nodes flat, with filters. */
  planNodeList: 'indicators.plan-node.list.v1',
  /** List agencies. */
  agencyList: 'indicators.agency.list.v1',
  /** Check that the service and its database respond. */
  healthCheck: 'indicators.health.check.v1',
} as const;

export type IndicatorsSubject = (typeof IndicatorsSubjects)[keyof typeof IndicatorsSubjects];

/** JetStream event subjects of the indicators service, `events.<service>.<entity>.<past-tense>.v1`. */
export const IndicatorsEvents = {
  indicatorCreated: 'events.indicators.indicator.created.v1',
  indicatorUpdated: 'events.indicators.indicator.updated.v1',
  progressReported: 'events.indicators.progress.reported.v1',
} as const;

export type IndicatorsEvent = (typeof IndicatorsEvents)[keyof typeof IndicatorsEvents];
