import { Inject, Injectable, Logger } from '@nestjs/common';

import type { RoundSignedOffEvent } from '@bma-kpi/contracts-evaluation';
import { DeadLetterRepository, InboxStore, runInTransaction, type Prisma } from '@bma-kpi/notification-data-access';
import { NotificationDatabase } from '@bma-kpi/notification-data-access';
import { NOTIFICATION_KIND_METADATA, kindOfEvent, type NotificationKind } from '@bma-kpi/notification-domain';
import { OutboxRelay, type DeadLetter, type EventEnvelope } from '@bma-kpi/messaging';

import { CATALOG_NOTICE_KINDS, CatalogNotices } from './catalog/catalog-notices';
import { NoticeDispatcher } from './dispatch/notice-dispatcher';
import type { Notice } from './dispatch/notice';
import { DeliveryKick } from './dispatch/delivery-kick';
import { evaluationNoticeVariables, roundSignedOffVariables, type EvaluationNoticeData } from './evaluation-notice';
import { IndicatorsClient } from './indicators.client';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from './notification-service.options';

/** Evaluation and catalog events that become notices. */
export const NOTICE_EVENTS = Object.values(NOTIFICATION_KIND_METADATA)
  .filter((metadata) => metadata.sourceEvent !== null)
  .map((metadata) => metadata.sourceEvent as string);

/** Kinds whose templates print a score, which an unscorable quarter does not have. */
const scoreKinds = new Set(['evaluationScored', 'evaluationSignedOff']);

/**
 * Turns evaluation and catalog events into Thai inbox notices for the agency or the evaluators,
 * once per event id. KPI titles, agencies and agency names come from the indicators service before
 * the transaction, so a slow indicators service never keeps a database transaction open.
 */
@Injectable()
export class NotificationReactions {
  private readonly logger = new Logger(NotificationReactions.name);
  private readonly inbox: InboxStore<Prisma.TransactionClient>;

  constructor(
    database: NotificationDatabase,
    private readonly indicators: IndicatorsClient,
    private readonly catalogNotices: CatalogNotices,
    private readonly deadLetters: DeadLetterRepository,
    private readonly relay: OutboxRelay,
    private readonly dispatcher: NoticeDispatcher,
    private readonly deliveries: DeliveryKick,
    @Inject(NOTIFICATION_SERVICE_OPTIONS) private readonly options: NotificationServiceOptions,
  ) {
    this.inbox = new InboxStore((work) => runInTransaction(database.prisma, work), database.prisma);
  }

  async handle(event: EventEnvelope): Promise<void> {
    // In the embedded mode PGlite and the in-process broker resolve through promises alone, so a
    // District Catalog sweep's hundreds of events would run back to back without the event loop
    // ever reading a socket. Yielding once per event lets the gateway serve requests in between.
    await new Promise((resolve) => setImmediate(resolve));
    const kind = kindOfEvent(event.subject);

    if (kind === null || !NOTICE_EVENTS.includes(event.subject)) {
      this.logger.warn({ eventId: event.eventId, subject: event.subject }, 'Event without an inbox notice; skipped');

      return;
    }
    const notice = await this.noticeOf(kind, event);

    if (notice === null) {
      this.logger.log({ eventId: event.eventId, kind }, 'Quarter without a score; no notice');

      return;
    }
    // A template without its variables throws in dispatch, so the consumer retries and then dead-letters the event.
    await this.inbox.handleOnce(event.eventId, event.subject, (tx) => this.dispatcher.dispatch(notice, tx));
    this.relay.kick();
    this.deliveries.kick();
  }

  /** Builds the notice of an event; null for a score or sign-off of a quarter without a score. */
  private async noticeOf(kind: NotificationKind, event: EventEnvelope): Promise<Notice | null> {
    if (CATALOG_NOTICE_KINDS.has(kind)) {
      return this.catalogNotices.build(kind, event);
    }
    if (kind === 'roundSignedOff') {
      const data = event.data as RoundSignedOffEvent['data'];

      return { kind, agencyCode: null, sourceId: event.eventId, variables: roundSignedOffVariables(data, this.options.publicBaseUrl) };
    }
    const data = event.data as EvaluationNoticeData;
    const indicator = await this.indicators.get(data.indicatorId, { actor: event.actor, correlationId: event.correlationId });
    const variables = evaluationNoticeVariables(data, indicator, this.options.publicBaseUrl);

    return scoreKinds.has(kind) && variables['scorePercent'] === undefined ? null : { kind, agencyCode: data.agencyCode, sourceId: event.eventId, variables };
  }

  /** Stores an event that failed every delivery, so that operators can inspect it while the stream goes on. */
  async deadLetter(letter: DeadLetter): Promise<void> {
    this.logger.error(
      { eventId: letter.event?.eventId, subject: letter.subject, deliveries: letter.deliveries, err: letter.error },
      'Event dead-lettered after its last delivery',
    );
    await this.deadLetters.recordLetter(letter);
  }
}
