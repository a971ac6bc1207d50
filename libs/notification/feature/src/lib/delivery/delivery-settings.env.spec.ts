import { loadConfig } from '@bma-kpi/config';

import { deliverySettingsOf, withDeliveryEnv } from './delivery-settings.env';

const DeliveryEnv = withDeliveryEnv(class {});

describe('WEBHOOK_ALLOW_PRIVATE_TARGETS', () => {
  it('is false when unset', () => {
    expect(deliverySettingsOf(loadConfig(DeliveryEnv, {})).allowPrivateWebhookTargets).toBe(false);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
  ])('reads %s', (value, expected) => {
    expect(deliverySettingsOf(loadConfig(DeliveryEnv, { WEBHOOK_ALLOW_PRIVATE_TARGETS: value })).allowPrivateWebhookTargets).toBe(expected);
  });

  it('rejects other text', () => {
    expect(() => loadConfig(DeliveryEnv, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'sometimes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_TARGETS/u);
  });

  it('keeps the webhook timeout', () => {
    expect(deliverySettingsOf(loadConfig(DeliveryEnv, { WEBHOOK_TIMEOUT_MS: '750' })).webhookTimeoutMs).toBe(750);
  });
});
