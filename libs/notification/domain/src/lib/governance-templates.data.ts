import type { NotificationKind } from './notification-kinds';
import type { NotificationTemplate } from './templates.data';

/** Kinds triggered by the catalog service's District Catalog and data governance events. */
export type GovernanceNotificationKind = Extract<
  NotificationKind,
  `district${string}` | `governance${string}` | `dataQuality${string}`
>;

const paragraphs = (...parts: string[]): string => parts.join('\n\n');

const DISTRICT_REPORT = ['districtNameTh', 'itemCode', 'itemNameTh', 'fiscalYear', 'month', 'dueDate', 'link'] as const;
const ASSESSMENT = ['assessmentKind', 'agencyNameTh', 'fiscalYear', 'overallScore', 'componentScores', 'link'] as const;

const ITEM_TH = 'รายการข้อมูล {{itemCode}} {{itemNameTh}} ประจำเดือน{{month}} (ปีงบประมาณ พ.ศ. {{fiscalYear}})';
const ITEM_EN = 'data item {{itemCode}} "{{itemNameTh}}" for {{month}} (fiscal year {{fiscalYear}})';
const ASSESSMENT_TH = '{{assessmentKind}} ของ{{agencyNameTh}} ปีงบประมาณ พ.ศ. {{fiscalYear}}';
const ASSESSMENT_EN = 'The {{assessmentKind}} of {{agencyNameTh}} for fiscal year {{fiscalYear}}';
const SCORES_TH = 'คะแนนรวม {{overallScore}} คะแนนรายองค์ประกอบ: {{componentScores}}';
const SCORES_EN = 'Overall score: {{overallScore}}. Component scores: {{componentScores}}.';

/** Thai and English templates of the District Catalog and data governance kinds. */
export const GOVERNANCE_TEMPLATES: Readonly<Record<GovernanceNotificationKind, NotificationTemplate>> = {
  districtReportLate: {
    variables: [...DISTRICT_REPORT, 'submittedOn'],
    th: {
      subject: 'ส่งข้อมูลล่าช้า: {{districtNameTh}} รายการ {{itemCode}} ประจำเดือน{{month}}',
      text: paragraphs(
        'เรียน ผู้รับผิดชอบข้อมูล {{districtNameTh}}',
        `สำนักงานเขตส่ง${ITEM_TH} ในระบบ District Catalog เมื่อวันที่ {{submittedOn}} ` +
          'ซึ่งเลยกำหนดส่งวันที่ {{dueDate}} ขอให้ส่งข้อมูลเดือนถัดไปภายในกำหนด',
        'ดูสถานะการส่งข้อมูลได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'Late report: {{districtNameTh}}, item {{itemCode}} for {{month}}',
      text: paragraphs(
        'To the data officer of {{districtNameTh}},',
        `The District Catalog report of ${ITEM_EN} arrived on {{submittedOn}}, after its due ` +
          'date of {{dueDate}}. Please submit the coming months by their due dates.',
        'Reporting status: {{link}}',
      ),
    },
  },
  districtReportMissing: {
    variables: DISTRICT_REPORT,
    th: {
      subject: 'ไม่ส่งข้อมูล: {{districtNameTh}} รายการ {{itemCode}} ประจำเดือน{{month}}',
      text: paragraphs(
        'เรียน ผู้อำนวยการเขตและผู้รับผิดชอบข้อมูล {{districtNameTh}}',
        `สำนักงานเขตยังไม่ได้ส่ง${ITEM_TH} ในระบบ District Catalog ซึ่งครบกำหนดเมื่อวันที่ ` +
          '{{dueDate}} ขอให้ส่งข้อมูลโดยเร็ว เพราะรายการที่ไม่ส่งมีผลต่อคะแนนตัวชี้วัดด้านธรรมาภิบาลข้อมูล',
        'ส่งข้อมูลและดูสถานะได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'Missing report: {{districtNameTh}}, item {{itemCode}} for {{month}}',
      text: paragraphs(
        'To the district director and the data officer of {{districtNameTh}},',
        `The District Catalog report of ${ITEM_EN} was due on {{dueDate}} and has not been ` +
          'submitted. Please submit it as soon as possible: missing reports lower the data ' +
          'governance KPI score.',
        'Submit it and see the reporting status at {{link}}',
      ),
    },
  },
  governanceAssessmentSubmitted: {
    variables: [...ASSESSMENT, 'submissionCount'],
    th: {
      subject: 'รอการพิจารณา: {{assessmentKind}} ของ{{agencyNameTh}}',
      text: paragraphs(
        'เรียน ผู้ประเมิน',
        `${ASSESSMENT_TH} ส่งเพื่อรับการพิจารณาแล้ว (ส่งครั้งที่ {{submissionCount}})`,
        SCORES_TH,
        'พิจารณาได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'Awaiting review: {{assessmentKind}} of {{agencyNameTh}}',
      text: paragraphs(
        'To the evaluator,',
        `${ASSESSMENT_EN} has been submitted for review (submission {{submissionCount}}).`,
        SCORES_EN,
        'Review it at {{link}}',
      ),
    },
  },
  governanceAssessmentReviewed: {
    variables: [...ASSESSMENT, 'reviewDecision', 'reviewNote'],
    th: {
      subject: 'ผลการพิจารณา{{assessmentKind}} ปีงบประมาณ พ.ศ. {{fiscalYear}}: {{reviewDecision}}',
      text: paragraphs(
        'เรียน ผู้รับผิดชอบด้านธรรมาภิบาลข้อมูล {{agencyNameTh}}',
        `${ASSESSMENT_TH} {{reviewDecision}}\nความเห็นของผู้ประเมิน: {{reviewNote}}`,
        SCORES_TH,
        'ดูรายละเอียดได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'Review of the {{assessmentKind}} for fiscal year {{fiscalYear}}: {{reviewDecision}}',
      text: paragraphs(
        'To the data governance officer of {{agencyNameTh}},',
        `${ASSESSMENT_EN} has been {{reviewDecision}}.\nEvaluator's note: {{reviewNote}}`,
        SCORES_EN,
        'Details: {{link}}',
      ),
    },
  },
  governanceAssessmentReturned: {
    variables: [...ASSESSMENT, 'reviewNote', 'questionCodes'],
    th: {
      subject: 'ขอหลักฐานเพิ่มเติม: {{assessmentKind}} ปีงบประมาณ พ.ศ. {{fiscalYear}}',
      text: paragraphs(
        'เรียน ผู้รับผิดชอบด้านธรรมาภิบาลข้อมูล {{agencyNameTh}}',
        `ผู้ประเมินส่ง${ASSESSMENT_TH} กลับมาเพื่อขอหลักฐานเพิ่มเติม\n` +
          'เหตุผล: {{reviewNote}}\nข้อที่ต้องแก้ไข: {{questionCodes}}',
        SCORES_TH,
        'แก้ไขและส่งใหม่ได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'More evidence requested: {{assessmentKind}} for fiscal year {{fiscalYear}}',
      text: paragraphs(
        'To the data governance officer of {{agencyNameTh}},',
        `${ASSESSMENT_EN} has been returned by the evaluator for more evidence.\n` +
          'Reason: {{reviewNote}}\nQuestions to rework: {{questionCodes}}',
        SCORES_EN,
        'Rework and resubmit it at {{link}}',
      ),
    },
  },
  dataQualityAssessed: {
    variables: [
      'datasetSlug',
      'agencyNameTh',
      'assessedOn',
      'overallScore',
      'completenessScore',
      'validityScore',
      'uniquenessScore',
      'encodingScore',
      'timelinessScore',
      'findingsTotal',
      'link',
    ],
    th: {
      subject: 'ผลการประเมินคุณภาพข้อมูล: ชุดข้อมูล {{datasetSlug}} คะแนนรวม {{overallScore}}',
      text: paragraphs(
        'เรียน ผู้รับผิดชอบชุดข้อมูล {{agencyNameTh}}',
        'การประเมินคุณภาพข้อมูลของชุดข้อมูล {{datasetSlug}} เสร็จเมื่อวันที่ {{assessedOn}}\n' +
          'คะแนนรวม {{overallScore}}\nความครบถ้วน {{completenessScore}}\nความถูกต้อง {{validityScore}}\n' +
          'ความไม่ซ้ำ {{uniquenessScore}}\nการเข้ารหัสภาษาไทย {{encodingScore}}\n' +
          'ความเป็นปัจจุบัน {{timelinessScore}}\nจำนวนข้อที่พบ {{findingsTotal}} รายการ',
        'ดูรายงานรายแถวได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'Data quality assessment of dataset {{datasetSlug}}: overall score {{overallScore}}',
      text: paragraphs(
        'To the dataset officer of {{agencyNameTh}},',
        'The data quality assessment of dataset {{datasetSlug}} finished on {{assessedOn}}.\n' +
          'Overall: {{overallScore}}\nCompleteness: {{completenessScore}}\nValidity: {{validityScore}}\n' +
          'Uniqueness: {{uniquenessScore}}\nThai text encoding: {{encodingScore}}\n' +
          'Timeliness: {{timelinessScore}}\nFindings: {{findingsTotal}}',
        'Row-level report: {{link}}',
      ),
    },
  },
};
