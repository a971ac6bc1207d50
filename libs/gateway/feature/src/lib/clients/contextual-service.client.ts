import type { ClientProxy } from '@nestjs/microservices';

import { CommonErrorCode, DomainException } from '@bma-kpi/errors';
import type { MessageMap } from '@bma-kpi/messaging';
import { ServiceClient } from '@bma-kpi/messaging';

import type { GatewayOptions } from '../gateway.options';
import type { RequestContextProvider } from '../http/request-context';
import type { GatewayMetrics } from '../operations/gateway-metrics';
import { payloadTooLargeOf } from '../operations/nats-payload';

/** Status values of the NestJS NATS client while it has no connection to a server. */
const offlineStatuses = new Set(['disconnected', 'reconnecting']);

/**
 * Type-checked client of one service that sends the current HTTP request's correlation id and
 * actor, and records each request's latency by subject. While the NATS connection is down it
 * fails at once with SERVICE_UNAVAILABLE instead of waiting for the timeout.
 */
export abstract class ContextualServiceClient<M extends MessageMap<M>> {
  private readonly clients = new Map<number, ServiceClient<M>>();
  private offline = false;

  protected constructor(
    private readonly service: string,
    private readonly proxy: ClientProxy,
    private readonly options: GatewayOptions,
    private readonly context: RequestContextProvider,
    private readonly metrics: GatewayMetrics,
  ) {
    // The in-process client reports no status, so it stays online.
    proxy.status.subscribe((status) => (this.offline = offlineStatuses.has(String(status))));
  }

  /** Sends a request and waits REQUEST_TIMEOUT_MS, or `timeoutMs` when given, for the reply. */
  async request<K extends keyof M & string>(subject: K, payload: M[K]['request'], timeoutMs = this.options.requestTimeoutMs): Promise<M[K]['response']> {
    const started = performance.now();

    try {
      if (this.offline) {
        throw this.unavailable(subject);
      }
      const response = await this.clientWithin(timeoutMs).request(subject, payload, this.context.current());

      this.metrics.observeServiceRequest(subject, 'ok', (performance.now() - started) / 1000);

      return response;
    } catch (caught) {
      const error = payloadTooLargeOf(caught, this.service) ?? caught;
      const outcome = error instanceof DomainException ? error.code : CommonErrorCode.internal;

      this.metrics.observeServiceRequest(subject, outcome, (performance.now() - started) / 1000);
      throw error;
    }
  }

  private clientWithin(timeoutMs: number): ServiceClient<M> {
    let client = this.clients.get(timeoutMs);

    if (!client) {
      client = new ServiceClient<M>(this.proxy, { service: this.service, subjectPrefix: this.options.subjectPrefix, timeoutMs });
      this.clients.set(timeoutMs, client);
    }

    return client;
  }

  private unavailable(subject: string): DomainException {
    return new DomainException(
      CommonErrorCode.serviceUnavailable,
      `The ${this.service} service cannot be reached because the gateway has lost its NATS connection (${subject}). Try again later.`,
      `ติดต่อบริการ ${this.service} ไม่ได้ เนื่องจากเกตเวย์ขาดการเชื่อมต่อกับ NATS (${subject}) โปรดลองใหม่ภายหลัง`,
    );
  }
}
