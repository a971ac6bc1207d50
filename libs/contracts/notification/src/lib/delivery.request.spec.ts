import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { DeliveryIdRequest, ListDeliveriesRequest, RunDigestRequest } from './delivery.request';

function failedProperties(type: new () => object, plain: object): string[] {
  return validateSync(plainToInstance(type, plain)).map((error) => error.property);
}

describe('ListDeliveriesRequest', () => {
  it.each([
    [{}],
    [{ status: 'deadLettered', channel: 'webhook', page: '2', pageSize: '200' }],
    [{ recipientId: 'user:somchai', kind: 'evaluationScored', notificationId: '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11' }],
    [{ from: '2025-11-01', to: '2025-12-01T00:00:00+07:00' }],
  ])('accepts %j', (plain) => {
    expect(failedProperties(ListDeliveriesRequest, plain)).toEqual([]);
  });

  it.each([
    [{ status: 'lost' }, 'status'],
    [{ channel: 'inbox' }, 'channel'],
    [{ kind: 'everything' }, 'kind'],
    [{ recipientId: 'user somchai' }, 'recipientId'],
    [{ notificationId: '42' }, 'notificationId'],
    [{ from: '2025-13-01' }, 'from'],
    [{ to: 'tomorrow' }, 'to'],
    [{ pageSize: '201' }, 'pageSize'],
  ])('rejects %j on %s', (plain, property) => {
    expect(failedProperties(ListDeliveriesRequest, plain)).toEqual([property]);
  });
});

describe('DeliveryIdRequest', () => {
  it('rejects an id that is not a UUID', () => {
    expect(failedProperties(DeliveryIdRequest, { id: 'abc' })).toEqual(['id']);
  });
});

describe('RunDigestRequest', () => {
  it('accepts a Christian-era date', () => {
    expect(failedProperties(RunDigestRequest, { date: '2025-11-12' })).toEqual([]);
  });

  it.each([['2568-11-12'], ['2025-02-30'], ['12/11/2025'], [20251112]])('rejects %j', (date) => {
    expect(failedProperties(RunDigestRequest, { date })).toEqual(['date']);
  });

  it('explains a Buddhist-era year', () => {
    const [error] = validateSync(plainToInstance(RunDigestRequest, { date: '2568-11-12' }));

    expect(Object.values(error?.constraints ?? {})).toEqual([expect.stringContaining('Buddhist-era year such as 2568 is 543 years later')]);
  });
});
