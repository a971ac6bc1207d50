import { randomBytes } from 'node:crypto';

import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientProxyFactory, MessagePattern, Transport, type ClientProxy } from '@nestjs/microservices';
import { firstValueFrom } from 'rxjs';

import { SubjectPrefixedNatsServer } from './subject-prefixed-nats.server';

const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';
const handlerMs = 800;

@Controller()
class SlowController {
  @MessagePattern('test.slow.get.v1')
  async slow(): Promise<{ done: true }> {
    await new Promise((resolve) => setTimeout(resolve, handlerMs));

    return { done: true };
  }
}

@Module({ controllers: [SlowController] })
class SlowModule {}

describe('SubjectPrefixedNatsServer shutdown', () => {
  const prefix = `t${randomBytes(4).toString('hex')}.`;
  let service: INestMicroservice;
  let server: SubjectPrefixedNatsServer;
  let client: ClientProxy;

  beforeAll(async () => {
    server = new SubjectPrefixedNatsServer({ servers: [natsUrl], queue: 'slow', subjectPrefix: prefix, gracefulShutdown: true, gracePeriod: 10_000 });
    service = await NestFactory.createMicroservice(SlowModule, { strategy: server, logger: false });
    await service.listen();
    client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [natsUrl] } });
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
  });

  it('answers the request in flight, then closes without waiting the whole grace period', async () => {
    const reply = firstValueFrom(client.send(`${prefix}test.slow.get.v1`, {}));

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requestsInFlight).toBe(1);
    const started = Date.now();

    await service.close();
    const closedAfter = Date.now() - started;

    await expect(reply).resolves.toEqual({ done: true });
    expect(closedAfter).toBeGreaterThanOrEqual(handlerMs - 300);
    expect(closedAfter).toBeLessThan(5000);
    expect(server.requestsInFlight).toBe(0);
  });

  it('leaves no responder once closed', async () => {
    await expect(firstValueFrom(client.send(`${prefix}test.slow.get.v1`, {}))).rejects.toThrow(/no responders|Empty response|503/i);
  });
});
