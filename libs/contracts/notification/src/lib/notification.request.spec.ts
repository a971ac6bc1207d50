import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { ListHolidaysRequest, ListInboxRequest, MarkInboxItemRequest, ReplaceHolidaysRequest } from './notification.request';

function failedProperties(type: new () => object, plain: object): string[] {
  return validateSync(plainToInstance(type, plain)).map((error) => error.property);
}

const songkran = { date: '2025-04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran' };

describe('ListHolidaysRequest', () => {
  it.each([[{ fromYear: 2025 }], [{ fromYear: '2024', toYear: '2026' }]])('accepts %j', (plain) => {
    expect(failedProperties(ListHolidaysRequest, plain)).toEqual([]);
  });

  it('rejects a Buddhist-era year, saying why', () => {
    const [error] = validateSync(plainToInstance(ListHolidaysRequest, { fromYear: 2568 }));

    expect(error?.property).toBe('fromYear');
    expect(Object.values(error?.constraints ?? {})[0]).toContain('Buddhist-era year such as 2568 is 543 years later');
  });
});

describe('ReplaceHolidaysRequest', () => {
  it('accepts a year of holidays', () => {
    expect(failedProperties(ReplaceHolidaysRequest, { year: 2025, holidays: [songkran, { ...songkran, date: '2025-04-16', substitution: true }] })).toEqual([]);
  });

  it.each([
    ['holidays', { year: 2025, holidays: [{ ...songkran, date: '13/04/2025' }] }],
    ['holidays', { year: 2025, holidays: [{ ...songkran, nameTh: '   ' }] }],
    ['holidays', { year: 2025, holidays: [{ ...songkran, substitution: 'yes' }] }],
    ['holidays', { year: 2025 }],
    ['year', { year: 1900, holidays: [] }],
  ])('rejects a bad %s', (property, plain) => {
    expect(failedProperties(ReplaceHolidaysRequest, plain)).toEqual([property]);
  });
});

describe('inbox requests', () => {
  it.each([
    ['a page over 200', ListInboxRequest, { recipientId: 'user-1', pageSize: 201 }, 'pageSize'],
    ['no recipient', ListInboxRequest, { pageSize: 10 }, 'recipientId'],
    ['an id that is not a UUID', MarkInboxItemRequest, { id: 'not-a-uuid', recipientId: 'user-1' }, 'id'],
    ['acknowledge as text', MarkInboxItemRequest, { id: '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11', recipientId: 'user-1', acknowledge: 'true' }, 'acknowledge'],
  ] as const)('rejects %s', (_name, type, plain, property) => {
    expect(failedProperties(type, plain)).toEqual([property]);
  });
});
