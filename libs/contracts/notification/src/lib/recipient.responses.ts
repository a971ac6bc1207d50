import type { MutedKinds, RecipientAudience, SubscriptionChannel } from './registry.validators';

/** A recipient with its delivery preferences. Instants are ISO 8601 in UTC. */
export interface RecipientResponse {
  id: string;
  type: 'user' | 'client';
  displayName: string;
  agencyCode: string | null;
  audiences: RecipientAudience[];
  email: string | null;
  language: 'th' | 'en';
  dailyDigest: boolean;
  /** Only the kinds and channels switched off, each `false`. */
  mutedKinds: MutedKinds;
  /** Goes up by one on every change; send it back to update without overwriting another change. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One page of recipients, ordered by id. */
export interface RecipientPage {
  items: RecipientResponse[];
  total: number;
  page: number;
  pageSize: number;
}

/** A subscription: `*` in agencyCode or kind stands for every agency or kind. */
export interface SubscriptionResponse {
  id: string;
  recipientId: string;
  agencyCode: string;
  kind: string;
  channel: SubscriptionChannel;
  createdAt: string;
}

/** A recipient's subscriptions, oldest first. */
export interface SubscriptionListResponse {
  items: SubscriptionResponse[];
}

/** Reply to a removal: the id of what was removed. */
export interface DeletedResponse {
  id: string;
}
