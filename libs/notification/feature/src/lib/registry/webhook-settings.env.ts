import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, ValidateBy } from 'class-validator';

import { parseSecretKey } from '@bma-kpi/notification-domain';

import type { WebhookSettings } from '../notification-service.options';
import { DEFAULT_ROTATION_GRACE_HOURS } from './webhook.service';

type EnvClass<T> = new () => T;

function isSecretKey(value: unknown): boolean {
  try {
    return typeof value === 'string' && parseSecretKey(value) !== null;
  } catch {
    return false;
  }
}

/** Adds the variables of webhook signing secrets to an environment class, for every host of the service. */
export function withWebhookSecretEnv<T extends object>(Base: EnvClass<T>) {
  class WebhookSecretEnv extends (Base as EnvClass<object>) {
    /**
     * AES-256-GCM key, 32 bytes in base64 (`openssl rand -base64 32`), that encrypts webhook signing
     * secrets at rest. Unset stores them unencrypted, and the service logs a warning at start.
     * Secrets sealed with a key can be used only while the same key is set.
     */
    @IsOptional()
    @ValidateBy({
      name: 'isSecretKey',
      validator: { validate: isSecretKey, defaultMessage: () => '$property must be 32 bytes in base64, such as the output of openssl rand -base64 32' },
    })
    @IsString()
    NOTIFICATION_SECRET_KEY?: string;

    /** Hours the previous signing secret still signs webhook requests after a rotation. */
    @Type(() => Number)
    @Min(0)
    @Max(24 * 30)
    @IsInt()
    WEBHOOK_SECRET_GRACE_HOURS = DEFAULT_ROTATION_GRACE_HOURS;
  }

  return WebhookSecretEnv as EnvClass<T & WebhookSecretEnv>;
}

/** Builds the webhook secret settings that the variables of withWebhookSecretEnv describe. */
export function webhookSettingsOf(env: { NOTIFICATION_SECRET_KEY?: string; WEBHOOK_SECRET_GRACE_HOURS: number }): WebhookSettings {
  return { secretKey: parseSecretKey(env.NOTIFICATION_SECRET_KEY), rotationGraceHours: env.WEBHOOK_SECRET_GRACE_HOURS };
}
