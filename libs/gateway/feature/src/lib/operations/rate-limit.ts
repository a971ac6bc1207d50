import type { DynamicModule, ExecutionContext, Provider } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import type { ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerOptions, ThrottlerRequest } from '@nestjs/throttler';
import { InjectThrottlerOptions, InjectThrottlerStorage, ThrottlerGuard, ThrottlerModule, ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';

import { DomainException } from '@bma-kpi/errors';

import { Authenticator } from '../auth/authenticator';
import type { Principal } from '../auth/principal';
import type { GatewayOperations } from '../gateway.options';
import { GatewayErrorCode } from '../http/gateway-error-codes';

const minuteMs = 60_000;

/** Argument of @SkipThrottle that exempts a controller or route from both named throttlers. */
export const exemptFromRateLimits = { ip: true, client: true };

/**
 * Returns the per-client rate-limit key of a principal: `user:<sub>` for a person with a JWT,
 * `client:<id>` for an API client, and null for an anonymous caller, who has no per-client budget.
 */
export function clientKeyOf(principal: Principal): string | null {
  return principal.kind === 'anonymous' ? null : principal.id;
}

/**
 * Returns the per-client rate-limit key of a request from its authenticated principal. It returns
 * null for a request without credentials or with invalid ones, so only the per-IP limit bounds it.
 * An authentication error is not raised here, because the access guard gets the same cached
 * result and raises it (401 for invalid credentials).
 */
export async function clientKeyOfRequest(authenticator: Pick<Authenticator, 'principalOf'>, request: Request): Promise<string | null> {
  try {
    return clientKeyOf(await authenticator.principalOf(request));
  } catch {
    return null;
  }
}

/**
 * Returns the named throttlers of the gateway: one per client IP address and one per authenticated
 * principal. A limit of 0 turns that throttler off. Keys name only the throttler and the tracker,
 * so one budget covers every route rather than one budget per route. Both have a TTL of one
 * minute, and the guard of @nestjs/throttler 6 sorts throttlers by TTL with a stable sort, so it
 * checks the per-IP limit first. An IP address over its limit is then rejected before any
 * credentials are verified.
 */
export function throttlersOf(limits: GatewayOperations['rateLimits']): ThrottlerOptions[] {
  const generateKey = (_context: ExecutionContext, tracker: string, name: string) => `${name}:${tracker}`;
  const throttlers: ThrottlerOptions[] = [];

  if (limits.perIpPerMinute > 0) {
    throttlers.push({ name: 'ip', ttl: minuteMs, limit: limits.perIpPerMinute, generateKey });
  }
  if (limits.perClientPerMinute > 0) {
    // GatewayThrottlerGuard supplies the tracker of this throttler from the authenticated principal.
    throttlers.push({ name: 'client', ttl: minuteMs, limit: limits.perClientPerMinute, generateKey });
  }

  return throttlers;
}

/**
 * Throttler guard that keys the per-client limit on the authenticated principal and responds to a
 * request over a limit with 429 problem+json in the client's language and a Retry-After header in
 * seconds. It runs before the access guard, because it is registered first.
 */
@Injectable()
export class GatewayThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {
    super(options, storage, reflector);
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== 'client') {
      return super.handleRequest(request);
    }
    const key = await clientKeyOfRequest(this.authenticator, request.context.switchToHttp().getRequest<Request>());

    return key === null ? true : super.handleRequest({ ...request, getTracker: () => key });
  }

  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    const perClient = detail.key.startsWith('client:');

    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new DomainException(
      GatewayErrorCode.rateLimited,
      `Too many requests ${perClient ? 'from this user or API client' : 'from this IP address'}: the limit is ${detail.limit} per minute. Retry after ${retryAfter} seconds.`,
      `ส่งคำขอ${perClient ? 'จากผู้ใช้หรือไคลเอนต์ API รายนี้' : 'จากหมายเลข IP นี้'}มากเกินไป จำกัดไว้ที่ ${detail.limit} ครั้งต่อนาที โปรดลองใหม่ใน ${retryAfter} วินาที`,
      { details: { limit: detail.limit, per: perClient ? 'client' : 'ip', windowSeconds: 60, retryAfterSeconds: retryAfter } },
    );
  }
}

/**
 * Throttler module and guard of the gateway. With both limits off, no guard is installed.
 * NOTE: the counters live in this process's memory, so with N gateway instances behind a load
 * balancer a client gets up to N times each limit. A shared store (Redis or a NATS key-value
 * bucket) would make the limits global.
 */
export function rateLimitImports(limits: GatewayOperations['rateLimits']): { imports: DynamicModule[]; providers: Provider[] } {
  const throttlers = throttlersOf(limits);

  if (throttlers.length === 0) {
    return { imports: [], providers: [] };
  }

  return {
    // The X-RateLimit-* headers name the throttler (X-RateLimit-Remaining-ip), as @nestjs/throttler 6 sets them.
    imports: [ThrottlerModule.forRoot({ throttlers })],
    providers: [{ provide: APP_GUARD, useClass: GatewayThrottlerGuard }],
  };
}
