import {
  type NotificationKind,
  assertNotificationKind,
  notificationKindMetadata,
} from './notification-kinds';

/** Way a notification reaches its recipient. */
export type NotificationChannel = 'email' | 'webhook' | 'inbox';

export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['email', 'webhook', 'inbox'];

/**
 * Decision for one notification on one channel: `now` sends it, `digest` keeps it for the daily
 * digest and `skip` drops it.
 */
export type DeliveryDecision = 'now' | 'digest' | 'skip';

/** A recipient's delivery settings. */
export interface NotificationPreferences {
  /** Channels the recipient has: an e-mail address, a webhook endpoint or an in-app inbox. */
  channels: readonly NotificationChannel[];
  /** Per kind and channel, `false` switches a non-critical kind off. A missing entry means on. */
  kinds?: Partial<Record<NotificationKind, Partial<Record<NotificationChannel, boolean>>>>;
  /** Whether non-critical e-mail waits for the daily digest instead of going out at once. */
  dailyDigest: boolean;
}

/** One notification to decide on. */
export interface DeliveryRequest {
  kind: NotificationKind;
  channel: NotificationChannel;
  preferences: NotificationPreferences;
}

/**
 * Decides whether to send a notification on a channel now, hold it for the daily digest or skip
 * it. A channel the recipient does not have is always skipped. A critical kind goes out now on
 * every channel the recipient has, regardless of the preferences. A non-critical kind is skipped
 * where the preferences switch it off, and held for the digest on e-mail when dailyDigest is on.
 * The digest applies only to e-mail, because inbox items already wait to be read and webhook
 * receivers are systems that need each event as it happens.
 * Throws a RangeError for an unknown kind or channel.
 */
export function shouldDeliver({ kind, channel, preferences }: DeliveryRequest): DeliveryDecision {
  assertNotificationKind(kind);
  if (!NOTIFICATION_CHANNELS.includes(channel)) {
    throw new RangeError(
      `Unknown notification channel "${String(channel)}": expected one of ` +
        `${NOTIFICATION_CHANNELS.join(', ')}.`,
    );
  }
  if (!preferences.channels.includes(channel)) {
    return 'skip';
  }
  if (notificationKindMetadata(kind).critical) {
    return 'now';
  }
  if (preferences.kinds?.[kind]?.[channel] === false) {
    return 'skip';
  }

  return channel === 'email' && preferences.dailyDigest ? 'digest' : 'now';
}
