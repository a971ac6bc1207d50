import type { DynamicModule, ExecutionContext, Provider } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { ThrottlerLimitDetail, ThrottlerOptions } from '@nestjs/throttler';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Request, Response } from 'express';

import { DomainException } from '@bma-kpi/errors';

import type { GatewayOperations } from '../gateway.options';
import { GatewayErrorCode } from '../http/gateway-error-codes';

const minuteMs = 60_000;

/** Maximum length of a client id in a rate-limit key. Longer header values are cut, so a key cannot grow without bound. */
const maxClientIdLength = 200;

/** Argument of @SkipThrottle that exempts a controller or route from both named throttlers. */
export const exemptFromRateLimits = { ip: true, client: true };

/**
 * Returns the id of the client that sent a request, or null when it sent none. This is the only
 * place that decides it.
 * TODO: use the authenticated principal once the gateway authenticates API clients. Until then
 * nothing verifies the headers, so a client can spread its requests over made-up ids and only the
 * per-IP limit bounds it.
 */
export function clientIdOf(request: Pick<Request, 'headers'>): string | null {
  for (const header of ['x-client-id', 'x-api-key']) {
    const value = request.headers[header];
    const id = (Array.isArray(value) ? value[0] : value)?.trim();

    if (id) {
      return id.slice(0, maxClientIdLength);
    }
  }

  return null;
}

/**
 * Returns the named throttlers of the gateway: one per client IP address and one per client id. A limit
 * of 0 turns that throttler off. Keys name only the throttler and the tracker, so one budget
 * covers every route rather than one budget per route.
 */
export function throttlersOf(limits: GatewayOperations['rateLimits']): ThrottlerOptions[] {
  const generateKey = (_context: ExecutionContext, tracker: string, name: string) => `${name}:${tracker}`;
  const throttlers: ThrottlerOptions[] = [];

  if (limits.perIpPerMinute > 0) {
    throttlers.push({ name: 'ip', ttl: minuteMs, limit: limits.perIpPerMinute, generateKey });
  }
  if (limits.perClientPerMinute > 0) {
    throttlers.push({
      name: 'client',
      ttl: minuteMs,
      limit: limits.perClientPerMinute,
      generateKey,
      getTracker: (request) => clientIdOf(request as Request) ?? '',
      skipIf: (context) => clientIdOf(context.switchToHttp().getRequest<Request>()) === null,
    });
  }

  return throttlers;
}

/**
 * Throttler guard that responds to a request over a limit with 429 problem+json in the client's
 * language and a Retry-After header in seconds.
 */
@Injectable()
export class GatewayThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    const perClient = detail.key.startsWith('client:');

    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new DomainException(
      GatewayErrorCode.rateLimited,
      `Too many requests ${perClient ? 'from this client id' : 'from this IP address'}: the limit is ${detail.limit} per minute. Retry after ${retryAfter} seconds.`,
      `ส่งคำขอ${perClient ? 'จากรหัสไคลเอนต์นี้' : 'จากหมายเลข IP นี้'}มากเกินไป จำกัดไว้ที่ ${detail.limit} ครั้งต่อนาที โปรดลองใหม่ใน ${retryAfter} วินาที`,
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
