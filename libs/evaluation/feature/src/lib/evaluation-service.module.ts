import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Module } from '@nestjs/common';

import {
  DeadLetterRepository,
  EvaluationDatabase,
  EvaluationRepository,
  InboxRepository,
  ModelAssignmentRepository,
  OutboxRepository,
  ReactionRepository,
  RoundRepository,
} from '@bma-kpi/evaluation-data-access';
import { createLoggerModule } from '@bma-kpi/logging';
import { createEventConsumer, createRpcClsModule, DEFAULT_CONSUMER_SETTINGS, eventConsumerProviders, outboxRelayProviders } from '@bma-kpi/messaging';

import { CalendarService } from './calendar.service';
import { EvaluationController } from './evaluation.controller';
import { EvaluationListController } from './evaluation-list.controller';
import { EvaluationListService } from './evaluation-list.service';
import { EvaluationService } from './evaluation.service';
import { EVALUATION_SERVICE_OPTIONS, type EvaluationServiceOptions } from './evaluation-service.options';
import { EVALUATION_EVENT_CONSUMER } from './event-consumer.token';
import { CONSUMED_EVENTS, EventReactions } from './event-reactions';
import { IndicatorsClient } from './indicators.client';
import { ModelController } from './model.controller';
import { ModelService } from './model.service';
import { ProgressEntryService } from './progress-entry.service';
import { RoundController } from './round.controller';
import { RoundService } from './round.service';
import { SummaryController } from './summary.controller';
import { SummaryService } from './summary.service';


/** Closes the database after the outbox relay has stopped (it stops in onModuleDestroy). */
@Injectable()
class EvaluationDatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly database: EvaluationDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

const repositoryProviders = [
  DeadLetterRepository,
  EvaluationRepository,
  InboxRepository,
  ModelAssignmentRepository,
  OutboxRepository,
  ReactionRepository,
  RoundRepository,
].map((repository) => ({
  provide: repository,
  useFactory: (database: EvaluationDatabase) => new repository(database.prisma),
  inject: [EvaluationDatabase],
}));

/** The evaluation service: rounds, scoring models and the evaluator workflow of each indicator and quarter. */
@Module({})
export class EvaluationServiceModule {
  static register(options: EvaluationServiceOptions): DynamicModule {
    return {
      module: EvaluationServiceModule,
      imports: [createRpcClsModule(), createLoggerModule(options.logging)],
      controllers: [EvaluationController, EvaluationListController, ModelController, RoundController, SummaryController],
      providers: [
        { provide: EVALUATION_SERVICE_OPTIONS, useValue: options },
        { provide: EvaluationDatabase, useFactory: () => EvaluationDatabase.open(options.databaseUrl) },
        ...repositoryProviders,
        ...outboxRelayProviders(OutboxRepository, options.eventBus, options.outboxPollIntervalMs),
        ...eventConsumerProviders(EVALUATION_EVENT_CONSUMER, {
          useFactory: (reactions: EventReactions) =>
            createEventConsumer(options.eventBus, {
              durableName: 'evaluation',
              subjects: [...CONSUMED_EVENTS],
              handler: (event) => reactions.handle(event),
              deadLetter: (letter) => reactions.deadLetter(letter),
              ...(options.consumer ?? DEFAULT_CONSUMER_SETTINGS),
            }),
          inject: [EventReactions],
        }),
        EventReactions,
        EvaluationDatabaseLifecycle,
        CalendarService,
        EvaluationService,
        EvaluationListService,
        IndicatorsClient,
        ModelService,
        ProgressEntryService,
        RoundService,
        SummaryService,
      ],
    };
  }
}
