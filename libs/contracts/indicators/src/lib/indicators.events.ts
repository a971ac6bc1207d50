import { IndicatorsEvents } from './indicators.subjects';

/** Envelope of every event: who caused it, when, and under which request. */
export interface EventEnvelope<TSubject extends string, TData> {
  eventId: string;
  subject: TSubject;
  /** ISO 8601 instant. */
  occurredAt: string;
  correlationId: string | null;
  actor: string;
  data: TData;
}

/** A new indicator was stored. */
export type IndicatorCreatedEvent = EventEnvelope<
  typeof IndicatorsEvents.indicatorCreated,
  { indicatorId: string; code: string | null; fiscalYear: number; agencyCode: string | null; title: string | null }
>;

/** Fields of an indicator changed; `version` is the version after the change. */
export type IndicatorUpdatedEvent = EventEnvelope<
  typeof IndicatorsEvents.indicatorUpdated,
  { indicatorId: string; fiscalYear: number; version: number; changedFields: string[] }
>;

/** A progress note was added to an indicator. */
export type ProgressReportedEvent = EventEnvelope<
  typeof IndicatorsEvents.progressReported,
  {
    indicatorId: string;
    progressId: string;
    fiscalYear: number | null;
    quarter: number | null;
    date: string | null;
    value: number | null;
  }
>;

/** Every event of the indicators service. */
export type IndicatorsEventPayload = IndicatorCreatedEvent | IndicatorUpdatedEvent | ProgressReportedEvent;
