import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';

import { GatewayMetrics } from '../operations/gateway-metrics';
import { exemptFromRateLimits } from '../operations/rate-limit';
import { type ReadinessReport, ReadinessService } from '../operations/readiness.service';
import { ShutdownState } from '../operations/shutdown-state';
import { Access } from '../auth/access.decorator';

/** Seconds an orchestrator or client should wait before checking readiness again. */
const retryAfterSeconds = 5;

const readinessSchema = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'unavailable'] },
    services: {
      type: 'object',
      description:
        'ผลตรวจของแต่ละบริการ / Health reply of each service, or { status: unavailable, code, message } ' +
        'when the gateway could not get one. outboxBacklog and consumerLag count unsent and unreceived events.',
      additionalProperties: { type: 'object' },
    },
  },
};

/** Liveness of the gateway, readiness of the services behind it, and the Prometheus metrics. */
@ApiTags('health')
@SkipThrottle(exemptFromRateLimits)
@Controller()
export class HealthController {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly metrics: GatewayMetrics,
    private readonly shutdown: ShutdownState,
  ) {}

  @Access('public')
  @Get('health/live')
  @ApiOperation({
    summary: 'เกตเวย์ทำงานอยู่ / Liveness: the gateway process is up',
    description: 'ไม่ตรวจบริการอื่น ใช้เป็น liveness probe / Checks nothing behind the gateway; use it as the liveness probe',
  })
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Access('public')
  @Get('health/ready')
  @ApiOperation({
    summary: 'ความพร้อมของบริการ / Readiness: every service and its database answer',
    description:
      'ตอบ 503 พร้อม Retry-After เมื่อบริการใดไม่ตอบหรือเกตเวย์กำลังปิดตัว / 503 with Retry-After when a service ' +
      'does not answer (NATS or its database down) or the gateway is shutting down',
  })
  @ApiOkResponse({ schema: readinessSchema })
  @ApiResponse({ status: 503, schema: readinessSchema })
  ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessReport> {
    return this.report(response);
  }

  @Access('public')
  @Get('health')
  @ApiOperation({ summary: 'เหมือน /api/health/ready / Same as /api/health/ready' })
  @ApiOkResponse({ schema: readinessSchema })
  @ApiResponse({ status: 503, schema: readinessSchema })
  aggregate(@Res({ passthrough: true }) response: Response): Promise<ReadinessReport> {
    return this.report(response);
  }

  @Access('public')
  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'ตัวชี้วัดสำหรับ Prometheus / Prometheus metrics',
    description:
      'อัตราคำขอ เวลาตอบ เวลาตอบของบริการแยกตาม subject งานค้างใน outbox และ consumer lag / Request rate, latency ' +
      'histograms, service request latency per subject, outbox backlog and consumer lag. Each scrape checks the services.',
  })
  @ApiOkResponse({ content: { 'text/plain': { schema: { type: 'string' } } } })
  async exposition(@Res({ passthrough: true }) response: Response): Promise<string> {
    // The service gauges are read at scrape time, so they are never older than the scrape.
    await this.readiness.check();
    response.type(this.metrics.contentType);

    return this.metrics.exposition();
  }

  private async report(response: Response): Promise<ReadinessReport> {
    const report: ReadinessReport = this.shutdown.stopping
      ? { status: 'unavailable', services: {} }
      : await this.readiness.check();

    if (report.status !== 'ok') {
      response.status(503).setHeader('Retry-After', String(retryAfterSeconds));
    }

    return report;
  }
}
