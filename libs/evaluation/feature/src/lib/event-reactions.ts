import { Injectable, Logger } from '@nestjs/common';

import type { ArtefactEvidenceChangedEvent, ArtefactSubmittedEvent } from '@bma-kpi/contracts-catalog';
import { CatalogEvents } from '@bma-kpi/contracts-catalog';
import type { IndicatorUpdatedEvent, ProgressReportedEvent } from '@bma-kpi/contracts-indicators';
import { IndicatorsEvents } from '@bma-kpi/contracts-indicators';
import { insertOutboxEvents } from '@bma-kpi/database';
import { DeadLetterRepository, InboxRepository, ReactionRepository, RoundRepository, type Prisma } from '@bma-kpi/evaluation-data-access';
import { OutboxRelay, type DeadLetter, type EventEnvelope } from '@bma-kpi/messaging';

import { EvaluationEventFactory } from './evaluation-events';

/** Subjects of the other services' events that the evaluation service reacts to. */
export const CONSUMED_EVENTS = [
  IndicatorsEvents.progressReported,
  IndicatorsEvents.indicatorUpdated,
  CatalogEvents.artefactSubmitted,
  CatalogEvents.artefactEvidenceChanged,
] as const;

/**
 * Reacts to the events of the indicators and catalog services, once per event id. New progress or
 * changed indicator fields mark the scored evaluations they affect as out of date and publish
 * `evaluation.input-changed`, so evaluators know to score again. Governance artefacts and their
 * evidence files are counted per agency and fiscal year, for the milestone evidence flag.
 */
@Injectable()
export class EventReactions {
  private readonly logger = new Logger(EventReactions.name);

  constructor(
    private readonly inbox: InboxRepository,
    private readonly deadLetters: DeadLetterRepository,
    private readonly relay: OutboxRelay,
  ) {}

  /** Stores an event that failed every delivery, so that operators can inspect it while the stream goes on. */
  async deadLetter(letter: DeadLetter): Promise<void> {
    this.logger.error(
      { eventId: letter.event?.eventId, subject: letter.subject, deliveries: letter.deliveries, err: letter.error },
      'Event dead-lettered after its last delivery',
    );
    await this.deadLetters.recordLetter(letter);
  }

  async handle(event: EventEnvelope): Promise<void> {
    const outcome = await this.inbox.handleOnce(event.eventId, event.subject, (tx) => this.react(tx, event));

    if (!outcome.handled) {
      this.logger.debug({ eventId: event.eventId, subject: event.subject }, 'Event handled before; skipped');

      return;
    }
    if (outcome.result > 0) {
      this.relay.kick();
    }
  }

  /** Applies one event inside the inbox transaction and returns the number of events it published. */
  private async react(tx: Prisma.TransactionClient, event: EventEnvelope): Promise<number> {
    const reactions = new ReactionRepository(tx);

    switch (event.subject) {
      case IndicatorsEvents.progressReported: {
        const { indicatorId, fiscalYear, quarter } = (event as unknown as ProgressReportedEvent).data;

        // A note without a fiscal year or quarter cannot be placed in a round, so no score depends on it.
        return fiscalYear === null || quarter === null ? 0 : this.markInputChanged(tx, event, { indicatorId, fiscalYear, quarter }, 'progress');
      }
      case IndicatorsEvents.indicatorUpdated: {
        const { indicatorId, fiscalYear } = (event as unknown as IndicatorUpdatedEvent).data;

        return this.markInputChanged(tx, event, { indicatorId, fiscalYear, quarter: null }, 'indicator');
      }
      case CatalogEvents.artefactSubmitted: {
        const data = (event as unknown as ArtefactSubmittedEvent).data;

        await reactions.saveArtefact({ ...data, evidenceCount: data.evidenceSha256.length, supersedesId: data.supersedesId });

        return 0;
      }
      case CatalogEvents.artefactEvidenceChanged: {
        const data = (event as unknown as ArtefactEvidenceChangedEvent).data;

        await reactions.adjustEvidence(data.artefactId, data.change === 'added' ? 1 : -1);

        return 0;
      }
      default:
        this.logger.warn({ eventId: event.eventId, subject: event.subject }, 'Event of a subject this service does not consume; skipped');

        return 0;
    }
  }

  private async markInputChanged(
    tx: Prisma.TransactionClient,
    event: EventEnvelope,
    target: { indicatorId: string; fiscalYear: number; quarter: number | null },
    cause: 'progress' | 'indicator',
  ): Promise<number> {
    const changedAt = new Date(event.occurredAt);
    const marked = await new ReactionRepository(tx).markInputChanged({ ...target, changedAt });
    const rounds = new RoundRepository(tx);
    const meta = { actor: event.actor, correlationId: event.correlationId };
    const messages = [];

    for (const evaluation of marked) {
      const round = await rounds.get(evaluation.roundId);

      if (round !== null) {
        messages.push(
          EvaluationEventFactory.inputChanged(
            {
              evaluationId: evaluation.id,
              roundId: round.id,
              fiscalYear: round.fiscalYear,
              quarter: round.quarter,
              indicatorId: evaluation.indicatorId,
              agencyCode: evaluation.agencyCode,
              cause,
              changedAt: changedAt.toISOString(),
              sourceEventId: event.eventId,
            },
            meta,
          ),
        );
      }
    }
    await insertOutboxEvents(tx, messages);

    return messages.length;
  }
}
