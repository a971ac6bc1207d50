import type { RetryBackoff } from '@bma-kpi/notification-domain';

import type { DeliverySettings } from '../notification-service.options';

/** Delivery settings used when the host gives none: e-mail off, the defaults of the service's env variables. */
export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  smtp: null,
  pollIntervalMs: 1000,
  maxAttempts: 8,
  webhookTimeoutMs: 5000,
  allowPrivateWebhookTargets: false,
  digestHour: 8,
};

/**
 * Backoff between attempts of one delivery when the settings give none: 30 s after the first
 * failure, doubling up to 6 h, with up to 20 % taken off at random. With 8 attempts the last retry
 * comes about 1 h after the first attempt.
 */
export const DEFAULT_RETRY_BACKOFF: RetryBackoff = { baseMs: 30_000, maxMs: 6 * 60 * 60 * 1000, factor: 2, jitterRatio: 0.2 };

/** Seconds a claimed delivery stays reserved when the settings give none. */
export const DEFAULT_CLAIM_LEASE_SECONDS = 60;

/** Returns the delivery settings with defaults for what the host left out. */
export function resolveDeliverySettings(settings: DeliverySettings | undefined): Required<Omit<DeliverySettings, 'smtp'>> & Pick<DeliverySettings, 'smtp'> {
  return {
    ...DEFAULT_DELIVERY_SETTINGS,
    retryBackoff: DEFAULT_RETRY_BACKOFF,
    claimLeaseSeconds: DEFAULT_CLAIM_LEASE_SECONDS,
    allowPrivateWebhookTargets: false,
    ...settings,
  };
}
