import type { QuestionnaireContent } from './questionnaire.types';

// EDITABLE EXAMPLE of the data security checklist per dataset. Which items BMA checks for each
// classification level is not published, so the items below are a starting point that an
// administrator replaces by posting a new questionnaire version of kind `security`. `appliesTo`
// ties an item to classification levels and data categories; an item without it applies to every
// dataset. The personal-data item is checked by the service from the data dictionary.

const checklist = [
  { value: 'notMet', labelTh: 'ไม่ผ่าน', labelEn: 'Not met', points: 0 },
  { value: 'partial', labelTh: 'ผ่านบางส่วน', labelEn: 'Partly met', points: 1 },
  { value: 'met', labelTh: 'ผ่าน', labelEn: 'Met', points: 2 },
];

const automatic = [
  { value: 'notMet', labelTh: 'ไม่ผ่าน', labelEn: 'Not met', points: 0 },
  { value: 'met', labelTh: 'ผ่าน', labelEn: 'Met', points: 2 },
];

/** Example security checklist that ships with the catalog service; see the note at the top of the file. */
export const DEFAULT_SECURITY_CHECKLIST: QuestionnaireContent = {
  titleTh: 'รายการตรวจความมั่นคงปลอดภัยของชุดข้อมูล (ตัวอย่างที่แก้ไขได้)',
  titleEn: 'Dataset security checklist (editable example)',
  components: [
    {
      code: 'access',
      nameTh: 'การควบคุมการเข้าถึง',
      nameEn: 'Access control',
      weight: 1,
      questions: [
        {
          code: 'access.write',
          textTh: 'จำกัดสิทธิ์การแก้ไขข้อมูลเฉพาะผู้รับผิดชอบ',
          textEn: 'Only the responsible staff can change the data',
          weight: 1,
          evidence: 'none',
          options: checklist,
        },
        {
          code: 'access.read',
          textTh: 'จำกัดสิทธิ์การเข้าถึงข้อมูลตามชั้นความลับ และบันทึกการเข้าถึง',
          textEn: 'Read access is limited by classification level and logged',
          weight: 2,
          evidence: 'document',
          options: checklist,
          appliesTo: { exceptClassifications: ['เปิดเผย'] },
        },
      ],
    },
    {
      code: 'personal-data',
      nameTh: 'ข้อมูลส่วนบุคคล',
      nameEn: 'Personal data',
      weight: 1,
      questions: [
        {
          code: 'personal-data.legal-basis',
          textTh: 'ทุกฟิลด์ที่เป็นข้อมูลส่วนบุคคลในพจนานุกรมข้อมูลระบุฐานทางกฎหมายตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562',
          textEn: 'Every personal-data field of the data dictionary names a legal basis under the Personal Data Protection Act B.E. 2562',
          weight: 1,
          evidence: 'none',
          options: automatic,
          autoCheck: 'personalDataLegalBasis',
        },
        {
          code: 'personal-data.notice',
          textTh: 'มีประกาศความเป็นส่วนตัวแจ้งเจ้าของข้อมูล',
          textEn: 'A privacy notice informs the data subjects',
          weight: 1,
          evidence: 'link',
          options: checklist,
          appliesTo: { categories: ['ข้อมูลส่วนบุคคล'] },
        },
      ],
    },
    {
      code: 'retention',
      nameTh: 'ระยะเวลาการเก็บรักษา',
      nameEn: 'Retention',
      weight: 1,
      questions: [
        {
          code: 'retention.period',
          textTh: 'กำหนดระยะเวลาการเก็บรักษาและวิธีทำลายข้อมูลเมื่อครบกำหนด',
          textEn: 'A retention period and a disposal method are set',
          weight: 1,
          evidence: 'document',
          options: checklist,
        },
      ],
    },
    {
      code: 'sharing',
      nameTh: 'การแลกเปลี่ยนข้อมูล',
      nameEn: 'Data sharing',
      weight: 1,
      questions: [
        {
          code: 'sharing.agreement',
          textTh: 'มีข้อตกลงการแลกเปลี่ยนข้อมูลกับทุกหน่วยงานที่ได้รับข้อมูล',
          textEn: 'A data sharing agreement exists with every recipient',
          weight: 1,
          evidence: 'document',
          options: checklist,
          appliesTo: { exceptClassifications: ['เปิดเผย'] },
        },
      ],
    },
  ],
};
