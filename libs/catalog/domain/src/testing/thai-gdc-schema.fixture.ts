// Loads the reference thai_gdc CKAN schema for conformance tests only; library code never reads it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { DatasetMetadata } from '@bma-kpi/contracts-catalog';

/** A label in the schema: English only, or English and Thai. */
export type SchemaLabel = string | { en: string; th: string };

export interface SchemaField {
  field_name: string;
  label?: SchemaLabel;
  required?: boolean;
  preset?: string;
  validators?: string;
  form_data_type?: string[];
  choices?: { value: string }[];
}

export interface ThaiGdcSchema {
  dataset_fields: SchemaField[];
  resource_fields: SchemaField[];
}

export interface SchemaPreset {
  preset_name: string;
  values: { validators?: string };
}

const workspaceRoot = path.resolve(__dirname, '../../../../..');
const referenceDir = path.resolve(workspaceRoot, '../shared/reference');

export function loadThaiGdcSchema(): ThaiGdcSchema {
  return JSON.parse(readFileSync(path.join(referenceDir, 'thai-gdc-ckan-dataset-schema.json'), 'utf8')) as ThaiGdcSchema;
}

export function loadThaiGdcPresets(): SchemaPreset[] {
  const file = JSON.parse(readFileSync(path.join(referenceDir, 'thai-gdc-ckan-presets.json'), 'utf8')) as { presets: SchemaPreset[] };

  return file.presets;
}

/** Returns a statistical dataset that fills every mandatory field. */
export function statisticalDataset(): DatasetMetadata {
  return {
    data_type: 'ข้อมูลสถิติ',
    title: 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุข',
    titleEn: 'Public Health Centre Visits',
    owner_org: 'health-department',
    maintainer: 'กลุ่มงานสถิติ สำนักอนามัย',
    maintainer_email: 'stat@bangkok.go.th',
    tag_string: 'สาธารณสุข,สถิติ',
    notes: 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุขรายเดือน',
    objective: ['พันธกิจหน่วยงาน', 'เพื่อการให้บริการประชาชน'],
    update_frequency_unit: 'เดือน',
    update_frequency_interval: '1',
    geo_coverage: 'จังหวัด',
    data_source: 'สำนักอนามัย กรุงเทพมหานคร',
    data_format: ['CSV', 'XLS'],
    data_category: 'ข้อมูลสาธารณะ',
    data_classification: 'เปิดเผย',
    license_id: 'Open Data Common',
    accessible_condition: 'ใช้ได้โดยอ้างอิงแหล่งที่มา',
    first_year_of_data: '2565',
    last_year_of_data: '2568',
    last_updated_date: '2025-03-01',
    official_statistics: 'False',
  };
}
