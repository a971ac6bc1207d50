import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

import { IsQueryBoolean } from '@bma-kpi/contracts-catalog';
import { PageRequest } from '@bma-kpi/contracts-indicators';

import { PERMISSIONS } from './access-policy';
import { ROLES, type Role } from './principal';

/** A new API client. */
export class CreateApiClientBody {
  /** Name of the system, such as BMA Digital Plans. */
  @MaxLength(200)
  @MinLength(2)
  @IsString()
  name: string;

  /** Roles the client acts with; `integration` for systems that export results and push progress. */
  @IsIn(ROLES, { each: true })
  @ArrayMaxSize(ROLES.length)
  @ArrayNotEmpty()
  @IsArray()
  scopes: Role[];

  /** 4-digit BMA agency code that limits the client's writes to one agency; omit for a city-wide client. */
  @IsOptional()
  @Matches(/^\d{4}$/u, { message: '$property must be a 4-digit BMA agency code such as 0411' })
  @IsString()
  agency?: string;

  /** Instant (ISO 8601) after which the key stops working; omit for a key that works until revoked. */
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsString()
  expiresAt?: string;
}

export class ApiClientIdParams {
  @IsUUID()
  id: string;
}

export class ListApiClientsQuery extends PageRequest {
  @IsOptional()
  @IsQueryBoolean()
  includeRevoked?: boolean;
}

/** Filters of the audit log. */
export class AuditQuery extends PageRequest {
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsString()
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  @IsString()
  to?: string;

  /** `user:<sub>`, `client:<id>` or `anonymous`. */
  @IsOptional()
  @MaxLength(300)
  @IsString()
  actor?: string;

  @IsOptional()
  @IsIn(['succeeded', 'failed', 'denied'])
  @IsString()
  outcome?: 'succeeded' | 'failed' | 'denied';

  @IsOptional()
  @IsIn(PERMISSIONS)
  @IsString()
  permission?: string;

  @IsOptional()
  @MaxLength(100)
  @IsString()
  correlationId?: string;
}
