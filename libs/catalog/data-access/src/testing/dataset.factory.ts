import type { CreateDatasetInput } from '../lib/repositories/dataset.types';

/** Returns a valid statistical dataset of agency 0411 with the given columns replaced. */
export function buildDatasetInput(overrides: Partial<CreateDatasetInput> = {}): CreateDatasetInput {
  return {
    slug: 'population-by-district',
    agencyCode: '0411',
    titleTh: 'จำนวนประชากรรายเขต',
    titleEn: 'Population by district',
    datasetType: 'ข้อมูลสถิติ',
    dataCategory: 'ข้อมูลสาธารณะ',
    classification: 'เปิดเผย',
    metadata: {
      notes: 'สถิติประชากรจากทะเบียนราษฎร',
      tag_string: 'ประชากร,สถิติ',
      update_frequency_unit: 'ปี',
      update_frequency_interval: 1,
    },
    lastUpdatedDate: '2024-09-30',
    updateFrequencyUnit: 'ปี',
    updateFrequencyInterval: 1,
    ...overrides,
  };
}
