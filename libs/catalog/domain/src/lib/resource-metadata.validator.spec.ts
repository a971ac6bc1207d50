import { validateResourceMetadata } from './resource-metadata.validator';

function rulesOf(input: Record<string, unknown>, dataType = 'ข้อมูลสถิติ' as const, hasFile = false): [string, string][] {
  return validateResourceMetadata(input, dataType, hasFile).map((error) => [error.field, error.rule]);
}

const link = { name: 'ข้อมูลรายเดือน', url: 'https://data.bangkok.go.th/dataset/x.csv', format: 'CSV' };

describe('validateResourceMetadata', () => {
  it('accepts a link resource', () => {
    expect(rulesOf(link)).toEqual([]);
  });

  it.each(['name', 'format', 'url'])('requires %s of a link', (field) => {
    expect(rulesOf({ ...link, [field]: undefined })).toContainEqual([field, 'required']);
  });

  it('needs no URL for an uploaded file', () => {
    expect(rulesOf({ name: 'ไฟล์', format: 'CSV' }, 'ข้อมูลสถิติ', true)).toEqual([]);
  });

  it('rejects a field of another dataset type', () => {
    expect(rulesOf({ ...link, resource_positional_accuracy: '1 m' })).toEqual([['resource_positional_accuracy', 'notForDataType']]);
  });

  it('rejects an unknown field', () => {
    expect(rulesOf({ ...link, colour: 'red' })).toEqual([['colour', 'unknownField']]);
  });

  it('checks choice values and dates', () => {
    expect(rulesOf({ ...link, resource_official_statistics: 'maybe', resource_last_updated_date: '2568-01-01' })).toEqual([
      ['resource_last_updated_date', 'isoDate'],
      ['resource_official_statistics', expect.any(String)],
    ]);
  });

  it('rejects a URL that is not one', () => {
    expect(rulesOf({ ...link, url: 'not a url' })).toEqual([['url', expect.any(String)]]);
  });
});
