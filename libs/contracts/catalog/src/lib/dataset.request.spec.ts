import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { CreateDatasetRequest } from './dataset.request';
import { DictionaryFieldRequest } from './dictionary-field.request';

const validDataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข',
  owner_org: 'health-department',
  maintainer: 'กลุ่มงานสถิติ',
  maintainer_email: 'stat@bangkok.go.th',
  tag_string: 'สาธารณสุข,สถิติ',
  notes: 'จำนวนผู้ใช้บริการรายเดือน',
  objective: ['พันธกิจหน่วยงาน'],
  update_frequency_unit: 'เดือน',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักอนามัย',
  data_format: ['CSV'],
  data_category: 'ข้อมูลสาธารณะ',
  license_id: 'Open Data Common',
  first_year_of_data: '2566',
};

function failedProperties(type: new () => object, plain: object): string[] {
  return validateSync(plainToInstance(type, plain)).map((error) => error.property);
}

describe('CreateDatasetRequest', () => {
  it('accepts a complete dataset', () => {
    expect(failedProperties(CreateDatasetRequest, validDataset)).toEqual([]);
  });

  it.each([
    ['data_type', 'สถิติ'],
    ['data_category', 'public'],
    ['maintainer_email', 'not-an-email'],
    ['objective', []],
    ['objective', ['ไม่มีในรายการ']],
    ['data_format', ['CSV', 'CSV']],
    ['first_year_of_data', '2023'],
    ['last_updated_date', '13/12/2566'],
    ['name', 'ชื่อไทย'],
    ['title', '   '],
  ])('rejects %s = %j', (property, value) => {
    expect(failedProperties(CreateDatasetRequest, { ...validDataset, [property]: value })).toEqual([property]);
  });
});

describe('DictionaryFieldRequest', () => {
  const validField = {
    name: 'patient_count',
    labelTh: 'จำนวนผู้ป่วย',
    type: 'int',
    required: true,
    primaryKey: false,
    allowedValues: [],
    personalData: false,
  };

  it('accepts a complete field', () => {
    expect(failedProperties(DictionaryFieldRequest, validField)).toEqual([]);
  });

  it.each([
    ['name', 'Patient Count'],
    ['type', 'integer'],
    ['precision', -1],
    ['required', 'yes'],
  ])('rejects %s = %j', (property, value) => {
    expect(failedProperties(DictionaryFieldRequest, { ...validField, [property]: value })).toEqual([property]);
  });
});
