import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

import { EnvBoolean } from '@bma-kpi/config';

import type { DeliverySettings } from '../notification-service.options';
import { DEFAULT_CLAIM_LEASE_SECONDS, DEFAULT_DELIVERY_SETTINGS } from './delivery-settings';

type EnvClass<T> = new () => T;

/** Sender address used when MAIL_FROM is not set. */
export const DEFAULT_MAIL_FROM = 'BMA KPI <bma-kpi@localhost>';

/** Adds the variables of webhook requests to an environment class; withDeliveryEnv includes them. */
function withWebhookRequestEnv<T extends object>(Base: EnvClass<T>) {
  class WebhookRequestEnv extends (Base as EnvClass<object>) {
    /** Milliseconds a webhook receiver has to respond before the attempt counts as failed and is retried. */
    @Type(() => Number)
    @Min(100)
    @Max(120_000)
    @IsInt()
    WEBHOOK_TIMEOUT_MS = DEFAULT_DELIVERY_SETTINGS.webhookTimeoutMs;

    /**
     * Whether webhooks may be registered for and sent to loopback, private (RFC 1918), link-local,
     * carrier-grade NAT, unique-local, multicast and other non-public addresses, and to localhost.
     * Only for local development and tests: true lets anyone who may register a webhook make the
     * service send requests into the internal network.
     */
    @EnvBoolean()
    @IsBoolean()
    WEBHOOK_ALLOW_PRIVATE_TARGETS = false;
  }

  return WebhookRequestEnv as EnvClass<T & WebhookRequestEnv>;
}

/** Adds the delivery worker's variables to an environment class, for every host of the service. */
export function withDeliveryEnv<T extends object>(Base: EnvClass<T>) {
  class DeliveryEnv extends withWebhookRequestEnv(Base as EnvClass<object>) {
    /** SMTP server for e-mail, `smtp://user:pass@host:587` or `smtps://…`; unset or empty turns e-mail off. */
    @IsOptional()
    @ValidateIf((env: { SMTP_URL?: string }) => (env.SMTP_URL ?? '').trim() !== '')
    @Matches(/^smtps?:\/\/[^\s]+$/, { message: '$property must be an smtp:// or smtps:// address such as smtp://mail.example.org:587' })
    @IsString()
    SMTP_URL?: string;

    /** Sender of every e-mail, an address or `Name <address>`. */
    @MaxLength(300)
    @Matches(/@/, { message: '$property must contain an e-mail address such as BMA KPI <kpi@example.org>' })
    @IsString()
    MAIL_FROM = DEFAULT_MAIL_FROM;

    /** Milliseconds between two polls for due deliveries. */
    @Type(() => Number)
    @Min(50)
    @Max(3_600_000)
    @IsInt()
    DELIVERY_POLL_INTERVAL_MS = DEFAULT_DELIVERY_SETTINGS.pollIntervalMs;

    /** Attempts per delivery, the first one included, before it is dead-lettered. */
    @Type(() => Number)
    @Min(1)
    @Max(50)
    @IsInt()
    DELIVERY_MAX_ATTEMPTS = DEFAULT_DELIVERY_SETTINGS.maxAttempts;

    /**
     * Seconds a claimed delivery stays reserved for one instance. After a crash, the deliveries it
     * claimed go out from another instance (or the restarted one) once this passes.
     */
    @Type(() => Number)
    @Min(10)
    @Max(3600)
    @IsInt()
    DELIVERY_CLAIM_LEASE_SECONDS = DEFAULT_CLAIM_LEASE_SECONDS;

    /** Bangkok hour, 0 to 23, from which the daily digests of the day go out. */
    @Type(() => Number)
    @Min(0)
    @Max(23)
    @IsInt()
    DIGEST_HOUR = DEFAULT_DELIVERY_SETTINGS.digestHour;
  }

  return DeliveryEnv as EnvClass<T & DeliveryEnv>;
}

/** The variables of withDeliveryEnv. */
export interface DeliveryEnvValues {
  SMTP_URL?: string;
  MAIL_FROM: string;
  DELIVERY_POLL_INTERVAL_MS: number;
  DELIVERY_MAX_ATTEMPTS: number;
  WEBHOOK_TIMEOUT_MS: number;
  WEBHOOK_ALLOW_PRIVATE_TARGETS: boolean;
  DELIVERY_CLAIM_LEASE_SECONDS: number;
  DIGEST_HOUR: number;
}

/** Builds the delivery settings from the variables of withDeliveryEnv; an unset or empty SMTP_URL leaves e-mail off. */
export function deliverySettingsOf(env: DeliveryEnvValues): DeliverySettings {
  const smtpUrl = env.SMTP_URL?.trim() ?? '';

  return {
    smtp: smtpUrl === '' ? null : { url: smtpUrl, from: env.MAIL_FROM },
    pollIntervalMs: env.DELIVERY_POLL_INTERVAL_MS,
    maxAttempts: env.DELIVERY_MAX_ATTEMPTS,
    webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS,
    allowPrivateWebhookTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    claimLeaseSeconds: env.DELIVERY_CLAIM_LEASE_SECONDS,
    digestHour: env.DIGEST_HOUR,
  };
}
