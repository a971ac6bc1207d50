import type { Provider } from '@nestjs/common';

import { DeliveryRepository, NotificationDatabase } from '@bma-kpi/notification-data-access';

import { DeliveryKick } from '../dispatch/delivery-kick';
import { DeliveryController } from './delivery.controller';
import { DeliveryProcessor } from './delivery.processor';
import { DeliveryService } from './delivery.service';
import { DeliveryWorker, deliveryBatchSize, deliveryConcurrency } from './delivery.worker';
import { resolveDeliverySettings } from './delivery-settings';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';
import { DigestJob } from './digest.job';
import { EmailSender } from './email.sender';

/**
 * Returns the claim lease of the settings. Throws at start-up when a batch could outlast it,
 * because another instance would then send the same deliveries again while the first still works.
 */
function claimLeaseSeconds(options: NotificationServiceOptions): number {
  const settings = resolveDeliverySettings(options.delivery);
  const longestBatchSeconds = (Math.ceil(deliveryBatchSize / deliveryConcurrency) * settings.webhookTimeoutMs) / 1000;

  if (settings.claimLeaseSeconds <= longestBatchSeconds) {
    throw new Error(
      `Invalid DELIVERY_CLAIM_LEASE_SECONDS ${settings.claimLeaseSeconds}: it must exceed ${longestBatchSeconds} s, the longest a batch ` +
        `of ${deliveryBatchSize} deliveries takes with WEBHOOK_TIMEOUT_MS ${settings.webhookTimeoutMs}. Raise it or lower the timeout.`,
    );
  }

  return settings.claimLeaseSeconds;
}

/** Controllers of the delivery log and the digests. */
export const deliveryControllers = [DeliveryController];

/**
 * Providers of the delivery worker, the digests and the delivery log. WebhookSender comes from the
 * registry providers, which also use it for test events.
 */
export const deliveryProviders: Provider[] = [
  {
    provide: DeliveryRepository,
    useFactory: (database: NotificationDatabase, options: NotificationServiceOptions) => new DeliveryRepository(database.prisma, { leaseSeconds: claimLeaseSeconds(options) }),
    inject: [NotificationDatabase, NOTIFICATION_SERVICE_OPTIONS],
  },
  EmailSender,
  DeliveryProcessor,
  DigestJob,
  DeliveryWorker,
  DeliveryService,
  { provide: DeliveryKick, useExisting: DeliveryWorker },
];
