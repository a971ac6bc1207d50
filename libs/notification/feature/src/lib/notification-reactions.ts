import { Inject, Injectable, Logger } from '@nestjs/common';

import { DeadLetterRepository, InboxStore, NotificationRepository, runInTransaction, type Prisma } from '@bma-kpi/notification-data-access';
import { NotificationDatabase } from '@bma-kpi/notification-data-access';
import { NOTIFICATION_KIND_METADATA, kindOfEvent, renderTemplate } from '@bma-kpi/notification-domain';
import { OutboxRelay, type DeadLetter, type EventEnvelope } from '@bma-kpi/messaging';

import { evaluationNoticeVariables, inboxesFor, type EvaluationNoticeData } from './evaluation-notice';
import { IndicatorsClient } from './indicators.client';
import { NOTIFICATION_SERVICE_OPTIONS, type NotificationServiceOptions } from './notification-service.options';

/**
 * Evaluation events that become inbox notices. NOTE: `round.signed-off` goes to every agency head,
 * which needs the agency list, so it waits for recipients and subscriptions.
 */
export const NOTICE_EVENTS = Object.values(NOTIFICATION_KIND_METADATA)
  .filter((metadata) => metadata.sourceEvent !== null && metadata.kind !== 'roundSignedOff')
  .map((metadata) => metadata.sourceEvent as string);

/** Kinds whose templates print a score, which an unscorable quarter does not have. */
const scoreKinds = new Set(['evaluationScored', 'evaluationSignedOff']);

/**
 * Turns evaluation events into Thai inbox notices for the agency or the evaluators, once per event
 * id. The KPI's title and agency name come from the indicators service before the transaction, so
 * a slow indicators service never keeps a database transaction open.
 */
@Injectable()
export class NotificationReactions {
  private readonly logger = new Logger(NotificationReactions.name);
  private readonly inbox: InboxStore<Prisma.TransactionClient>;

  constructor(
    database: NotificationDatabase,
    private readonly indicators: IndicatorsClient,
    private readonly deadLetters: DeadLetterRepository,
    private readonly relay: OutboxRelay,
    @Inject(NOTIFICATION_SERVICE_OPTIONS) private readonly options: NotificationServiceOptions,
  ) {
    this.inbox = new InboxStore((work) => runInTransaction(database.prisma, work), database.prisma);
  }

  async handle(event: EventEnvelope): Promise<void> {
    const kind = kindOfEvent(event.subject);

    if (kind === null || !NOTICE_EVENTS.includes(event.subject)) {
      this.logger.warn({ eventId: event.eventId, subject: event.subject }, 'Event without an inbox notice; skipped');

      return;
    }
    const data = event.data as EvaluationNoticeData;
    const indicator = await this.indicators.get(data.indicatorId, { actor: event.actor, correlationId: event.correlationId });
    const variables = evaluationNoticeVariables(data, indicator, this.options.publicBaseUrl);

    if (scoreKinds.has(kind) && variables['scorePercent'] === undefined) {
      this.logger.log({ eventId: event.eventId, kind }, 'Quarter without a score; no notice');

      return;
    }
    // A template without its variables throws here, so the consumer retries and then dead-letters the event.
    const message = renderTemplate(kind, 'th', variables);

    await this.inbox.handleOnce(event.eventId, event.subject, async (tx) => {
      const notifications = new NotificationRepository(tx);

      for (const recipientId of inboxesFor(kind, data.agencyCode)) {
        await notifications.createOnce({ recipientId, kind, agencyCode: data.agencyCode, language: 'th', ...message, variables, sourceId: event.eventId, deliveries: [] });
      }
    });
    this.relay.kick();
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
