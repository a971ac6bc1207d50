import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { EvaluationCalendarResponse, EvaluationHealthResponse, EvaluationResponse, IndicatorEvaluationsResponse } from '@bma-kpi/contracts-evaluation';
import {
  EvaluationCalendarRequest,
  EvaluationReferenceRequest,
  EvaluationSubjects,
  IndicatorEvaluationsRequest,
  TransitionRequest,
} from '@bma-kpi/contracts-evaluation';
import { DeadLetterRepository, EvaluationDatabase, OutboxRepository } from '@bma-kpi/evaluation-data-access';
import type { EventConsumer } from '@bma-kpi/messaging';

import { CalendarService } from './calendar.service';
import { EvaluationService } from './evaluation.service';
import { EVALUATION_EVENT_CONSUMER } from './event-consumer.token';
import { requestMetaOf } from './request-meta';

/** Request handlers of evaluations and of the service's health. Validation runs in the global pipe. */
@Controller()
export class EvaluationController {
  constructor(
    private readonly evaluations: EvaluationService,
    private readonly database: EvaluationDatabase,
    private readonly deadLetters: DeadLetterRepository,
    private readonly calendar: CalendarService,
    private readonly outbox: OutboxRepository,
    @Inject(EVALUATION_EVENT_CONSUMER) private readonly consumer: EventConsumer,
  ) {}

  @MessagePattern(EvaluationSubjects.evaluationGet)
  get(@Payload() request: EvaluationReferenceRequest, @Ctx() context: unknown): Promise<EvaluationResponse> {
    return this.evaluations.get(request, requestMetaOf(context));
  }

  @MessagePattern(EvaluationSubjects.evaluationListByIndicator)
  listByIndicator(@Payload() request: IndicatorEvaluationsRequest, @Ctx() context: unknown): Promise<IndicatorEvaluationsResponse> {
    return this.evaluations.listByIndicator(request, requestMetaOf(context));
  }

  @MessagePattern(EvaluationSubjects.evaluationTransition)
  transition(@Payload() request: TransitionRequest, @Ctx() context: unknown): Promise<EvaluationResponse> {
    return this.evaluations.transition(request, requestMetaOf(context));
  }

  @MessagePattern(EvaluationSubjects.calendarGet)
  getCalendar(@Payload() request: EvaluationCalendarRequest): Promise<EvaluationCalendarResponse> {
    return this.calendar.get(request);
  }

  @MessagePattern(EvaluationSubjects.healthCheck)
  async health(): Promise<EvaluationHealthResponse> {
    await this.database.prisma.$queryRaw`SELECT 1`;

    return {
      status: 'ok',
      service: 'evaluation',
      database: this.database.database.kind,
      deadLetters: await this.deadLetters.count(),
      outboxBacklog: await this.outbox.countPending(),
      consumerLag: await this.consumer.pendingMessages(),
    };
  }
}
