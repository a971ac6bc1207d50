import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { agencyCodeMessage, agencyCodePattern, planNodeCodePattern } from './indicator.request';
import { PageRequest } from './paging.request';

export const agencyKinds = ['administration', 'department', 'office', 'districtOffice', 'unit'] as const;
export type AgencyKindValue = (typeof agencyKinds)[number];

export const planLevels = ['dimension', 'subDimension', 'goal', 'planIndicator'] as const;
export type PlanLevelValue = (typeof planLevels)[number];

/** Filters of the agency list. */
export class ListAgenciesRequest extends PageRequest {
  @IsOptional()
  @IsIn(agencyKinds)
  kind?: AgencyKindValue;

  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  parent?: string;

  @IsOptional()
  @MaxLength(200)
  @IsString()
  q?: string;
}

/** Request for the plan tree of one edition; the newest edition when omitted. */
export class PlanTreeRequest {
  @IsOptional()
  @MaxLength(100)
  @IsString()
  edition?: string;
}

/** Filters of the flat plan node list. */
export class ListPlanNodesRequest extends PageRequest {
  @IsOptional()
  @MaxLength(100)
  @IsString()
  edition?: string;

  @IsOptional()
  @IsIn(planLevels)
  level?: PlanLevelValue;

  @IsOptional()
  @Matches(planNodeCodePattern)
  parent?: string;
}

/** Health check request; it carries no fields. */
export class HealthCheckRequest {}
