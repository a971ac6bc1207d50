import { randomBytes } from 'node:crypto';

import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientProxyFactory, MessagePattern, Payload, Transport, type ClientProxy, type CustomStrategy } from '@nestjs/microservices';
import { IsInt, Min } from 'class-validator';

import { DomainException } from '@bma-kpi/errors';

import { InProcessBroker } from '../in-process/in-process.broker';
import { InProcessClient } from '../in-process/in-process.client';
import { InProcessServer } from '../in-process/in-process.server';
import { SubjectPrefixedNatsServer } from '../nats/subject-prefixed-nats.server';
import { RpcErrorFilter } from './rpc-error.filter';
import { createContractValidationPipe } from './rpc-validation.pipe';
import { ServiceClient } from './service-client';

const natsUrl = process.env['NATS_TEST_URL'] ?? 'nats://127.0.0.1:4222';

class SquareRequest {
  @IsInt()
  @Min(0)
  value: number;
}

interface TestMessages {
  'test.square.get.v1': { request: SquareRequest; response: { square: number } };
  'test.failure.get.v1': { request: Record<string, never>; response: never };
  'test.crash.get.v1': { request: Record<string, never>; response: never };
  'test.nobody.get.v1': { request: Record<string, never>; response: never };
}

@Controller()
class TestController {
  @MessagePattern('test.square.get.v1')
  square(@Payload() request: SquareRequest): { square: number } {
    return { square: request.value * request.value };
  }

  @MessagePattern('test.failure.get.v1')
  failure(): never {
    throw new DomainException('THING_NOT_FOUND', 'No such thing.', 'ไม่พบสิ่งนี้');
  }

  @MessagePattern('test.crash.get.v1')
  crash(): never {
    throw new Error('database password is hunter2');
  }
}

@Module({ controllers: [TestController] })
class TestModule {}

interface TransportPair {
  strategy: CustomStrategy['strategy'];
  proxy: ClientProxy;
}

const prefix = `t${randomBytes(4).toString('hex')}.`;
const broker = new InProcessBroker();
const transports: [string, () => TransportPair][] = [
  ['in-process', () => ({ strategy: new InProcessServer(broker), proxy: new InProcessClient(broker) })],
  [
    'NATS',
    () => ({
      strategy: new SubjectPrefixedNatsServer({ servers: [natsUrl], queue: 'test', subjectPrefix: prefix }),
      proxy: ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [natsUrl] } }),
    }),
  ],
];

describe.each(transports)('ServiceClient over %s', (name, makeTransport) => {
  let app: INestMicroservice;
  let proxy: ClientProxy;
  let sut: ServiceClient<TestMessages>;
  const context = { correlationId: 'test-correlation-id', actor: 'tester' };

  beforeAll(async () => {
    const transport = makeTransport();

    proxy = transport.proxy;
    app = await NestFactory.createMicroservice(TestModule, { strategy: transport.strategy, logger: false });
    app.useGlobalPipes(createContractValidationPipe());
    app.useGlobalFilters(new RpcErrorFilter());
    await app.listen();
    sut = new ServiceClient<TestMessages>(proxy, {
      service: 'test',
      subjectPrefix: name === 'NATS' ? prefix : '',
      timeoutMs: 1500,
    });
  });

  afterAll(async () => {
    await app.close();
    await proxy.close();
  });

  it('returns the reply', async () => {
    await expect(sut.request('test.square.get.v1', { value: 7 }, context)).resolves.toEqual({ square: 49 });
  });

  it('keeps the code of a domain exception', async () => {
    const error = await sut.request('test.failure.get.v1', {}, context).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).code).toBe('THING_NOT_FOUND');
    expect((error as DomainException).messageTh).toBe('ไม่พบสิ่งนี้');
    expect((error as DomainException).correlationId).toBe('test-correlation-id');
  });

  it('reports field errors of invalid input', async () => {
    const error = (await sut
      .request('test.square.get.v1', { value: -1 }, context)
      .catch((caught: unknown) => caught)) as DomainException;

    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.extra.errors?.[0]).toMatchObject({ field: 'value', rule: 'min' });
  });

  it('hides the details of an unexpected error', async () => {
    const error = (await sut.request('test.crash.get.v1', {}, context).catch((caught: unknown) => caught)) as DomainException;

    expect(error.code).toBe('INTERNAL_ERROR');
    expect(error.messageEn).not.toContain('hunter2');
  });

  it('reports a subject nobody serves as unavailable', async () => {
    const error = (await sut.request('test.nobody.get.v1', {}, context).catch((caught: unknown) => caught)) as DomainException;

    expect(error.code).toBe('SERVICE_UNAVAILABLE');
  });
});
