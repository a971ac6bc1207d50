import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ClsService } from 'nestjs-cls';

import { accessDenied, invalidCredentials } from './access-messages';
import { decideAccess } from './access-policy';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { Authenticator, InvalidCredentialsError } from './authenticator';
import type { Principal } from './principal';
import { TargetResolver } from './target-resolver';

/** Principal, permission and target of a request, stored on it by the guard for the audit log. */
export interface RequestAccess {
  principal: Principal;
  /** Permission the route asked for; alternatives are joined with `|`. */
  permission: string;
  /** Route template, such as /api/v1/indicators/:id. */
  route: string;
  targetAgency: string | null;
}

/** Routes without a rule are for admins only, so a forgotten declaration never opens a route. */
const undeclared: AccessRule = { permission: 'admin' };

/** Route template of a request, such as /api/v1/indicators/:id, so that audit entries group by route. */
function routeOf(request: Request): string {
  const template = (request.route as { path?: unknown } | undefined)?.path;

  return `${request.baseUrl}${typeof template === 'string' ? template : request.path}`;
}

export function requestAccessOf(request: Request): RequestAccess | undefined {
  return (request as Request & { access?: RequestAccess }).access;
}

/**
 * The single place where the gateway authenticates a request and decides whether its principal may
 * use the route, by the route's Access rule and the policy in access-policy.ts.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly targets: TargetResolver,
    private readonly cls: ClsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return true;
    }
    const request = context.switchToHttp().getRequest<Request>();
    const rule = this.ruleOf(context);
    const permissions = typeof rule.permission === 'string' ? [rule.permission] : Array.isArray(rule.permission) ? rule.permission : [rule.permission.choose(request)];
    const principal = await this.authenticate(request, context.switchToHttp().getResponse<Response>());
    const access: RequestAccess = { principal, permission: permissions.join('|'), route: routeOf(request), targetAgency: null };

    (request as Request & { access?: RequestAccess }).access = access;
    this.cls.set('actor', principal.id);
    this.cls.set('principal', principal);
    const target = permissions.includes('public') ? {} : await this.targets.targetOf(rule, request);

    access.targetAgency = target.agency ?? null;
    const decisions = permissions.map((permission) => decideAccess(principal, permission, target));
    const decision = decisions.find((candidate) => candidate.allowed) ?? decisions[0] ?? decideAccess(principal, 'admin');

    if (!decision.allowed) {
      if (decision.status === 401) {
        context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="bma-kpi"');
      }
      throw accessDenied(decision.reason, permissions[0] ?? 'admin', target.agency);
    }

    return true;
  }

  private ruleOf(context: ExecutionContext): AccessRule {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);

    if (rule === undefined) {
      this.logger.warn(`Route ${context.getClass().name}.${context.getHandler().name} declares no access rule; only admins may use it`);
    }

    return rule ?? undeclared;
  }

  private async authenticate(request: Request, response: Response): Promise<Principal> {
    try {
      return await this.authenticator.principalOf(request);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        response.setHeader('WWW-Authenticate', `Bearer realm="bma-kpi", error="invalid_token"`);
        throw invalidCredentials(error.reason);
      }
      throw error;
    }
  }
}
