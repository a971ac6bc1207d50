import { type CatalogEvent, CatalogEvents } from '@bma-kpi/contracts-catalog';
import { type EvaluationEvent, EvaluationEvents } from '@bma-kpi/contracts-evaluation';

/** Every kind of notification the service sends: reminders, then evaluation and catalog events. */
export const NOTIFICATION_KINDS = [
  'progressDueReminder',
  'progressOverdue',
  'progressOverdueEscalation',
  'reviewDueReminder',
  'evaluationSubmitted',
  'evaluationScored',
  'evaluationCorrectionRequested',
  'evaluationCorrected',
  'evaluationAppealed',
  'evaluationSignedOff',
  'evaluationInputChanged',
  'roundSignedOff',
  'districtReportLate',
  'districtReportMissing',
  'governanceAssessmentSubmitted',
  'governanceAssessmentReviewed',
  'governanceAssessmentReturned',
  'dataQualityAssessed',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Recipient group: the agency staff who report progress, the evaluators of the Strategy and
 * Evaluation Department (สยป.), the head of the agency, or another system that subscribes to
 * webhooks.
 */
export type NotificationAudience = 'agency' | 'evaluator' | 'agencyHead' | 'integration';

/** Fixed facts about one kind of notification. */
export interface NotificationKindMetadata {
  kind: NotificationKind;
  /** A critical kind is delivered on every channel the recipient has, whatever the preferences. */
  critical: boolean;
  /** Recipient groups, primary group first. */
  audiences: readonly NotificationAudience[];
  /** Evaluation or catalog event subject that triggers the kind, or null for a scheduled reminder. */
  sourceEvent: EvaluationEvent | CatalogEvent | null;
}

type MetadataFields = Omit<NotificationKindMetadata, 'kind'>;

const reminder = (critical: boolean, audience: NotificationAudience): MetadataFields => ({
  critical,
  audiences: [audience],
  sourceEvent: null,
});

const onEvent = (
  sourceEvent: EvaluationEvent | CatalogEvent,
  audiences: readonly NotificationAudience[],
  critical = false,
): MetadataFields => ({ critical, audiences, sourceEvent });

// Overdue progress and correction requests block the quarter's evaluation, and a missing district
// report or a returned assessment counts against the agency's data governance score until it is
// dealt with, so people cannot switch them off. The other kinds are information or reminders that
// a preference may silence. A missing district report goes to the district office's head at once
// because the catalog reports it only once, when its due day has passed.
const METADATA_FIELDS: Readonly<Record<NotificationKind, MetadataFields>> = {
  progressDueReminder: reminder(false, 'agency'),
  progressOverdue: reminder(true, 'agency'),
  progressOverdueEscalation: reminder(true, 'agencyHead'),
  reviewDueReminder: reminder(false, 'evaluator'),
  evaluationSubmitted: onEvent(EvaluationEvents.evaluationSubmitted, ['evaluator']),
  evaluationScored: onEvent(EvaluationEvents.evaluationScored, ['agency', 'integration']),
  evaluationCorrectionRequested: onEvent(
    EvaluationEvents.evaluationCorrectionRequested,
    ['agency'],
    true,
  ),
  evaluationCorrected: onEvent(EvaluationEvents.evaluationCorrected, ['evaluator']),
  evaluationAppealed: onEvent(EvaluationEvents.evaluationAppealed, ['evaluator']),
  evaluationSignedOff: onEvent(EvaluationEvents.evaluationSignedOff, ['agency', 'integration']),
  evaluationInputChanged: onEvent(EvaluationEvents.evaluationInputChanged, [
    'evaluator',
    'integration',
  ]),
  roundSignedOff: onEvent(EvaluationEvents.roundSignedOff, ['agencyHead', 'integration']),
  districtReportLate: onEvent(CatalogEvents.districtSubmissionLate, ['agency']),
  districtReportMissing: onEvent(
    CatalogEvents.districtSubmissionMissing,
    ['agency', 'agencyHead'],
    true,
  ),
  governanceAssessmentSubmitted: onEvent(CatalogEvents.assessmentSubmitted, ['evaluator']),
  governanceAssessmentReviewed: onEvent(CatalogEvents.assessmentReviewed, ['agency']),
  governanceAssessmentReturned: onEvent(CatalogEvents.assessmentReturned, ['agency'], true),
  dataQualityAssessed: onEvent(CatalogEvents.qualityAssessed, ['agency']),
};

/** Metadata of every notification kind, keyed by kind. */
export const NOTIFICATION_KIND_METADATA: Readonly<
  Record<NotificationKind, NotificationKindMetadata>
> = Object.freeze(
  Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, Object.freeze({ kind, ...METADATA_FIELDS[kind] })]),
  ) as Record<NotificationKind, NotificationKindMetadata>,
);

const KIND_BY_EVENT = new Map<string, NotificationKind>(
  NOTIFICATION_KINDS.flatMap((kind) => {
    const { sourceEvent } = METADATA_FIELDS[kind];

    return sourceEvent === null ? [] : [[sourceEvent, kind] as const];
  }),
);

/** Checks whether a string, for example one read from a database, is a notification kind. */
export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** Returns the metadata of a kind. Throws a RangeError for a string that is not a kind. */
export function notificationKindMetadata(kind: NotificationKind): NotificationKindMetadata {
  assertNotificationKind(kind);

  return NOTIFICATION_KIND_METADATA[kind];
}

/** Checks whether preferences can switch a kind off. Throws a RangeError for an unknown kind. */
export function isCriticalKind(kind: NotificationKind): boolean {
  return notificationKindMetadata(kind).critical;
}

/** Returns the kind an evaluation or catalog event subject triggers, or null for any other subject. */
export function kindOfEvent(subject: string): NotificationKind | null {
  return KIND_BY_EVENT.get(subject) ?? null;
}

/** Throws a RangeError that lists the valid kinds unless the value is a notification kind. */
export function assertNotificationKind(value: string): asserts value is NotificationKind {
  if (!isNotificationKind(value)) {
    throw new RangeError(
      `Unknown notification kind "${value}": expected one of ${NOTIFICATION_KINDS.join(', ')}.`,
    );
  }
}
