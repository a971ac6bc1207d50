import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { ExportProgressRequest } from './progress-export.request';

function failedProperties(plain: object): string[] {
  return validateSync(plainToInstance(ExportProgressRequest, plain), { whitelist: true, forbidNonWhitelisted: true }).map((error) => error.property);
}

describe('ExportProgressRequest', () => {
  it.each([
    ['a fiscal year only', { fiscalYear: 2564 }],
    ['every filter', { fiscalYear: '2564', quarter: '4', agency: '0411', code: '0411-0012', page: '2', pageSize: '200' }],
    ['a list of ids', { fiscalYear: 2564, ids: ['0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15'] }],
  ])('accepts %s', (_case, plain) => {
    expect(failedProperties(plain)).toEqual([]);
  });

  it.each([
    ['no fiscal year', {}, 'fiscalYear'],
    ['a Christian-era year', { fiscalYear: 2021 }, 'fiscalYear'],
    ['quarter 0', { fiscalYear: 2564, quarter: 0 }, 'quarter'],
    ['a 3-digit agency', { fiscalYear: 2564, agency: '411' }, 'agency'],
    ['a blank code', { fiscalYear: 2564, code: '   ' }, 'code'],
    ['a malformed id', { fiscalYear: 2564, ids: ['kpi-12'] }, 'ids'],
    ['a repeated id', { fiscalYear: 2564, ids: ['0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15', '0d6f3c1e-5b7a-4f2e-9c41-8a2b6e0f7d15'] }, 'ids'],
    ['201 ids', { fiscalYear: 2564, ids: Array.from({ length: 201 }, (_, index) => `0d6f3c1e-5b7a-4f2e-9c41-${String(index).padStart(12, '0')}`) }, 'ids'],
    ['a page size of 201', { fiscalYear: 2564, pageSize: 201 }, 'pageSize'],
  ])('rejects %s', (_case, plain, field) => {
    expect(failedProperties(plain)).toEqual([field]);
  });
});
