import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

import type { GovernanceScorecard } from '@bma-kpi/contracts-catalog';
import { CatalogSubjects, GetScorecardRequest } from '@bma-kpi/contracts-catalog';

import { ScorecardService } from './scorecard.service';

/** NATS handler of the governance scorecard. */
@Controller()
export class ScorecardController {
  constructor(private readonly scorecards: ScorecardService) {}

  @MessagePattern(CatalogSubjects.scorecardGet)
  get(@Payload() request: GetScorecardRequest): Promise<GovernanceScorecard> {
    return this.scorecards.get(request);
  }
}
