import { CatalogEvents } from '@bma-kpi/contracts-catalog';
import { EvaluationEvents, EvaluationSubjects } from '@bma-kpi/contracts-evaluation';

import {
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_METADATA,
  type NotificationAudience,
  type NotificationKind,
  assertNotificationKind,
  isCriticalKind,
  isNotificationKind,
  kindOfEvent,
  notificationKindMetadata,
} from './notification-kinds';

describe('notificationKindMetadata', () => {
  it.each<[NotificationKind, boolean, NotificationAudience[], string | null]>([
    ['progressDueReminder', false, ['agency'], null],
    ['progressOverdue', true, ['agency'], null],
    ['progressOverdueEscalation', true, ['agencyHead'], null],
    ['reviewDueReminder', false, ['evaluator'], null],
    ['evaluationSubmitted', false, ['evaluator'], EvaluationEvents.evaluationSubmitted],
    ['evaluationScored', false, ['agency', 'integration'], EvaluationEvents.evaluationScored],
    [
      'evaluationCorrectionRequested',
      true,
      ['agency'],
      EvaluationEvents.evaluationCorrectionRequested,
    ],
    ['evaluationCorrected', false, ['evaluator'], EvaluationEvents.evaluationCorrected],
    ['evaluationAppealed', false, ['evaluator'], EvaluationEvents.evaluationAppealed],
    ['evaluationSignedOff', false, ['agency', 'integration'], EvaluationEvents.evaluationSignedOff],
    [
      'evaluationInputChanged',
      false,
      ['evaluator', 'integration'],
      EvaluationEvents.evaluationInputChanged,
    ],
    ['roundSignedOff', false, ['agencyHead', 'integration'], EvaluationEvents.roundSignedOff],
    ['districtReportLate', false, ['agency'], CatalogEvents.districtSubmissionLate],
    ['districtReportMissing', true, ['agency', 'agencyHead'], CatalogEvents.districtSubmissionMissing],
    ['governanceAssessmentSubmitted', false, ['evaluator'], CatalogEvents.assessmentSubmitted],
    ['governanceAssessmentReviewed', false, ['agency'], CatalogEvents.assessmentReviewed],
    ['governanceAssessmentReturned', true, ['agency'], CatalogEvents.assessmentReturned],
    ['dataQualityAssessed', false, ['agency'], CatalogEvents.qualityAssessed],
  ])('describes %s', (kind, critical, audiences, sourceEvent) => {
    expect(notificationKindMetadata(kind)).toEqual({ kind, critical, audiences, sourceEvent });
    expect(isCriticalKind(kind)).toBe(critical);
  });

  it('covers every kind', () => {
    expect(Object.keys(NOTIFICATION_KIND_METADATA)).toEqual([...NOTIFICATION_KINDS]);
  });

  it('freezes metadata', () => {
    expect(Object.isFrozen(NOTIFICATION_KIND_METADATA)).toBe(true);
    expect(Object.isFrozen(NOTIFICATION_KIND_METADATA.progressOverdue)).toBe(true);
  });

  it('rejects unknown kind', () => {
    expect(() => notificationKindMetadata('progressLate' as NotificationKind)).toThrow(
      'Unknown notification kind "progressLate"',
    );
  });
});

describe('kindOfEvent', () => {
  it.each(Object.entries(EvaluationEvents))('maps event %s to its kind', (name, subject) => {
    expect(kindOfEvent(subject)).toBe(name);
  });

  it.each(NOTIFICATION_KINDS.filter((kind) => NOTIFICATION_KIND_METADATA[kind].sourceEvent))(
    'round-trips sourceEvent of %s',
    (kind) => {
      expect(kindOfEvent(NOTIFICATION_KIND_METADATA[kind].sourceEvent!)).toBe(kind);
    },
  );

  it.each([
    EvaluationSubjects.evaluationTransition,
    CatalogEvents.districtSubmissionSubmitted,
    CatalogEvents.datasetCreated,
    'events.indicators.progress.reported.v1',
    'events.evaluation.evaluation.scored.v2',
    '',
  ])('returns null for %p', (subject) => {
    expect(kindOfEvent(subject)).toBeNull();
  });
});

describe('isNotificationKind', () => {
  it.each([
    ['progressOverdue', true],
    ['roundSignedOff', true],
    ['ProgressOverdue', false],
    ['constructor', false],
    ['', false],
  ])('checks %p', (value, expected) => {
    expect(isNotificationKind(value)).toBe(expected);
  });

  it('asserts with valid kinds listed', () => {
    expect(() => assertNotificationKind('nope')).toThrow(/expected one of progressDueReminder, /);
  });
});
