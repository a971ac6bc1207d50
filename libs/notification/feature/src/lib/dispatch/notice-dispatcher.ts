import { Inject, Injectable } from '@nestjs/common';

import { NotificationRepository, RecipientRoutingRepository, type DeliveryInput, type Prisma } from '@bma-kpi/notification-data-access';
import {
  NOTIFICATION_LANGUAGES,
  type NotificationLanguage,
  type RenderedMessage,
  type RoutedDelivery,
  nextDigestDate,
  renderTemplate,
  routeNotice,
} from '@bma-kpi/notification-domain';

import { inboxesFor } from '../evaluation-notice';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from '../notification-service.options';
import type { Notice } from './notice';

/** Digest hour, 08:00 Bangkok time, when the delivery settings give none. */
const DEFAULT_DIGEST_HOUR = 8;

/**
 * Turns a notice into notifications: one per routed recipient, in the recipient's language, with
 * its e-mail and webhook deliveries, plus the shared inboxes of the kind's audiences. Everything
 * is written in the caller's transaction, so it commits with the event's inbox row or the
 * reminder's issue row and a retry never doubles it.
 */
@Injectable()
export class NoticeDispatcher {
  constructor(@Inject(NOTIFICATION_SERVICE_OPTIONS) private readonly options: NotificationServiceOptions) {}

  /** Creates the notice's notifications in `tx` and returns how many are new. */
  async dispatch(notice: Notice, tx: Prisma.TransactionClient, now = new Date()): Promise<number> {
    // Rendering first: a template without its variables throws before anything is written.
    const messages = this.render(notice);
    const recipients = await new RecipientRoutingRepository(tx).candidates(notice.kind, notice.agencyCode);
    const routes = routeNotice(notice, recipients, (this.options.delivery?.smtp ?? null) !== null);
    const digestOn = nextDigestDate(now, this.options.delivery?.digestHour ?? DEFAULT_DIGEST_HOUR);
    const notifications = new NotificationRepository(tx);
    const common = { kind: notice.kind, agencyCode: notice.agencyCode, variables: { ...notice.variables }, sourceId: notice.sourceId };
    let created = 0;

    for (const route of routes) {
      const deliveries = route.deliveries.map((delivery) => toDeliveryInput(delivery, digestOn));
      const result = await notifications.createOnce({ ...common, recipientId: route.recipientId, language: route.language, ...messages[route.language], inInbox: route.inbox, deliveries });

      created += result.created ? 1 : 0;
    }
    // NOTE: the shared inboxes stand in for people who have no recipient record yet.
    for (const recipientId of inboxesFor(notice.kind, notice.agencyCode)) {
      const result = await notifications.createOnce({ ...common, recipientId, language: 'th', ...messages.th, deliveries: [] });

      created += result.created ? 1 : 0;
    }

    return created;
  }

  private render(notice: Notice): Record<NotificationLanguage, RenderedMessage> {
    const entries = NOTIFICATION_LANGUAGES.map((language) => [language, renderTemplate(notice.kind, language, notice.variables)] as const);

    return Object.fromEntries(entries) as Record<NotificationLanguage, RenderedMessage>;
  }
}

function toDeliveryInput(delivery: RoutedDelivery, digestOn: string): DeliveryInput {
  return { channel: delivery.channel, target: delivery.target, ...(delivery.timing === 'digest' ? { digestOn } : {}) };
}
