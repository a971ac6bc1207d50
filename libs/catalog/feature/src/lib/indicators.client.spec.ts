import { InProcessBroker, InProcessClient } from '@bma-kpi/messaging';
import type { DomainException } from '@bma-kpi/errors';

import type { CatalogServiceOptions } from './catalog-service.options';
import { IndicatorsClient } from './indicators.client';

const subject = 'indicators.indicator.summary-get.v1';
const indicatorId = '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11';
const meta = { actor: 'tester', correlationId: 'spec' };

const indicatorDetail = {
  id: indicatorId,
  code: '0411-0005',
  title: 'ร้อยละของชุดข้อมูลที่มีคำอธิบายชุดข้อมูล',
  fiscalYear: 2564,
  agency: { code: '0411', nameTh: 'สำนักยุทธศาสตร์และประเมินผล', nameEn: null },
};

function newClient(broker: InProcessBroker | null, timeoutMs = 200): IndicatorsClient {
  const options = {
    indicators: broker === null ? undefined : { proxy: new InProcessClient(broker), subjectPrefix: '', timeoutMs },
  } as CatalogServiceOptions;

  return new IndicatorsClient(options);
}

function reply(body: object): Promise<string> {
  return Promise.resolve(JSON.stringify(body));
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainException);

describe('IndicatorsClient', () => {
  it('returns the code, Thai name and fiscal year', async () => {
    const broker = new InProcessBroker();

    broker.handleRequests(subject, () => reply({ response: indicatorDetail }));
    const sut = newClient(broker);

    expect(await sut.get(indicatorId, meta)).toEqual({
      id: indicatorId,
      code: '0411-0005',
      titleTh: 'ร้อยละของชุดข้อมูลที่มีคำอธิบายชุดข้อมูล',
      fiscalYear: 2564,
      agencyCode: '0411',
    });
  });

  it('turns an unknown indicator into a 404 code with the field', async () => {
    const broker = new InProcessBroker();

    broker.handleRequests(subject, () =>
      reply({ err: { code: 'INDICATOR_NOT_FOUND', messageEn: 'not found', messageTh: 'ไม่พบ' } }),
    );
    const error = await failure(newClient(broker).get(indicatorId, meta));

    expect(error?.code).toBe('CATALOG_INDICATOR_NOT_FOUND');
    expect(error?.extra.errors?.[0]).toMatchObject({ field: 'indicatorId', rule: 'exists' });
  });

  it('reports a missing service as unavailable', async () => {
    const error = await failure(newClient(new InProcessBroker()).get(indicatorId, meta));

    expect(error?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('reports a missing connection as unavailable', async () => {
    const error = await failure(newClient(null).get(indicatorId, meta));

    expect(error?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('passes other service errors on', async () => {
    const broker = new InProcessBroker();

    broker.handleRequests(subject, () =>
      reply({ err: { code: 'VALIDATION_FAILED', messageEn: 'invalid', messageTh: 'ไม่ถูกต้อง' } }),
    );
    const error = await failure(newClient(broker).get(indicatorId, meta));

    expect(error?.code).toBe('VALIDATION_FAILED');
  });

  it('lookup marks each indicator by outcome', async () => {
    const broker = new InProcessBroker();
    const missingId = '0e7f5c0c-2a53-4a4e-8f8f-6c3f0a6f1b22';
    const requested: string[] = [];

    broker.handleRequests(subject, (message) => {
      const { id } = JSON.parse(message.data) as { id: string };

      requested.push(id);

      return id === indicatorId
        ? reply({ response: indicatorDetail })
        : reply({ err: { code: 'INDICATOR_NOT_FOUND', messageEn: 'not found', messageTh: 'ไม่พบ' } });
    });
    const lookups = await newClient(broker).lookup([indicatorId, missingId, indicatorId], meta);

    expect(requested.sort()).toEqual([indicatorId, missingId].sort());
    expect(lookups.get(indicatorId)?.status).toBe('available');
    expect(lookups.get(indicatorId)?.indicator?.code).toBe('0411-0005');
    expect(lookups.get(missingId)).toEqual({ status: 'notFound', indicator: null });
  });

  it('lookup degrades when the service is absent', async () => {
    const lookups = await newClient(new InProcessBroker()).lookup([indicatorId], meta);

    expect(lookups.get(indicatorId)).toEqual({ status: 'unavailable', indicator: null });
  });

  it('lookup degrades when the service is too slow', async () => {
    const broker = new InProcessBroker();

    // A handler that never replies plays the part of a stuck indicators service.
    broker.handleRequests(subject, () => new Promise<string>(() => undefined));
    const started = Date.now();
    const lookups = await newClient(broker, 100).lookup([indicatorId], meta);

    expect(lookups.get(indicatorId)).toEqual({ status: 'unavailable', indicator: null });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
