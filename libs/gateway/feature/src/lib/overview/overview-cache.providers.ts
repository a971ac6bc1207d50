import type { CallHandler, ExecutionContext, NestInterceptor, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Request } from 'express';
import { finalize, type Observable } from 'rxjs';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { GatewayMetrics } from '../operations/gateway-metrics';
import type { SerializedOverview } from './serialized-overview';
import { type CacheFlushCause, OverviewCache } from './overview-cache';

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Subject prefixes of the events that can change an overview. Notification events cannot. */
const overviewEventPrefixes = ['events.indicators.', 'events.evaluation.', 'events.catalog.'];

/** Overview cache of one gateway instance, sized by the gateway's options. */
@Injectable()
export class IndicatorOverviewCache extends OverviewCache<SerializedOverview> {
  constructor(@Inject(GATEWAY_OPTIONS) options: GatewayOptions) {
    super(options.operations.overviewCache);
  }
}

/**
 * Empties the overview cache whenever the data behind it may have changed. The triggers are a write
 * through this gateway, a write notice from another instance, and a service event, which also covers
 * work a service does on its own, such as re-scoring after new progress. A lost feed connection
 * turns the cache off until the feed reconnects.
 */
@Injectable()
export class OverviewCacheInvalidation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OverviewCacheInvalidation.name);

  constructor(
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
    private readonly cache: IndicatorOverviewCache,
    private readonly metrics: GatewayMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.options.changeFeed.listen({
      changed: (subject) => {
        if (!subject.startsWith('events.') || overviewEventPrefixes.some((prefix) => subject.startsWith(prefix))) {
          this.flush(subject.startsWith('events.') ? 'event' : 'write');
        }
      },
      connectionChanged: (connected) => {
        this.logger.log(connected ? 'Change feed reconnected; the overview cache is on again' : 'Change feed lost; the overview cache is off');
        this.cache.setConnected(connected);
        this.metrics.observeOverviewCacheFlush('connection');
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.options.changeFeed.close();
  }

  /** Called when this instance has handled a write, before its response is sent. */
  afterWrite(): void {
    this.flush('write');
    this.options.changeFeed.announceWrite();
  }

  private flush(cause: CacheFlushCause): void {
    this.cache.flush();
    this.metrics.observeOverviewCacheFlush(cause);
  }
}

/**
 * Empties the overview cache after every write request, whether it succeeded or not: a write that
 * timed out at the gateway may still have been stored by its service.
 */
@Injectable()
export class WriteInvalidationInterceptor implements NestInterceptor {
  constructor(private readonly invalidation: OverviewCacheInvalidation) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!writeMethods.has(context.switchToHttp().getRequest<Request>().method)) {
      return next.handle();
    }

    // finalize runs when the handler's result or error arrives, before Nest writes the response.
    return next.handle().pipe(finalize(() => this.invalidation.afterWrite()));
  }
}

export const overviewCacheProviders: Provider[] = [
  IndicatorOverviewCache,
  OverviewCacheInvalidation,
  { provide: APP_INTERCEPTOR, useClass: WriteInvalidationInterceptor },
];
