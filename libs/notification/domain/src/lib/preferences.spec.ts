import type { NotificationKind } from './notification-kinds';
import {
  type DeliveryDecision,
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
  type NotificationPreferences,
  shouldDeliver,
} from './preferences';

const EMAIL_AND_INBOX: NotificationPreferences = {
  channels: ['email', 'inbox'],
  dailyDigest: false,
};
const DIGEST: NotificationPreferences = { ...EMAIL_AND_INBOX, dailyDigest: true };
const ALL_OFF: NotificationPreferences = {
  channels: NOTIFICATION_CHANNELS,
  dailyDigest: true,
  kinds: {
    progressOverdue: { email: false, webhook: false, inbox: false },
    progressOverdueEscalation: { email: false, webhook: false, inbox: false },
    evaluationCorrectionRequested: { email: false, webhook: false, inbox: false },
    evaluationScored: { email: false, webhook: false, inbox: false },
  },
};
const SCORED_EMAIL_OFF: NotificationPreferences = {
  ...EMAIL_AND_INBOX,
  kinds: { evaluationScored: { email: false } },
};

describe('shouldDeliver', () => {
  it.each<
    [string, NotificationKind, NotificationChannel, NotificationPreferences, DeliveryDecision]
  >([
    ['default e-mail', 'evaluationScored', 'email', EMAIL_AND_INBOX, 'now'],
    ['default inbox', 'evaluationScored', 'inbox', EMAIL_AND_INBOX, 'now'],
    ['digest e-mail', 'evaluationScored', 'email', DIGEST, 'digest'],
    ['digest inbox', 'evaluationScored', 'inbox', DIGEST, 'now'],
    ['missing channel', 'evaluationScored', 'webhook', EMAIL_AND_INBOX, 'skip'],
    ['switched-off e-mail', 'evaluationScored', 'email', SCORED_EMAIL_OFF, 'skip'],
    ['other channel on', 'evaluationScored', 'inbox', SCORED_EMAIL_OFF, 'now'],
    ['other kind on', 'evaluationAppealed', 'email', SCORED_EMAIL_OFF, 'now'],
    [
      'off beats digest',
      'evaluationScored',
      'email',
      { ...SCORED_EMAIL_OFF, dailyDigest: true },
      'skip',
    ],
    [
      'explicitly on',
      'evaluationScored',
      'email',
      { ...EMAIL_AND_INBOX, kinds: { evaluationScored: { email: true } } },
      'now',
    ],
    ['all-off non-critical webhook', 'evaluationScored', 'webhook', ALL_OFF, 'skip'],
    ['critical without channel', 'progressOverdue', 'webhook', EMAIL_AND_INBOX, 'skip'],
    [
      'critical with no channels',
      'progressOverdue',
      'inbox',
      { channels: [], dailyDigest: false },
      'skip',
    ],
  ])('decides %s', (_case, kind, channel, preferences, expected) => {
    expect(shouldDeliver({ kind, channel, preferences })).toBe(expected);
  });

  it.each(
    (
      ['progressOverdue', 'progressOverdueEscalation', 'evaluationCorrectionRequested'] as const
    ).flatMap((kind) => NOTIFICATION_CHANNELS.map((channel) => [kind, channel] as const)),
  )('sends critical %s on %s now', (kind, channel) => {
    expect(shouldDeliver({ kind, channel, preferences: ALL_OFF })).toBe('now');
  });

  it('rejects unknown kind', () => {
    expect(() =>
      shouldDeliver({
        kind: 'progressLate' as NotificationKind,
        channel: 'email',
        preferences: EMAIL_AND_INBOX,
      }),
    ).toThrow('Unknown notification kind "progressLate"');
  });

  it('rejects unknown channel', () => {
    expect(() =>
      shouldDeliver({
        kind: 'evaluationScored',
        channel: 'sms' as NotificationChannel,
        preferences: EMAIL_AND_INBOX,
      }),
    ).toThrow('Unknown notification channel "sms"');
  });
});
