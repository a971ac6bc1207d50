// Fixture of the data quality end-to-end tests, shared by the embedded and distributed runs.

/** A dataset of the health department whose update frequency keeps its timeliness score at 100. */
export const dataset = {
  data_type: 'ข้อมูลสถิติ',
  title: 'จำนวนผู้ใช้บริการศูนย์บริการสาธารณสุขรายเขต',
  owner_org: 'health-department',
  maintainer: 'กลุ่มงานสถิติ',
  maintainer_email: 'stat@bangkok.go.th',
  tag_string: 'สาธารณสุข,สถิติ',
  notes: 'จำนวนผู้ใช้บริการรายเขต',
  objective: ['พันธกิจหน่วยงาน'],
  // A dataset that is never updated is always current, so the timeliness score does not depend on today.
  update_frequency_unit: 'ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล',
  geo_coverage: 'จังหวัด',
  data_source: 'สำนักอนามัย',
  data_format: ['CSV'],
  data_category: 'ข้อมูลสาธารณะ',
  data_classification: 'เปิดเผย',
  license_id: 'Open Data Common',
};

const field = { required: false, primaryKey: false, allowedValues: [], personalData: false };

/** Its data dictionary: a key, a required name, a ranged count, a date and a list of allowed values. */
export const dictionary = {
  fields: [
    { ...field, name: 'district_code', labelTh: 'รหัสเขต', type: 'text', required: true, primaryKey: true },
    { ...field, name: 'district_name', labelTh: 'ชื่อเขต', type: 'text', required: true },
    { ...field, name: 'visits', labelTh: 'จำนวนผู้ใช้บริการ', type: 'int', minValue: '0', maxValue: '100000' },
    { ...field, name: 'report_date', labelTh: 'วันที่รายงาน', type: 'date' },
    { ...field, name: 'zone', labelTh: 'กลุ่มเขต', type: 'text', allowedValues: ['กรุงเทพกลาง', 'กรุงเทพใต้'] },
  ],
};

// UTF-8 Thai that was read as Latin-1 and saved again as UTF-8.
const garbled = Buffer.from('พระ', 'utf8').toString('latin1');

/** A CSV with a BOM, a blank required cell, a duplicate key, broken ำ, out-of-range, invalid and disallowed values, mojibake and Thai digits. */
export const flawedCsv = Buffer.from(
  [
    '\uFEFFรหัสเขต,ชื่อเขต,จำนวนผู้ใช้บริการ,วันที่รายงาน,กลุ่มเขต',
    '1001,พระนคร,532,2024-01-31,กรุงเทพกลาง',
    '1002,,418,2024-01-31,กรุงเทพกลาง',
    '',
    '1001,ดุสิต,12,2024-01-31,กรุงเทพกลาง',
    '1003,สานักงานเขต,-5,2024-02-30,กรุงธนเหนือ',
    `1004,${garbled},๔๐,2024-01-31,กรุงเทพใต้`,
    '',
  ].join('\r\n'),
  'utf8',
);

/** The findings of flawedCsv in file order: row, column, rule and value. */
export const expectedFindings = [
  [null, null, 'byteOrderMark', null],
  [3, 'ชื่อเขต', 'requiredBlank', null],
  [5, 'รหัสเขต', 'duplicateKey', '1001'],
  [6, 'ชื่อเขต', 'brokenSaraAm', 'สานักงานเขต'],
  [6, 'จำนวนผู้ใช้บริการ', 'belowMinimum', '-5'],
  [6, 'วันที่รายงาน', 'invalidDate', '2024-02-30'],
  [6, 'กลุ่มเขต', 'notAllowed', 'กรุงธนเหนือ'],
  [7, 'ชื่อเขต', 'mojibake', garbled],
  [7, 'จำนวนผู้ใช้บริการ', 'thaiDigits', '๔๐'],
];

export interface FindingBody {
  row: number | null;
  column: string | null;
  rule: string;
  value: string | null;
  messageTh: string;
  messageEn: string;
}

/** Builds a multipart form with the CSV in field `file`, where the upload route reads it. */
export function csvForm(bytes: Buffer, fileName: string): FormData {
  const form = new FormData();

  form.append('file', new Blob([bytes], { type: 'text/csv' }), fileName);

  return form;
}
