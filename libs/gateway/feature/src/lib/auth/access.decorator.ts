import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiSecurity } from '@nestjs/swagger';
import type { Request } from 'express';

import { ApiProblems } from '../openapi/api-problems.decorator';
import type { Permission } from './access-policy';

/** Source of a route's target agency (or inbox): a request field, or the owner of a stored entity. */
export type TargetSource =
  | { from: 'body' | 'query' | 'param'; field: string }
  | { from: 'indicator' | 'dataset' | 'artefact' | 'assessment'; param: string }
  | { from: 'district' | 'datasetField'; field: string }
  | { from: 'indicatorReference'; idField: string; codeField: string; yearField: string };

/** A permission chosen per request, such as by the workflow action of an evaluation transition. */
export interface PermissionChoice {
  choose: (request: Request) => Permission;
  among: Permission[];
}

/**
 * A route's access rule: the permission it requires (one, any of a list, or one chosen per request)
 * and where its target's agency comes from.
 */
export interface AccessRule {
  permission: Permission | Permission[] | PermissionChoice;
  /** Source of the owner agency; with a list, the first source that names one. */
  agency?: TargetSource | TargetSource[];
  recipient?: TargetSource;
}

export const ACCESS_RULE = Symbol('ACCESS_RULE');

/** OpenAPI extension that names each operation's permission, read by people and by the access matrix test. */
export const permissionExtension = 'x-bma-permission';

/**
 * Declares the permission a route requires, for the access guard and the OpenAPI document. Every
 * gateway route carries one; a route without it is open to admins only, and the access matrix
 * test fails on it.
 */
export function Access(permission: AccessRule['permission'], target: Omit<AccessRule, 'permission'> = {}): MethodDecorator & ClassDecorator {
  const documented = typeof permission === 'string' ? [permission] : Array.isArray(permission) ? permission : permission.among;
  const decorators = [SetMetadata(ACCESS_RULE, { permission, ...target } satisfies AccessRule), ApiExtension(permissionExtension, documented)];

  if (!documented.includes('public')) {
    decorators.push(ApiBearerAuth('bearer'), ApiSecurity('apiKey'), ApiProblems(401, 403));
  }

  return applyDecorators(...decorators);
}

/** Target read from the route parameter `param` naming an indicator, dataset or governance document. */
export const ownerOf = (from: 'indicator' | 'dataset' | 'artefact' | 'assessment', param = 'id'): TargetSource => ({ from, param });

/** Target owned by the dataset whose id or slug a body field names. */
export const datasetIn = (field: string): TargetSource => ({ from: 'datasetField', field });

/**
 * Target of a district office named by its geocode in a body or query field. The office's BMA agency
 * code stands for it when it has one, its geocode otherwise.
 */
export const districtOf = (field = 'district'): TargetSource => ({ from: 'district', field });

/**
 * Target owned by the indicator that the JSON body names: by id in `idField`, or by KPI code in
 * `codeField` together with the Buddhist-era fiscal year in `yearField`.
 */
export const indicatorNamedIn = (idField: string, codeField: string, yearField: string): TargetSource => ({ from: 'indicatorReference', idField, codeField, yearField });

/** Target read from a field of the JSON body, the query or the path. */
export const fieldOf = (from: 'body' | 'query' | 'param', field: string): TargetSource => ({ from, field });
