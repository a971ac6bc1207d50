import type { AgencyKind } from '../../generated/prisma/client';

/** An agency that every indicators database contains, with the names it is matched by. */
export interface AgencySeed {
  /** Stable key of the row; its UUID is derived from it, so never change a key once released. */
  key: string;
  kind: AgencyKind;
  /** BMA agency code where one is known. BMA codes are not Ministry of Interior geocodes. */
  code: string | null;
  nameTh: string;
  nameEn: string;
  /** Ministry of Interior geocode, district offices only. */
  geocode: string | null;
  parentKey: string | null;
  /** Other spellings, besides nameTh, that imported records use for this agency. */
  aliases: string[];
}

export const bmaKey = 'bma';
export const permanentSecretaryKey = 'department-permanent-secretary';

const administration: AgencySeed = {
  key: bmaKey,
  kind: 'administration',
  code: null,
  nameTh: 'กรุงเทพมหานคร',
  nameEn: 'Bangkok Metropolitan Administration',
  geocode: null,
  parentKey: null,
  aliases: [],
};

// The 16 departments (สำนัก) under their encyclopedic spelling. Aliases are other spellings that
// BMA's own pages and KPI records use.
const departmentRows: [key: string, nameTh: string, nameEn: string, aliases: string[]][] = [
  [permanentSecretaryKey, 'สำนักปลัดกรุงเทพมหานคร', 'Office of the Permanent Secretary for the BMA', []],
  ['department-strategy', 'สำนักยุทธศาสตร์และการประเมินผล', 'Strategy and Evaluation Department', ['สำนักยุทธศาสตร์และประเมินผล']],
  ['department-environment', 'สำนักสิ่งแวดล้อม', 'Environment Department', []],
  ['department-city-law-enforcement', 'สำนักเทศกิจ', 'City Law Enforcement Department', []],
  ['department-medical-service', 'สำนักการแพทย์', 'Medical Service Department', []],
  ['department-public-works', 'สำนักการโยธา', 'Public Works Department', []],
  ['department-culture-sports-tourism', 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว', 'Culture, Sports and Tourism Department', []],
  ['department-social-development', 'สำนักพัฒนาสังคม', 'Social Development Department', []],
  ['department-health', 'สำนักอนามัย', 'Health Department', []],
  ['department-drainage-sewerage', 'สำนักระบายน้ำ', 'Drainage and Sewerage Department', []],
  ['department-finance', 'สำนักการคลัง', 'Finance Department', []],
  ['department-traffic-transportation', 'สำนักจราจร และขนส่ง', 'Traffic and Transportation Department', []],
  ['department-education', 'สำนักงานการศึกษา', 'Education Department', []],
  ['department-fire-rescue', 'สำนักป้องกันและบรรเทาสาธารณภัย', 'Fire and Rescue Department', []],
  ['department-budget', 'สำนักงบประมาณ', 'Budget Department', []],
  ['department-city-planning', 'สำนักผังเมือง', 'City Planning Department', ['สำนักการวางผังและพัฒนาเมือง']],
];

// Offices under สำนักปลัดกรุงเทพมหานคร that report KPIs on their own; codes as printed in KPI records.
const officeRows: [code: string, nameTh: string, nameEn: string, aliases: string[]][] = [
  ['0401', 'สำนักงานเลขานุการปลัดกรุงเทพมหานคร', 'Office of the Secretary to the Permanent Secretary', ['สำนักงานเลขานุการปลัดฯ']],
  ['0402', 'สำนักงานการเจ้าหน้าที่', 'Personnel Office', []],
  ['0406', 'สำนักงานปกครองและทะเบียน', 'Administration and Registration Office', ['สปท.']],
  ['0411', 'สำนักงานประชาสัมพันธ์', 'Public Relations Office', []],
];

// The 50 districts with their Ministry of Interior geocodes and romanised names, without the
// `เขต`/`Khet` prefix. BMA codes are set only where KPI records print them. BMA's code list is
// unknown and does not follow the geocodes (ดินแดง is geocode 1026 but BMA code 5037), so the
// others stay null.
const districtRows: [geocode: string, bmaCode: string | null, nameTh: string, nameEn: string][] = [
  ['1001', null, 'พระนคร', 'Phra Nakhon'],
  ['1002', null, 'ดุสิต', 'Dusit'],
  ['1003', null, 'หนองจอก', 'Nong Chok'],
  ['1004', null, 'บางรัก', 'Bang Rak'],
  ['1005', null, 'บางเขน', 'Bang Khen'],
  ['1006', null, 'บางกะปิ', 'Bang Kapi'],
  ['1007', null, 'ปทุมวัน', 'Pathum Wan'],
  ['1008', null, 'ป้อมปราบศัตรูพ่าย', 'Pom Prap Sattru Phai'],
  ['1009', null, 'พระโขนง', 'Phra Khanong'],
  ['1010', null, 'มีนบุรี', 'Min Buri'],
  ['1011', null, 'ลาดกระบัง', 'Lat Krabang'],
  ['1012', null, 'ยานนาวา', 'Yan Nawa'],
  ['1013', null, 'สัมพันธวงศ์', 'Samphanthawong'],
  ['1014', null, 'พญาไท', 'Phaya Thai'],
  ['1015', null, 'ธนบุรี', 'Thon Buri'],
  ['1016', null, 'บางกอกใหญ่', 'Bangkok Yai'],
  ['1017', null, 'ห้วยขวาง', 'Huai Khwang'],
  ['1018', null, 'คลองสาน', 'Khlong San'],
  ['1019', null, 'ตลิ่งชัน', 'Taling Chan'],
  ['1020', null, 'บางกอกน้อย', 'Bangkok Noi'],
  ['1021', null, 'บางขุนเทียน', 'Bang Khun Thian'],
  ['1022', '5021', 'ภาษีเจริญ', 'Phasi Charoen'],
  ['1023', null, 'หนองแขม', 'Nong Khaem'],
  ['1024', null, 'ราษฎร์บูรณะ', 'Rat Burana'],
  ['1025', null, 'บางพลัด', 'Bang Phlat'],
  ['1026', '5037', 'ดินแดง', 'Din Daeng'],
  ['1027', null, 'บึงกุ่ม', 'Bueng Kum'],
  ['1028', null, 'สาทร', 'Sathon'],
  ['1029', null, 'บางซื่อ', 'Bang Sue'],
  ['1030', null, 'จตุจักร', 'Chatuchak'],
  ['1031', null, 'บางคอแหลม', 'Bang Kho Laem'],
  ['1032', null, 'ประเวศ', 'Prawet'],
  ['1033', null, 'คลองเตย', 'Khlong Toei'],
  ['1034', null, 'สวนหลวง', 'Suan Luang'],
  ['1035', null, 'จอมทอง', 'Chom Thong'],
  ['1036', null, 'ดอนเมือง', 'Don Mueang'],
  ['1037', null, 'ราชเทวี', 'Ratchathewi'],
  ['1038', null, 'ลาดพร้าว', 'Lat Phrao'],
  ['1039', null, 'วัฒนา', 'Watthana'],
  ['1040', null, 'บางแค', 'Bang Khae'],
  ['1041', null, 'หลักสี่', 'Lak Si'],
  ['1042', null, 'สายไหม', 'Sai Mai'],
  ['1043', null, 'คันนายาว', 'Khan Na Yao'],
  ['1044', null, 'สะพานสูง', 'Saphan Sung'],
  ['1045', null, 'วังทองหลาง', 'Wang Thonglang'],
  ['1046', null, 'คลองสามวา', 'Khlong Sam Wa'],
  ['1047', '5047', 'บางนา', 'Bang Na'],
  ['1048', null, 'ทวีวัฒนา', 'Thawi Watthana'],
  ['1049', null, 'ทุ่งครุ', 'Thung Khru'],
  ['1050', null, 'บางบอน', 'Bang Bon'],
];

/** Every seeded agency, parents before children. */
export const agencySeeds: AgencySeed[] = [
  administration,
  ...departmentRows.map(([key, nameTh, nameEn, aliases]): AgencySeed => ({
    key,
    kind: 'department',
    code: null,
    nameTh,
    nameEn,
    geocode: null,
    parentKey: bmaKey,
    aliases,
  })),
  ...officeRows.map(([code, nameTh, nameEn, aliases]): AgencySeed => ({
    key: `office-${code}`,
    kind: 'office',
    code,
    nameTh,
    nameEn,
    geocode: null,
    parentKey: permanentSecretaryKey,
    aliases,
  })),
  ...districtRows.map(([geocode, bmaCode, name, nameEn]): AgencySeed => ({
    key: `district-${geocode}`,
    kind: 'districtOffice',
    code: bmaCode,
    nameTh: `สำนักงานเขต${name}`,
    nameEn: `${nameEn} District Office`,
    geocode,
    parentKey: bmaKey,
    aliases: [`เขต${name}`, name],
  })),
];
