import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { ListRoundEvaluationsRequest } from './evaluation-list';

function failedProperties(plain: object): string[] {
  return validateSync(plainToInstance(ListRoundEvaluationsRequest, plain), { whitelist: true, forbidNonWhitelisted: true }).map((error) => error.property);
}

describe('ListRoundEvaluationsRequest', () => {
  it('accepts a round with agency and paging', () => {
    expect(failedProperties({ fiscalYear: '2564', quarter: '4', agency: '0411', page: '1', pageSize: '200' })).toEqual([]);
  });

  it.each([
    ['no quarter', { fiscalYear: 2564 }, 'quarter'],
    ['a Christian-era year', { fiscalYear: 2021, quarter: 4 }, 'fiscalYear'],
    ['a 5-digit agency', { fiscalYear: 2564, quarter: 4, agency: '04111' }, 'agency'],
    ['page 0', { fiscalYear: 2564, quarter: 4, page: 0 }, 'page'],
    ['a page size of 201', { fiscalYear: 2564, quarter: 4, pageSize: 201 }, 'pageSize'],
  ])('rejects %s', (_case, plain, field) => {
    expect(failedProperties(plain)).toEqual([field]);
  });
});
