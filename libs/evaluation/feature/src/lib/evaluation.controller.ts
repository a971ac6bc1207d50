import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { EvaluationHealthResponse, EvaluationResponse } from '@bma-kpi/contracts-evaluation';
import { EvaluationReferenceRequest, EvaluationSubjects, TransitionRequest } from '@bma-kpi/contracts-evaluation';
import { DeadLetterRepository, EvaluationDatabase } from '@bma-kpi/evaluation-data-access';

import { EvaluationService } from './evaluation.service';
import { requestMetaOf } from './request-meta';

/** Request handlers of evaluations and of the service's health. Validation runs in the global pipe. */
@Controller()
export class EvaluationController {
  constructor(
    private readonly evaluations: EvaluationService,
    private readonly database: EvaluationDatabase,
    private readonly deadLetters: DeadLetterRepository,
  ) {}

  @MessagePattern(EvaluationSubjects.evaluationGet)
  get(@Payload() request: EvaluationReferenceRequest, @Ctx() context: unknown): Promise<EvaluationResponse> {
    return this.evaluations.get(request, requestMetaOf(context));
  }

  @MessagePattern(EvaluationSubjects.evaluationTransition)
  transition(@Payload() request: TransitionRequest, @Ctx() context: unknown): Promise<EvaluationResponse> {
    return this.evaluations.transition(request, requestMetaOf(context));
  }

  @MessagePattern(EvaluationSubjects.healthCheck)
  async health(): Promise<EvaluationHealthResponse> {
    await this.database.prisma.$queryRaw`SELECT 1`;

    return { status: 'ok', service: 'evaluation', database: this.database.database.kind, deadLetters: await this.deadLetters.count() };
  }
}
