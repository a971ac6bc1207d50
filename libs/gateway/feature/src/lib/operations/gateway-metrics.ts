import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Upper bounds in seconds of the latency buckets, dense below 50 ms where most requests fall. */
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Readiness of one service as the metrics record it. */
export interface ServiceHealthSample {
  service: string;
  ready: boolean;
  outboxBacklog?: number;
  consumerLag?: number;
}

/**
 * Prometheus metrics of one gateway instance. Each instance has its own registry, so two gateways in
 * one process (tests, the embedded mode) never share or double-register series.
 */
@Injectable()
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly httpRequests = new Counter({
    name: 'bma_kpi_http_requests_total',
    help: 'HTTP requests that the gateway responded to, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'bma_kpi_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to sending the last byte of its response, in seconds.',
    labelNames: ['method', 'route'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  private readonly natsDuration = new Histogram({
    name: 'bma_kpi_service_request_duration_seconds',
    help: 'Time the gateway waits for a service reply, by subject and outcome (ok, or the error code), in seconds.',
    labelNames: ['subject', 'outcome'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  private readonly serviceUp = new Gauge({
    name: 'bma_kpi_service_ready',
    help: '1 when the service replied to its health check at the last scrape (its database included), otherwise 0.',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });

  private readonly outboxBacklog = new Gauge({
    name: 'bma_kpi_outbox_backlog',
    help: 'Events stored in a service outbox and not yet published, at the last scrape.',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });

  private readonly consumerLag = new Gauge({
    name: 'bma_kpi_consumer_lag',
    help: 'Events in the stream that the durable consumer of a service has not yet received, at the last scrape.',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });

  private readonly overviewCacheLookups = new Counter({
    name: 'bma_kpi_overview_cache_lookups_total',
    help: 'Indicator overview reads by source: the cache (hit), a gather another request had started (collapsed), or a gather of their own (miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  private readonly overviewCacheFlushes = new Counter({
    name: 'bma_kpi_overview_cache_flushes_total',
    help: 'Times the overview cache was emptied, by cause: write, event, or connection (the change feed was lost or regained).',
    labelNames: ['cause'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'bma_kpi_gateway_' });
  }

  /** Records one completed HTTP request. `route` is the route pattern, never the raw path, so ids do not multiply series. */
  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpDuration.observe({ method, route }, seconds);
  }

  /** Records one request to a service, by subject without the installation's subject prefix. */
  observeServiceRequest(subject: string, outcome: string, seconds: number): void {
    this.natsDuration.observe({ subject, outcome }, seconds);
  }

  observeOverviewCacheLookup(result: 'hit' | 'collapsed' | 'miss'): void {
    this.overviewCacheLookups.inc({ result });
  }

  observeOverviewCacheFlush(cause: 'write' | 'event' | 'connection'): void {
    this.overviewCacheFlushes.inc({ cause });
  }

  /** Sets the service gauges from a readiness check. A gauge a service did not report is removed, not left stale. */
  recordHealth(samples: ServiceHealthSample[]): void {
    for (const sample of samples) {
      this.serviceUp.set({ service: sample.service }, sample.ready ? 1 : 0);
      setOrRemove(this.outboxBacklog, sample.service, sample.outboxBacklog);
      setOrRemove(this.consumerLag, sample.service, sample.consumerLag);
    }
  }

  /** Returns the exposition in the Prometheus text format. */
  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

function setOrRemove(gauge: Gauge<'service'>, service: string, value: number | undefined): void {
  if (value === undefined) {
    gauge.remove({ service });
  } else {
    gauge.set({ service }, value);
  }
}
