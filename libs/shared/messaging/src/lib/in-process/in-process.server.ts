import type { CustomTransportStrategy, MessageHandler } from '@nestjs/microservices';
import { Server } from '@nestjs/microservices';

import type { InProcessBroker, InProcessMessage } from './in-process.broker';
import { InProcessContext, InProcessHeaders } from './in-process.context';

/** Reply sent back through the broker, in the shape of a NestJS WritePacket. */
interface ReplyPacket {
  response?: unknown;
  err?: unknown;
}

/**
 * NestJS transport strategy that serves @MessagePattern and @EventPattern handlers through an
 * InProcessBroker, so a service module runs unchanged in the embedded mode.
 */
export class InProcessServer extends Server implements CustomTransportStrategy {
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly broker: InProcessBroker,
    private readonly subjectPrefix = '',
  ) {
    super();
  }

  listen(callback: () => void): void {
    for (const [subject, handler] of this.messageHandlers) {
      const prefixed = this.subjectPrefix + subject;
      const dispose = handler.isEventHandler
        ? this.broker.handleEvents(prefixed, (message) => this.onEvent(subject, message))
        : this.broker.handleRequests(prefixed, (message) => this.onRequest(handler, message));

      this.disposers.push(dispose);
    }
    callback();
  }

  close(): void {
    this.disposers.splice(0).forEach((dispose) => dispose());
  }

  on(): void {
    // The broker has no connection whose status could change.
  }

  unwrap<T>(): T {
    return this.broker as T;
  }

  private async onEvent(subject: string, message: InProcessMessage): Promise<void> {
    const context = new InProcessContext([message.subject, new InProcessHeaders(message.headers)]);

    await this.handleEvent(subject, { pattern: subject, data: JSON.parse(message.data) as unknown }, context);
  }

  private onRequest(handler: MessageHandler, message: InProcessMessage): Promise<string> {
    const context = new InProcessContext([message.subject, new InProcessHeaders(message.headers)]);
    const payload: unknown = JSON.parse(message.data);

    return new Promise<string>((resolve, reject) => {
      let replied = false;
      const respond = (packet: ReplyPacket & { isDisposed?: boolean }) => {
        if (replied || (packet.isDisposed && packet.response === undefined && !packet.err)) {
          return;
        }
        replied = true;
        resolve(JSON.stringify({ response: packet.response, err: packet.err } satisfies ReplyPacket));
      };

      const produce = async () => this.transformToObservable(await handler(payload, context));

      Promise.resolve(this.handleRequest(context, produce, respond) as unknown).catch(reject);
    });
  }
}
