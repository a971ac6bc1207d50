import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { LinkIndicatorRequest, ListIndicatorDatasetsRequest, UnlinkIndicatorRequest } from './link.request';

const indicatorId = '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11';

function failedProperties(type: new () => object, plain: object): string[] {
  return validateSync(plainToInstance(type, plain)).map((error) => error.property);
}

describe('LinkIndicatorRequest', () => {
  it.each([
    [{ idOrSlug: 'population-by-district', indicatorId }],
    [{ idOrSlug: indicatorId, indicatorId, fieldName: 'district_code' }],
  ])('accepts %j', (plain) => {
    expect(failedProperties(LinkIndicatorRequest, plain)).toEqual([]);
  });

  it.each([
    ['idOrSlug', { idOrSlug: 'ชุดข้อมูล', indicatorId }],
    ['idOrSlug', { indicatorId }],
    ['indicatorId', { idOrSlug: 'population', indicatorId: '0411-0005' }],
    ['indicatorId', { idOrSlug: 'population' }],
    ['fieldName', { idOrSlug: 'population', indicatorId, fieldName: 'District Code' }],
    ['fieldName', { idOrSlug: 'population', indicatorId, fieldName: '' }],
    ['fieldName', { idOrSlug: 'population', indicatorId, fieldName: 5 }],
  ])('rejects a bad %s', (property, plain) => {
    expect(failedProperties(LinkIndicatorRequest, plain)).toEqual([property]);
  });
});

describe('UnlinkIndicatorRequest', () => {
  it('rejects a link id that is not a UUID', () => {
    expect(failedProperties(UnlinkIndicatorRequest, { idOrSlug: 'population', linkId: 'link-1' })).toEqual(['linkId']);
  });
});

describe('ListIndicatorDatasetsRequest', () => {
  it('reads publicOnly from a query string', () => {
    const request = plainToInstance(ListIndicatorDatasetsRequest, { indicatorId, publicOnly: 'true' });

    expect(validateSync(request)).toEqual([]);
    expect(request.publicOnly).toBe(true);
  });

  it('rejects a publicOnly that is not true or false', () => {
    expect(failedProperties(ListIndicatorDatasetsRequest, { indicatorId, publicOnly: 'yes' })).toEqual(['publicOnly']);
  });
});
