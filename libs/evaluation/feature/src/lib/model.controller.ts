import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { ModelResponse } from '@bma-kpi/contracts-evaluation';
import { AssignModelRequest, EvaluationSubjects, IndicatorYearRequest } from '@bma-kpi/contracts-evaluation';

import { ModelService } from './model.service';
import { requestMetaOf } from './request-meta';

/** Request handlers of scoring model assignments. Validation runs in the global pipe. */
@Controller()
export class ModelController {
  constructor(private readonly models: ModelService) {}

  @MessagePattern(EvaluationSubjects.modelAssign)
  assign(@Payload() request: AssignModelRequest, @Ctx() context: unknown): Promise<ModelResponse> {
    return this.models.assign(request, requestMetaOf(context));
  }

  @MessagePattern(EvaluationSubjects.modelGet)
  get(@Payload() request: IndicatorYearRequest, @Ctx() context: unknown): Promise<ModelResponse> {
    return this.models.get(request, requestMetaOf(context));
  }
}
