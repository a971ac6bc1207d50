import type { DatasetMetadata } from '@bma-kpi/contracts-catalog';

export { loadThaiGdcPresets, loadThaiGdcSchema, type SchemaField, type SchemaLabel, type SchemaPreset, type ThaiGdcSchema } from '@bma-kpi/testing';

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
