import type { NotificationLanguage } from './display-format';
import { type NotificationAudience, type NotificationKind, notificationKindMetadata } from './notification-kinds';
import { type NotificationChannel, type NotificationPreferences, shouldDeliver } from './preferences';

/** `*` in a subscription stands for every agency or every kind. */
export const ANY = '*';

/** Recipient fields that routing reads, with its subscriptions and webhook endpoints. */
export interface RoutingRecipient {
  id: string;
  type: 'user' | 'client';
  agencyCode: string | null;
  audiences: readonly NotificationAudience[];
  email: string | null;
  language: NotificationLanguage;
  dailyDigest: boolean;
  mutedKinds: NotificationPreferences['kinds'];
  subscriptions: readonly { agencyCode: string; kind: string; channel: string }[];
  webhooks: readonly { id: string; kinds: readonly string[]; agencyCodes: readonly string[]; active: boolean }[];
}

/** A notice to route: its kind and the agency it is about, if any. */
export interface RoutedNotice {
  kind: NotificationKind;
  agencyCode: string | null;
}

/** One delivery channel of a routed notification; the inbox needs none. */
export interface RoutedDelivery {
  channel: 'email' | 'webhook';
  /** E-mail address, or webhook endpoint id. */
  target: string;
  /** `digest` keeps a non-critical e-mail for the recipient's daily digest. */
  timing: 'now' | 'digest';
}

/** A recipient that gets the notice, in its language, on the inbox and the listed deliveries. */
export interface Route {
  recipientId: string;
  language: NotificationLanguage;
  inbox: boolean;
  deliveries: RoutedDelivery[];
}

/**
 * Tells whether the recipient belongs to one of the kind's audiences for this notice. Agency staff
 * and agency heads get notices about their own agency and city-wide ones, such as a round sign-off.
 * Evaluators and integrations get notices about every agency.
 */
export function isInAudience(recipient: RoutingRecipient, notice: RoutedNotice): boolean {
  return notificationKindMetadata(notice.kind).audiences.some((audience) => {
    if (!recipient.audiences.includes(audience)) {
      return false;
    }

    return audience === 'evaluator' || audience === 'integration' || notice.agencyCode === null || recipient.agencyCode === notice.agencyCode;
  });
}

function matches(value: string, expected: string | null): boolean {
  return value === ANY || value === expected;
}

/** Returns the channels the recipient requested for this notice, by audience or by subscription. */
function requestedChannels(recipient: RoutingRecipient, notice: RoutedNotice, emailEnabled: boolean): Set<'email' | 'inbox'> {
  const requested = new Set<'email' | 'inbox'>();

  // Audience members get the inbox and, when they gave an address, e-mail; people, not systems, read an inbox.
  if (isInAudience(recipient, notice)) {
    if (recipient.type === 'user') {
      requested.add('inbox');
    }
    requested.add('email');
  }
  for (const subscription of recipient.subscriptions) {
    if (matches(subscription.kind, notice.kind) && matches(subscription.agencyCode, notice.agencyCode) && (subscription.channel === 'email' || subscription.channel === 'inbox')) {
      requested.add(subscription.channel);
    }
  }
  if (!emailEnabled || recipient.email === null) {
    requested.delete('email');
  }

  return requested;
}

function matchingWebhooks(recipient: RoutingRecipient, notice: RoutedNotice): string[] {
  return recipient.webhooks
    .filter((hook) => hook.active)
    .filter((hook) => hook.kinds.length === 0 || hook.kinds.includes(notice.kind))
    .filter((hook) => hook.agencyCodes.length === 0 || (notice.agencyCode !== null && hook.agencyCodes.includes(notice.agencyCode)))
    .map((hook) => hook.id);
}

/**
 * Decides who gets a notice and on which channels. A recipient is addressed by belonging to the
 * kind's audience, by a subscription that matches kind and agency, or by an active webhook
 * endpoint that does. Preferences then apply through shouldDeliver: a critical kind goes out on
 * every channel asked for, a muted non-critical kind is dropped on that channel, and a recipient
 * with the daily digest gets non-critical e-mail in the digest. Recipients left with no channel
 * are not routed. `emailEnabled` false (no SMTP server configured) drops the e-mail channel.
 */
export function routeNotice(notice: RoutedNotice, recipients: readonly RoutingRecipient[], emailEnabled: boolean): Route[] {
  return recipients.flatMap((recipient): Route[] => {
    const requested = requestedChannels(recipient, notice, emailEnabled);
    const webhooks = matchingWebhooks(recipient, notice);
    const preferences: NotificationPreferences = {
      channels: [...requested, ...(webhooks.length > 0 ? (['webhook'] as const) : [])],
      kinds: recipient.mutedKinds,
      dailyDigest: recipient.dailyDigest,
    };
    const decide = (channel: NotificationChannel) => shouldDeliver({ kind: notice.kind, channel, preferences });
    const deliveries: RoutedDelivery[] = [];
    const email = decide('email');

    if (email !== 'skip' && recipient.email !== null) {
      deliveries.push({ channel: 'email', target: recipient.email, timing: email });
    }
    if (decide('webhook') !== 'skip') {
      deliveries.push(...webhooks.map((target): RoutedDelivery => ({ channel: 'webhook', target, timing: 'now' })));
    }
    const inbox = decide('inbox') !== 'skip';

    return inbox || deliveries.length > 0 ? [{ recipientId: recipient.id, language: recipient.language, inbox, deliveries }] : [];
  });
}
