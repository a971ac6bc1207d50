import type { BeforeApplicationShutdown, NestMiddleware, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

import { GATEWAY_OPTIONS, type GatewayOptions } from '../gateway.options';
import { GatewayMetrics } from './gateway-metrics';

/** Requests in flight and whether the gateway is shutting down. */
@Injectable()
export class ShutdownState {
  stopping = false;
  private inFlight = 0;
  private idle: (() => void) | null = null;

  get requestsInFlight(): number {
    return this.inFlight;
  }

  started(): void {
    this.inFlight += 1;
  }

  finished(): void {
    this.inFlight -= 1;
    if (this.inFlight === 0) {
      this.idle?.();
    }
  }

  /** Resolves with true once no request is in flight, or with false after `timeoutMs`. */
  waitForIdle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) {
      return Promise.resolve(true);
    }

    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.idle = null;
        resolve(false);
      }, timeoutMs);

      this.idle = () => {
        clearTimeout(timer);
        this.idle = null;
        resolve(true);
      };
    });
  }
}

/**
 * Returns the pattern of the route that handled a request, such as /api/v1/indicators/:id. A path
 * no controller matched ends in Nest's catch-all route `*path` and is labelled `unmatched`.
 */
function routePatternOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;

  return typeof route === 'string' && route.startsWith('/') && !route.includes('*') ? route : 'unmatched';
}

/**
 * Counts requests in flight for the graceful shutdown and records each completed request in the
 * metrics by its route pattern. Unmatched paths share one `unmatched` label, so scanners cannot
 * create a series per path.
 */
@Injectable()
export class RequestObservationMiddleware implements NestMiddleware {
  constructor(
    private readonly state: ShutdownState,
    private readonly metrics: GatewayMetrics,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const started = performance.now();
    let done = false;
    const finish = () => {
      if (done) {
        return;
      }
      done = true;
      this.state.finished();
      this.metrics.observeHttp(req.method, routePatternOf(req), res.statusCode, (performance.now() - started) / 1000);
    };

    this.state.started();
    // A keep-alive client reconnects, possibly to another instance, once the gateway is stopping.
    if (this.state.stopping) {
      res.setHeader('Connection', 'close');
    }
    res.once('finish', finish);
    res.once('close', finish);
    next();
  }
}

/**
 * Graceful shutdown: stops accepting connections, lets the requests in flight finish within
 * SHUTDOWN_GRACE_MS, and then closes the transports to the services. Nest runs
 * beforeApplicationShutdown before it closes the HTTP server, and onApplicationShutdown after.
 */
@Injectable()
export class GatewayShutdown implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(GatewayShutdown.name);

  constructor(
    private readonly state: ShutdownState,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    const graceMs = this.options.operations.shutdownGraceMs;

    this.state.stopping = true;
    this.logger.log({ signal, requestsInFlight: this.state.requestsInFlight, graceMs }, 'Gateway stopping; waiting for requests in flight');
    // Nest closes the server again later, which only waits for this close to finish.
    server?.close();
    server?.closeIdleConnections();
    const drained = await this.state.waitForIdle(graceMs);

    if (!drained) {
      this.logger.warn({ requestsInFlight: this.state.requestsInFlight, graceMs }, 'Requests still in flight after the shutdown grace period; closing their connections');
      server?.closeAllConnections();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const { indicatorsProxy, catalogProxy, evaluationProxy, notificationProxy } = this.options;

    await Promise.all([indicatorsProxy, catalogProxy, evaluationProxy, notificationProxy].map(async (proxy): Promise<void> => {
      await proxy.close();
    }));
    this.logger.log('Gateway stopped');
  }
}
