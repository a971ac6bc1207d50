import type { ClientProxy } from '@nestjs/microservices';
import { NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';

import { CommonErrorCode, DomainException, isErrorBody } from '@bma-kpi/errors';

import { actorHeader, correlationIdHeader } from './correlation';

/** Subject → request and response types, as each contracts lib declares them. */
export type MessageMap<M> = { [K in keyof M]: { request: unknown; response: unknown } };

/** Actor and correlation id sent with a request. */
export interface RequestContext {
  correlationId: string | null;
  actor: string | null;
}

export interface ServiceClientOptions {
  /** Service name used in error messages. */
  service: string;
  subjectPrefix: string;
  timeoutMs: number;
}

/**
 * Type-checked request/reply client over a NestJS ClientProxy (NATS or in-process). Transport
 * failures become DomainExceptions: no responders → SERVICE_UNAVAILABLE, no reply in time →
 * SERVICE_TIMEOUT, an ErrorBody from the service → a DomainException with the service's code.
 */
export class ServiceClient<M extends MessageMap<M>> {
  constructor(
    private readonly proxy: ClientProxy,
    private readonly options: ServiceClientOptions,
  ) {}

  async request<K extends keyof M & string>(
    subject: K,
    payload: M[K]['request'],
    context: RequestContext,
  ): Promise<M[K]['response']> {
    const headers = natsHeaders();

    if (context.correlationId) {
      headers.set(correlationIdHeader, context.correlationId);
    }
    if (context.actor) {
      headers.set(actorHeader, context.actor);
    }
    const record = new NatsRecordBuilder(payload).setHeaders(headers).build();

    try {
      return await firstValueFrom(
        this.proxy
          .send<M[K]['response']>(this.options.subjectPrefix + subject, record)
          .pipe(timeout(this.options.timeoutMs)),
      );
    } catch (error) {
      throw this.toDomainException(error, subject);
    }
  }

  private toDomainException(error: unknown, subject: string): DomainException {
    if (isErrorBody(error)) {
      return DomainException.fromBody(error);
    }
    const { service, timeoutMs } = this.options;

    if (error instanceof TimeoutError) {
      return new DomainException(
        CommonErrorCode.serviceTimeout,
        `The ${service} service did not reply within ${timeoutMs} ms (${subject}). Try again later.`,
        `บริการ ${service} ไม่ตอบกลับภายใน ${timeoutMs} มิลลิวินาที (${subject}) โปรดลองใหม่ภายหลัง`,
      );
    }
    const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message);

    if (/no (subscribers|responders)|empty response/i.test(message)) {
      return new DomainException(
        CommonErrorCode.serviceUnavailable,
        `The ${service} service is not running (${subject}). Try again later.`,
        `บริการ ${service} ไม่พร้อมให้บริการ (${subject}) โปรดลองใหม่ภายหลัง`,
      );
    }

    return new DomainException(
      CommonErrorCode.internal,
      `The ${service} service failed (${subject}).`,
      `บริการ ${service} ทำงานผิดพลาด (${subject})`,
      { details: { cause: message } },
    );
  }
}
