import { BaseRpcContext } from '@nestjs/microservices';

import type { MessageHeaders } from './in-process.broker';

/** Read-only headers with the `get` method of NATS message headers. */
export class InProcessHeaders {
  constructor(private readonly values: MessageHeaders) {}

  get(name: string): string {
    return this.values[name.toLowerCase()] ?? '';
  }
}

/** Execution context of a handler called through the in-process broker. */
export class InProcessContext extends BaseRpcContext<[string, InProcessHeaders]> {
  getSubject(): string {
    return this.args[0];
  }

  getHeaders(): InProcessHeaders {
    return this.args[1];
  }
}
