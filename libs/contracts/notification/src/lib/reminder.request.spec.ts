import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { ReminderPlanRequest, ReminderRunRequest } from './reminder.request';

function failedProperties(type: new () => object, plain: object): string[] {
  return validateSync(plainToInstance(type, plain)).map((error) => error.property);
}

describe('ReminderPlanRequest', () => {
  it.each([[{ fiscalYear: 2569 }], [{ fiscalYear: '2569' }]])('accepts %j', (plain) => {
    expect(failedProperties(ReminderPlanRequest, plain)).toEqual([]);
  });

  it.each([[{ fiscalYear: 2026 }], [{ fiscalYear: 2569.5 }], [{}]])('rejects %j', (plain) => {
    expect(failedProperties(ReminderPlanRequest, plain)).toEqual(['fiscalYear']);
  });
});

describe('ReminderRunRequest', () => {
  it.each([[{ date: '2025-11-12' }], [{ date: '2025-11-12', dryRun: true }]])('accepts %j', (plain) => {
    expect(failedProperties(ReminderRunRequest, plain)).toEqual([]);
  });

  it.each([
    ['date', { date: '12/11/2025' }],
    ['date', { date: 20251112 }],
    ['date', {}],
    ['dryRun', { date: '2025-11-12', dryRun: 'true' }],
  ])('rejects a bad %s', (property, plain) => {
    expect(failedProperties(ReminderRunRequest, plain)).toEqual([property]);
  });

  it('rejects a Buddhist-era date, saying why', () => {
    const [error] = validateSync(plainToInstance(ReminderRunRequest, { date: '2568-11-12' }));

    expect(error?.property).toBe('date');
    expect(Object.values(error?.constraints ?? {})[0]).toContain('Buddhist-era year such as 2568 is 543 years later');
  });
});
