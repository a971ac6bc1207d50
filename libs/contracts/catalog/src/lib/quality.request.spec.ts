import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { DictionaryFieldRequest } from './dictionary-field.request';
import { AgencyQualityRequest, QualityFindingsRequest, StartQualityAssessmentRequest } from './quality.request';

const uuid = '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11';
const field = { name: 'visits', labelTh: 'จำนวน', type: 'int', required: false, primaryKey: false, allowedValues: [], personalData: false };

function failedProperties(type: new () => object, plain: object): string[] {
  return validateSync(plainToInstance(type, plain)).map((error) => error.property);
}

describe('DictionaryFieldRequest range', () => {
  it.each([
    [{ ...field, minValue: '0', maxValue: '100000' }],
    [{ ...field, type: 'numeric', minValue: '-1.5' }],
    [{ ...field, type: 'date', minValue: '2020-01-01', maxValue: '2024-12-31' }],
    [{ ...field, type: 'timestamp', maxValue: '2024-12-31' }],
    [{ ...field, minValue: '5', maxValue: '5' }],
  ])('accepts %j', (plain) => {
    expect(failedProperties(DictionaryFieldRequest, plain)).toEqual([]);
  });

  it.each([
    ['minValue', { ...field, minValue: 'ศูนย์' }],
    ['minValue', { ...field, minValue: 0 }],
    ['minValue', { ...field, type: 'text', minValue: '1' }],
    ['minValue', { ...field, type: 'date', minValue: '31/01/2567' }],
    ['maxValue', { ...field, minValue: '10', maxValue: '9' }],
    ['maxValue', { ...field, type: 'date', minValue: '2024-02-01', maxValue: '2024-01-31' }],
  ])('rejects a bad %s', (property, plain) => {
    expect(failedProperties(DictionaryFieldRequest, plain)).toEqual([property]);
  });
});

describe('quality requests', () => {
  it.each([
    [StartQualityAssessmentRequest, { idOrSlug: 'population', resourceId: uuid }],
    [QualityFindingsRequest, { idOrSlug: 'population', assessmentId: uuid, rule: 'duplicateKey', row: '3', page: '2' }],
    [AgencyQualityRequest, { fiscalYear: '2568' }],
  ])('accepts %p', (type, plain) => {
    expect(failedProperties(type, plain)).toEqual([]);
  });

  it.each([
    ['resourceId', StartQualityAssessmentRequest, { idOrSlug: 'population', resourceId: 'file.csv' }],
    ['rule', QualityFindingsRequest, { idOrSlug: 'population', assessmentId: uuid, rule: 'typo' }],
    ['row', QualityFindingsRequest, { idOrSlug: 'population', assessmentId: uuid, row: '0' }],
    ['pageSize', QualityFindingsRequest, { idOrSlug: 'population', assessmentId: uuid, pageSize: '201' }],
    ['fiscalYear', AgencyQualityRequest, { fiscalYear: '2024' }],
  ])('rejects a bad %s', (property, type, plain) => {
    expect(failedProperties(type, plain)).toEqual([property]);
  });
});
