import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Notification kinds a recipient can subscribe to or switch off. The notification domain library
 * owns the list and a feature spec keeps this copy equal to it, because contracts may not import
 * a service's domain.
 */
export const NOTIFICATION_KIND_NAMES = [
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

/** `*` in a subscription stands for every agency or every kind. */
export const ANY_VALUE = '*';

/** Recipient groups whose critical notices a recipient always gets. */
export const RECIPIENT_AUDIENCES = ['agency', 'agencyHead', 'evaluator', 'integration'] as const;

export type RecipientAudience = (typeof RECIPIENT_AUDIENCES)[number];

/** Channels a preference can switch a non-critical kind off on. */
export const PREFERENCE_CHANNELS = ['email', 'webhook', 'inbox'] as const;

/** Channels of a subscription; webhooks subscribe through their endpoint's kinds and agencies. */
export const SUBSCRIPTION_CHANNELS = ['email', 'inbox'] as const;

export type SubscriptionChannel = (typeof SUBSCRIPTION_CHANNELS)[number];

/** Kinds switched off per channel: `{ "<kind>": { "<channel>": false } }`. */
export type MutedKinds = Record<string, Record<string, boolean>>;

/** Agency codes of the BMA agency list: four digits, such as 0411. */
export const agencyCodePattern = /^\d{4}$/;
export const agencyCodeMessage = '$property must be a 4-digit agency code such as 0411';

/** Ids of users and API clients: they travel in URL paths, so no spaces or slashes. */
export const recipientIdPattern = /^[A-Za-z0-9._:@-]+$/;
export const recipientIdMessage = '$property must contain only letters, digits and . _ : @ -';

export const maxRecipientIdLength = 100;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a mutedKinds map, one rule per decorator so that the error names the rule that failed:
 * isObject for the shape, then isNotificationKind, isPreferenceChannel and isChannelSwitch.
 * NOTE: the shared validation pipe has no Thai wording for the last three rules. Their Thai message
 * is the generic "invalid" one, and only the English message lists the allowed values.
 */
export function IsMutedKinds(options?: ValidationOptions): PropertyDecorator {
  const kinds: readonly string[] = NOTIFICATION_KIND_NAMES;
  const channels: readonly string[] = PREFERENCE_CHANNELS;
  const entries = (value: unknown): [string, unknown][] => (isPlainObject(value) ? Object.entries(value) : []);
  const decorators = [
    ValidateBy({
      name: 'isObject',
      validator: {
        validate: (value: unknown) => isPlainObject(value) && entries(value).every(([, perChannel]) => isPlainObject(perChannel)),
        defaultMessage: () => '$property must be an object of kinds, each an object of channels, such as { "evaluationScored": { "email": false } }',
      },
    }, options),
    ValidateBy({
      name: 'isNotificationKind',
      validator: {
        validate: (value: unknown) => entries(value).every(([kind]) => kinds.includes(kind)),
        defaultMessage: () => `$property keys must be one of the following values: ${kinds.join(', ')}`,
      },
    }, options),
    ValidateBy({
      name: 'isPreferenceChannel',
      validator: {
        validate: (value: unknown) => entries(value).every(([, perChannel]) => entries(perChannel).every(([channel]) => channels.includes(channel))),
        defaultMessage: () => `$property channels must be one of the following values: ${channels.join(', ')}`,
      },
    }, options),
    ValidateBy({
      name: 'isChannelSwitch',
      validator: {
        validate: (value: unknown) => entries(value).every(([, perChannel]) => entries(perChannel).every(([, on]) => typeof on === 'boolean')),
        defaultMessage: () => '$property values must be true or false, as in { "evaluationScored": { "email": false } }',
      },
    }, options),
  ];

  // class-validator runs the rules in the order they are registered, so the shape check goes first.
  return (target: object, property: string | symbol) => {
    for (const decorator of decorators) {
      decorator(target, property);
    }
  };
}
