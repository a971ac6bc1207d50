import type { PlanLevel } from '../../generated/prisma/client';

/** A plan edition with its nodes, parents before children. */
export interface PlanEditionSeed {
  code: string;
  nameTh: string;
  nameEn: string;
  startYear: number;
  endYear: number;
  nodes: PlanNodeSeed[];
}

/** A node of a seeded plan edition; its parent is the node whose code is this code minus the last segment. */
export interface PlanNodeSeed {
  level: PlanLevel;
  code: string;
  nameTh: string;
  nameEn: string | null;
}

export const phase2EditionCode = 'bma-dev-plan-2561-2565';

// The 7 dimensions (ด้าน) of phase 2. Dimension 5's English name is the one KPI records print;
// the others are translations that records may word differently.
const dimensions: [code: string, nameTh: string, nameEn: string][] = [
  ['1', 'มหานครปลอดภัย', 'Safe City'],
  ['2', 'มหานครสีเขียว สะดวกสบาย', 'Green, Convenient City'],
  ['3', 'มหานครสำหรับทุกคน', 'City for All'],
  ['4', 'มหานครกระชับ', 'Compact City'],
  ['5', 'มหานครประชาธิปไตย', 'Bangkok as a Democratic City'],
  ['6', 'มหานครแห่งเศรษฐกิจและการเรียนรู้', 'City of Economy and Learning'],
  ['7', 'การบริหารจัดการเมืองมหานคร', 'Metropolitan Management'],
];

// Sub-dimensions (มิติ) of phase 2 from BMA's plan budget table for fiscal years 2561–2565, which
// names them without codes. Codes follow the table's order within each dimension, which matches
// the codes KPI records print for dimension 5 (5.2 เมืองธรรมาภิบาล, 5.4 การเมืองสีขาว). Line breaks
// inside names were removed. The table also spells 5.3 as กระจายอำนาจสู่ประชาชน and 6.2 as
// เมืองแห่งโอกาสทางเศรษฐกิจและการลงทุน in 2564. English names are our translations.
// NOTE: apart from dimension 5, the codes are inferred from that order, not printed in a source.
const subDimensions: [code: string, nameTh: string, nameEn: string][] = [
  ['1.1', 'ปลอดมลพิษ', 'Free from Pollution'],
  ['1.2', 'ปลอดอาชญากรรมและยาเสพติด', 'Free from Crime and Drugs'],
  ['1.3', 'ปลอดอุบัติเหตุ', 'Free from Accidents'],
  ['1.4', 'ปลอดภัยพิบัติ', 'Free from Disasters'],
  ['1.5', 'ปลอดอุบัติภัยจากสิ่งก่อสร้าง', 'Free from Construction Hazards'],
  ['1.6', 'ปลอดโรคคนเมือง อาหารปลอดภัย', 'Free from Urban Diseases, Safe Food'],
  ['2.1', 'ภูมิทัศน์สวยงาม', 'Beautiful Landscape'],
  ['2.2', 'พื้นที่สีเขียวกระจายทั่วพื้นที่', 'Green Space Throughout the City'],
  ['2.3', 'ระบบขนส่งมวลชนทั่วถึง สะดวก', 'Accessible, Convenient Mass Transit'],
  ['2.4', 'การใช้พลังงานที่มีประสิทธิภาพและพลังงานทางเลือก', 'Efficient Energy Use and Alternative Energy'],
  ['3.1', 'การจัดสิ่งอำนวยความสะดวก ให้กับผู้สูงอายุ คนพิการ', 'Facilities for Older People and People with Disabilities'],
  ['3.2', 'เมืองแห่งโอกาสทางเศรษฐกิจ', 'City of Economic Opportunity'],
  ['3.3', 'การศึกษาสำหรับทุกคน', 'Education for All'],
  ['3.4', 'สังคมพหุวัฒนธรรม', 'Multicultural Society'],
  ['4.1', 'กรุงเทพมหานครเติบโตอย่างเป็นระเบียบตามผังเมืองรวม', 'Orderly Growth Following the Comprehensive Plan'],
  ['4.2', 'กรุงเทพมหานครปรับตัวรองรับการเปลี่ยนแปลง', 'Bangkok Adapting to Change'],
  ['5.1', 'มหานครกรุงเทพแบบบูรณาการ', 'Integrated Bangkok Metropolis'],
  ['5.2', 'เมืองธรรมาภิบาล', 'City of Good Governance'],
  ['5.3', 'การกระจายอำนาจและการมีส่วนร่วมของประชาชน', 'Decentralisation and Public Participation'],
  ['5.4', 'การเมืองสีขาว', 'Clean Politics'],
  ['5.5', 'พลเมืองกรุงเทพฯ ขับเคลื่อนวิสัยทัศน์', 'Bangkok Citizens Driving the Vision'],
  ['6.1', 'ศูนย์กลางด้านการเกษตร อุตสาหกรรม และบริการสีเขียว', 'Hub of Green Agriculture, Industry and Services'],
  ['6.2', 'เมืองแห่งโอกาสทางธุรกิจและการลงทุน', 'City of Business and Investment Opportunity'],
  ['6.3', 'เมืองแห่งนักท่องเที่ยวระดับโลก', 'World-Class Tourist City'],
  ['6.4', 'เมืองแห่งการจัดการประชุม และการจัดงานนานาชาติ', 'City of Conventions and International Events'],
  ['7.1', 'กฎหมาย', 'Law'],
  ['7.2', 'การบริหารแผนและประเมินผล', 'Plan Management and Evaluation'],
  ['7.3', 'การบริหารทรัพยากรบุคคล', 'Human Resource Management'],
  ['7.4', 'การคลังและงบประมาณ', 'Finance and Budget'],
  ['7.5', 'เทคโนโลยีสารสนเทศ', 'Information Technology'],
];

/** Every seeded plan edition. */
export const planEditionSeeds: PlanEditionSeed[] = [
  {
    code: phase2EditionCode,
    nameTh: 'แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (พ.ศ. 2561–2565)',
    nameEn: 'Bangkok Metropolitan Development Plan, 20-year plan, phase 2 (2018–2022)',
    startYear: 2561,
    endYear: 2565,
    nodes: [
      ...dimensions.map(([code, nameTh, nameEn]): PlanNodeSeed => ({ level: 'dimension', code, nameTh, nameEn })),
      ...subDimensions.map(([code, nameTh, nameEn]): PlanNodeSeed => ({ level: 'subDimension', code, nameTh, nameEn })),
    ],
  },
];
