import type { QuestionnaireContent } from './questionnaire.types';

// EDITABLE EXAMPLE, not BMA's official questionnaire: which questions, scales and weights BMA uses
// for data governance readiness is not published. This file groups example questions under the
// agency data governance components that the Digital Government Act B.E. 2562 s.8 framework names
// (roles and responsibilities; plan–do–check–improve; quality control; measurement; data
// classification; metadata and catalog) and the documents BMA agencies submit. An administrator
// replaces it at run time by posting a new questionnaire version; POST .../questionnaires/defaults
// publishes this file as the next version. Equal weights are a neutral starting point.

const maturity = [
  { value: 'none', labelTh: 'ยังไม่ดำเนินการ', labelEn: 'Not started', points: 0 },
  { value: 'planned', labelTh: 'อยู่ระหว่างวางแผน', labelEn: 'Planned', points: 1 },
  { value: 'partial', labelTh: 'ดำเนินการบางส่วน', labelEn: 'Partly in place', points: 2 },
  { value: 'full', labelTh: 'ดำเนินการครบถ้วน', labelEn: 'Fully in place', points: 3 },
  { value: 'reviewed', labelTh: 'ดำเนินการครบและทบทวนปรับปรุงสม่ำเสมอ', labelEn: 'In place and reviewed regularly', points: 4 },
];

const yesNo = [
  { value: 'no', labelTh: 'ไม่มี', labelEn: 'No', points: 0 },
  { value: 'yes', labelTh: 'มี', labelEn: 'Yes', points: 1 },
];

/** Example readiness questionnaire that ships with the catalog service; see the note at the top of the file. */
export const DEFAULT_READINESS_QUESTIONNAIRE: QuestionnaireContent = {
  titleTh: 'แบบประเมินความพร้อมธรรมาภิบาลข้อมูล (ตัวอย่างที่แก้ไขได้)',
  titleEn: 'Data governance readiness assessment (editable example)',
  components: [
    {
      code: 'roles',
      nameTh: 'บทบาทและหน้าที่ความรับผิดชอบ',
      nameEn: 'Roles and responsibilities',
      weight: 1,
      questions: [
        {
          code: 'roles.working-group',
          textTh: 'หน่วยงานมีคำสั่งแต่งตั้งคณะทำงานกำกับดูแลข้อมูลระดับหน่วยงาน',
          textEn: 'The agency has an appointment order for its data governance working group',
          weight: 2,
          evidence: 'document',
          options: yesNo,
        },
        {
          code: 'roles.data-stewards',
          textTh: 'หน่วยงานกำหนดบริกรข้อมูล (data steward) ของชุดข้อมูลหลัก',
          textEn: 'The agency names data stewards for its key datasets',
          weight: 1,
          evidence: 'document',
          options: maturity,
        },
      ],
    },
    {
      code: 'process',
      nameTh: 'กระบวนการบริหารจัดการข้อมูล (วางแผน ปฏิบัติ ตรวจสอบ ปรับปรุง)',
      nameEn: 'Data management process (plan, do, check, improve)',
      weight: 1,
      questions: [
        {
          code: 'process.development-plan',
          textTh: 'หน่วยงานมีแผนพัฒนาฐานข้อมูลที่ได้รับอนุมัติ',
          textEn: 'The agency has an approved database development plan',
          weight: 2,
          evidence: 'document',
          options: yesNo,
        },
        {
          code: 'process.plan-review',
          textTh: 'หน่วยงานติดตามและทบทวนผลการดำเนินงานตามแผน',
          textEn: 'The agency monitors and reviews progress against the plan',
          weight: 1,
          evidence: 'document',
          options: maturity,
        },
      ],
    },
    {
      code: 'quality',
      nameTh: 'การควบคุมคุณภาพข้อมูล',
      nameEn: 'Data quality control',
      weight: 1,
      questions: [
        {
          code: 'quality.rules',
          textTh: 'หน่วยงานกำหนดเกณฑ์คุณภาพข้อมูล (ครบถ้วน ถูกต้อง เป็นปัจจุบัน) และตรวจสอบตามเกณฑ์',
          textEn: 'The agency sets data quality rules (complete, valid, current) and checks data against them',
          weight: 1,
          evidence: 'document',
          options: maturity,
        },
      ],
    },
    {
      code: 'measurement',
      nameTh: 'การวัดผลธรรมาภิบาลข้อมูล',
      nameEn: 'Measuring data governance',
      weight: 1,
      questions: [
        {
          code: 'measurement.assessments',
          textTh: 'หน่วยงานประเมินความพร้อม คุณภาพข้อมูล และความมั่นคงปลอดภัยของข้อมูลเป็นประจำ',
          textEn: 'The agency regularly assesses its readiness, data quality and data security',
          weight: 1,
          evidence: 'none',
          options: maturity,
        },
      ],
    },
    {
      code: 'classification',
      nameTh: 'การจัดชั้นข้อมูล',
      nameEn: 'Data classification',
      weight: 1,
      questions: [
        {
          code: 'classification.levels',
          textTh: 'ชุดข้อมูลของหน่วยงานได้รับการจัดหมวดหมู่และชั้นความลับ',
          textEn: 'The agency’s datasets have a data category and a classification level',
          weight: 1,
          evidence: 'none',
          options: maturity,
        },
      ],
    },
    {
      code: 'catalog',
      nameTh: 'คำอธิบายชุดข้อมูลและบัญชีข้อมูล',
      nameEn: 'Metadata and data catalog',
      weight: 1,
      questions: [
        {
          code: 'catalog.published',
          textTh: 'หน่วยงานเผยแพร่บัญชีรายการข้อมูลและคำอธิบายชุดข้อมูลที่เป็นปัจจุบัน',
          textEn: 'The agency publishes a current data catalog with metadata',
          weight: 2,
          evidence: 'link',
          options: maturity,
        },
        {
          code: 'catalog.dictionary',
          textTh: 'ชุดข้อมูลหลักมีพจนานุกรมข้อมูล',
          textEn: 'The key datasets have a data dictionary',
          weight: 1,
          evidence: 'none',
          options: maturity,
        },
        {
          code: 'catalog.use',
          textTh: 'มีหลักฐานการนำฐานข้อมูลที่พัฒนาหรือปรับปรุงไปใช้ประโยชน์',
          textEn: 'There is evidence that the new or improved database is used',
          weight: 1,
          evidence: 'document',
          options: yesNo,
        },
      ],
    },
  ],
};
