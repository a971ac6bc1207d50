import { GatewayMetrics } from './gateway-metrics';
import { healthSampleOf } from './readiness.service';

describe('GatewayMetrics', () => {
  it('exports the service gauges of a health check', async () => {
    const metrics = new GatewayMetrics();

    metrics.recordHealth([
      healthSampleOf('evaluation', { status: 'ok', outboxBacklog: 3, consumerLag: 7 }),
      healthSampleOf('catalog', { status: 'unavailable', code: 'SERVICE_UNAVAILABLE', message: 'down' }),
    ]);
    const text = await metrics.exposition();

    expect(text).toContain('bma_kpi_service_ready{service="evaluation"} 1');
    expect(text).toContain('bma_kpi_service_ready{service="catalog"} 0');
    expect(text).toContain('bma_kpi_outbox_backlog{service="evaluation"} 3');
    expect(text).toContain('bma_kpi_consumer_lag{service="evaluation"} 7');
    expect(text).not.toContain('bma_kpi_outbox_backlog{service="catalog"}');
  });

  it('removes a gauge the service stopped reporting', async () => {
    const metrics = new GatewayMetrics();

    metrics.recordHealth([healthSampleOf('evaluation', { status: 'ok', consumerLag: 2 })]);
    metrics.recordHealth([healthSampleOf('evaluation', { status: 'unavailable', code: 'SERVICE_TIMEOUT', message: 'slow' })]);

    expect(await metrics.exposition()).not.toContain('bma_kpi_consumer_lag{service="evaluation"}');
  });

  it('keeps one registry per instance', async () => {
    const first = new GatewayMetrics();
    const second = new GatewayMetrics();

    first.observeHttp('GET', '/api/v1/indicators', 200, 0.01);

    expect(await first.exposition()).toContain('bma_kpi_http_requests_total{method="GET",route="/api/v1/indicators",status="200"} 1');
    expect(await second.exposition()).not.toContain('route="/api/v1/indicators"');
  });

  it('reads a null consumer lag as unset', () => {
    expect(healthSampleOf('evaluation', { status: 'ok', consumerLag: null }).consumerLag).toBeUndefined();
  });
});
