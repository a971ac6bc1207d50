import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

import type { EvaluationListResponse } from '@bma-kpi/contracts-evaluation';
import { EvaluationSubjects, ListRoundEvaluationsRequest } from '@bma-kpi/contracts-evaluation';

import { EvaluationListService } from './evaluation-list.service';

/** Request handler of the evaluation list of a round. Validation runs in the global pipe. */
@Controller()
export class EvaluationListController {
  constructor(private readonly lists: EvaluationListService) {}

  @MessagePattern(EvaluationSubjects.evaluationList)
  list(@Payload() request: ListRoundEvaluationsRequest): Promise<EvaluationListResponse> {
    return this.lists.list(request);
  }
}
