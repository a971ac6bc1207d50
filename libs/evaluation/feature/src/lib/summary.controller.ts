import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { EvaluationSummaryResponse } from '@bma-kpi/contracts-evaluation';
import { EvaluationSubjects, EvaluationSummaryRequest } from '@bma-kpi/contracts-evaluation';

import { requestMetaOf } from './request-meta';
import { SummaryService } from './summary.service';

/** Request handler of the grouped results of a fiscal year. Validation runs in the global pipe. */
@Controller()
export class SummaryController {
  constructor(private readonly summaries: SummaryService) {}

  @MessagePattern(EvaluationSubjects.summaryGet)
  get(@Payload() request: EvaluationSummaryRequest, @Ctx() context: unknown): Promise<EvaluationSummaryResponse> {
    return this.summaries.summarise(request, requestMetaOf(context));
  }
}
