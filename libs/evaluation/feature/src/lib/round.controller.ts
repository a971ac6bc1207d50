import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { ProgressEntryResponse, RoundPage, RoundResponse } from '@bma-kpi/contracts-evaluation';
import {
  CheckProgressEntryRequest,
  CreateRoundRequest,
  EvaluationSubjects,
  FiscalQuarterRequest,
  ListRoundsRequest,
  SignOffRoundRequest,
} from '@bma-kpi/contracts-evaluation';

import { requestMetaOf } from './request-meta';
import { ProgressEntryService } from './progress-entry.service';
import { RoundService } from './round.service';

/** Request handlers of evaluation rounds. Validation runs in the global pipe. */
@Controller()
export class RoundController {
  constructor(
    private readonly rounds: RoundService,
    private readonly entries: ProgressEntryService,
  ) {}

  @MessagePattern(EvaluationSubjects.progressEntryCheck)
  checkProgressEntry(@Payload() request: CheckProgressEntryRequest): Promise<ProgressEntryResponse> {
    return this.entries.check(request);
  }

  @MessagePattern(EvaluationSubjects.roundCreate)
  create(@Payload() request: CreateRoundRequest, @Ctx() context: unknown): Promise<RoundResponse> {
    return this.rounds.create(request, requestMetaOf(context));
  }

  @MessagePattern(EvaluationSubjects.roundGet)
  get(@Payload() request: FiscalQuarterRequest): Promise<RoundResponse> {
    return this.rounds.get(request);
  }

  @MessagePattern(EvaluationSubjects.roundList)
  list(@Payload() request: ListRoundsRequest): Promise<RoundPage> {
    return this.rounds.list(request);
  }

  @MessagePattern(EvaluationSubjects.roundSignOff)
  signOff(@Payload() request: SignOffRoundRequest, @Ctx() context: unknown): Promise<RoundResponse> {
    return this.rounds.signOff(request, requestMetaOf(context));
  }
}
