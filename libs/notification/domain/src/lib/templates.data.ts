import { GOVERNANCE_TEMPLATES } from './governance-templates.data';
import type { NotificationKind } from './notification-kinds';
import type { TemplateVariable } from './template-variables';

/** Subject and plain-text body of one notification in one language. */
export interface RenderedMessage {
  subject: string;
  text: string;
}

/** Thai and English texts of one kind, with `{{variable}}` placeholders, and their variables. */
export interface NotificationTemplate {
  variables: readonly TemplateVariable[];
  th: RenderedMessage;
  en: RenderedMessage;
}

const KPI = ['kpiCode', 'kpiTitleTh', 'agencyNameTh'] as const;
const ROUND = ['fiscalYear', 'quarter'] as const;
const PROGRESS_MONTH = [...KPI, 'month', 'dueDate', 'link'] as const;

const paragraphs = (...parts: string[]): string => parts.join('\n\n');

// Phrases that many templates share.
const KPI_TH = 'ตัวชี้วัด {{kpiCode}} {{kpiTitleTh}}';
const ROUND_TH = 'ไตรมาสที่ {{quarter}} ปีงบประมาณ พ.ศ. {{fiscalYear}}';
const KPI_EN = 'KPI {{kpiCode}} "{{kpiTitleTh}}"';
const ROUND_EN = 'Q{{quarter}} of fiscal year {{fiscalYear}}';

/** Thai and English templates of every notification kind. */
export const NOTIFICATION_TEMPLATES: Readonly<Record<NotificationKind, NotificationTemplate>> = {
  progressDueReminder: {
    variables: PROGRESS_MONTH,
    th: {
      subject: `แจ้งเตือน: ใกล้ถึงกำหนดรายงานผลการดำเนินงานตัวชี้วัด {{kpiCode}} ประจำเดือน{{month}}`,
      text: paragraphs(
        'เรียน ผู้รับผิดชอบตัวชี้วัด {{agencyNameTh}}',
        `ขอให้รายงานผลการดำเนินงาน${KPI_TH} ประจำเดือน{{month}} ภายในวันที่ {{dueDate}}`,
        'รายงานผลได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'Reminder: progress report for KPI {{kpiCode}} for {{month}} is due soon',
      text: paragraphs(
        'To the KPI officer of {{agencyNameTh}},',
        `Please report the progress of ${KPI_EN} for {{month}} by {{dueDate}}.`,
        'Report it at {{link}}',
      ),
    },
  },
  progressOverdue: {
    variables: [...PROGRESS_MONTH, 'daysOverdue'],
    th: {
      subject: 'เกินกำหนด: ยังไม่ได้รายงานผลการดำเนินงานตัวชี้วัด {{kpiCode}} ประจำเดือน{{month}}',
      text: paragraphs(
        'เรียน ผู้รับผิดชอบตัวชี้วัด {{agencyNameTh}}',
        `${KPI_TH} ยังไม่ได้รายงานผลการดำเนินงานประจำเดือน{{month}} ซึ่งครบกำหนดเมื่อวันที่ {{dueDate}} ` +
          'ขณะนี้เกินกำหนดมาแล้ว {{daysOverdue}} วันทำการ ขอให้รายงานผลโดยเร็ว',
        'รายงานผลได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'Overdue: progress report for KPI {{kpiCode}} for {{month}}',
      text: paragraphs(
        'To the KPI officer of {{agencyNameTh}},',
        `The progress of ${KPI_EN} for {{month}} was due on {{dueDate}} and has not been reported. ` +
          'Working days overdue: {{daysOverdue}}. Please report it as soon as possible.',
        'Report it at {{link}}',
      ),
    },
  },
  progressOverdueEscalation: {
    variables: [...PROGRESS_MONTH, 'daysOverdue'],
    th: {
      subject: 'ขอให้ติดตาม: ตัวชี้วัด {{kpiCode}} ค้างรายงานผลการดำเนินงานประจำเดือน{{month}}',
      text: paragraphs(
        'เรียน หัวหน้าหน่วยงาน {{agencyNameTh}}',
        `${KPI_TH} ของหน่วยงานยังไม่ได้รายงานผลการดำเนินงานประจำเดือน{{month}} ` +
          'ซึ่งครบกำหนดเมื่อวันที่ {{dueDate}} ขณะนี้เกินกำหนดมาแล้ว {{daysOverdue}} วันทำการ ' +
          'จึงเรียนมาเพื่อโปรดติดตามให้มีการรายงานผลโดยเร็ว',
        'ดูรายละเอียดได้ที่ {{link}}',
      ),
    },
    en: {
      subject: 'Escalation: progress report for KPI {{kpiCode}} for {{month}} is overdue',
      text: paragraphs(
        'To the head of {{agencyNameTh}},',
        `The progress of ${KPI_EN} for {{month}} was due on {{dueDate}} and has still not been ` +
          'reported. Working days overdue: {{daysOverdue}}. Please make sure that it is reported ' +
          'as soon as possible.',
        'Details: {{link}}',
      ),
    },
  },
  reviewDueReminder: {
    variables: [...ROUND, 'pendingCount', 'dueDate', 'link'],
    th: {
      subject: `แจ้งเตือน: ใกล้ถึงกำหนดประเมินผลตัวชี้วัด ${ROUND_TH}`,
      text: paragraphs(
        'เรียน ผู้ประเมิน',
        `มีตัวชี้วัดที่รอการประเมินผล ${ROUND_TH} จำนวน {{pendingCount}} ตัวชี้วัด ` +
          'ขอให้ประเมินผลให้แล้วเสร็จภายในวันที่ {{dueDate}}',
        'ประเมินผลได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `Reminder: KPI evaluations for ${ROUND_EN} are due soon`,
      text: paragraphs(
        'To the evaluator,',
        `KPIs awaiting evaluation for ${ROUND_EN}: {{pendingCount}}. ` +
          'Please complete the evaluations by {{dueDate}}.',
        'Evaluate them at {{link}}',
      ),
    },
  },
  evaluationSubmitted: {
    variables: [...KPI, ...ROUND, 'link'],
    th: {
      subject: `รอการประเมิน: {{agencyNameTh}} ส่งผลตัวชี้วัด {{kpiCode}} ${ROUND_TH}`,
      text: paragraphs(
        'เรียน ผู้ประเมิน',
        `{{agencyNameTh}} ได้ส่งผลการดำเนินงาน${KPI_TH} ${ROUND_TH} เพื่อรับการประเมินแล้ว`,
        'ประเมินผลได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `Awaiting evaluation: {{agencyNameTh}} submitted KPI {{kpiCode}} for ${ROUND_EN}`,
      text: paragraphs(
        'To the evaluator,',
        `{{agencyNameTh}} has submitted the progress of ${KPI_EN} for ${ROUND_EN} for evaluation.`,
        'Evaluate it at {{link}}',
      ),
    },
  },
  evaluationScored: {
    variables: [...KPI, ...ROUND, 'scorePercent', 'link'],
    th: {
      subject: `ผลการประเมินตัวชี้วัด {{kpiCode}} ${ROUND_TH}`,
      text: paragraphs(
        'เรียน ผู้รับผิดชอบตัวชี้วัด {{agencyNameTh}}',
        `${KPI_TH} ได้รับการประเมินผล ${ROUND_TH} แล้ว ได้คะแนนร้อยละ {{scorePercent}}`,
        'ดูรายละเอียดได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `Evaluation result of KPI {{kpiCode}} for ${ROUND_EN}`,
      text: paragraphs(
        'To the KPI officer of {{agencyNameTh}},',
        `${KPI_EN} has been evaluated for ${ROUND_EN}. Score: {{scorePercent}}%.`,
        'Details: {{link}}',
      ),
    },
  },
  evaluationCorrectionRequested: {
    variables: [...KPI, ...ROUND, 'reason', 'link'],
    th: {
      subject: `ขอให้แก้ไขข้อมูล: ตัวชี้วัด {{kpiCode}} ${ROUND_TH}`,
      text: paragraphs(
        'เรียน ผู้รับผิดชอบตัวชี้วัด {{agencyNameTh}}',
        `ผู้ประเมินขอให้แก้ไขข้อมูล${KPI_TH} ${ROUND_TH} ด้วยเหตุผลดังนี้\n{{reason}}`,
        'แก้ไขข้อมูลได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `Correction requested: KPI {{kpiCode}} for ${ROUND_EN}`,
      text: paragraphs(
        'To the KPI officer of {{agencyNameTh}},',
        `The evaluator requests a correction of ${KPI_EN} for ${ROUND_EN}. Reason:\n{{reason}}`,
        'Correct it at {{link}}',
      ),
    },
  },
  evaluationCorrected: {
    variables: [...KPI, ...ROUND, 'link'],
    th: {
      subject: `แก้ไขข้อมูลแล้ว: ตัวชี้วัด {{kpiCode}} ${ROUND_TH}`,
      text: paragraphs(
        'เรียน ผู้ประเมิน',
        `{{agencyNameTh}} ได้แก้ไขข้อมูล${KPI_TH} ${ROUND_TH} ตามที่ขอแล้ว ` +
          'โปรดตรวจสอบและประเมินผลอีกครั้ง',
        'ประเมินผลได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `Corrected: KPI {{kpiCode}} for ${ROUND_EN}`,
      text: paragraphs(
        'To the evaluator,',
        `{{agencyNameTh}} has made the requested correction of ${KPI_EN} for ${ROUND_EN}. ` +
          'Please review and evaluate it again.',
        'Evaluate it at {{link}}',
      ),
    },
  },
  evaluationAppealed: {
    variables: [...KPI, ...ROUND, 'reason', 'link'],
    th: {
      subject: `อุทธรณ์ผลการประเมิน: ตัวชี้วัด {{kpiCode}} ${ROUND_TH}`,
      text: paragraphs(
        'เรียน ผู้ประเมิน',
        `{{agencyNameTh}} ได้ยื่นอุทธรณ์ผลการประเมิน${KPI_TH} ${ROUND_TH} ด้วยเหตุผลดังนี้\n{{reason}}`,
        'พิจารณาอุทธรณ์ได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `Appeal: KPI {{kpiCode}} for ${ROUND_EN}`,
      text: paragraphs(
        'To the evaluator,',
        `{{agencyNameTh}} has appealed the evaluation of ${KPI_EN} for ${ROUND_EN}. ` +
          'Reason:\n{{reason}}',
        'Review the appeal at {{link}}',
      ),
    },
  },
  evaluationSignedOff: {
    variables: [...KPI, ...ROUND, 'scorePercent', 'link'],
    th: {
      subject: `รับรองผลการประเมินแล้ว: ตัวชี้วัด {{kpiCode}} ${ROUND_TH}`,
      text: paragraphs(
        'เรียน ผู้รับผิดชอบตัวชี้วัด {{agencyNameTh}}',
        `ผลการประเมิน${KPI_TH} ${ROUND_TH} ได้รับการรับรองแล้ว ได้คะแนนร้อยละ {{scorePercent}} ` +
          'และไม่สามารถแก้ไขได้อีก',
        'ดูรายละเอียดได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `Signed off: evaluation of KPI {{kpiCode}} for ${ROUND_EN}`,
      text: paragraphs(
        'To the KPI officer of {{agencyNameTh}},',
        `The evaluation of ${KPI_EN} for ${ROUND_EN} has been signed off with a score of ` +
          '{{scorePercent}}%. It can no longer be changed.',
        'Details: {{link}}',
      ),
    },
  },
  evaluationInputChanged: {
    variables: [...KPI, ...ROUND, 'changedOn', 'link'],
    th: {
      subject: `ข้อมูลเปลี่ยนแปลงหลังการประเมิน: ตัวชี้วัด {{kpiCode}} ${ROUND_TH}`,
      text: paragraphs(
        'เรียน ผู้ประเมิน',
        `ข้อมูลหรือผลการดำเนินงานของ${KPI_TH} ({{agencyNameTh}}) มีการเปลี่ยนแปลงเมื่อวันที่ ` +
          `{{changedOn}} หลังจากให้คะแนน ${ROUND_TH} แล้ว คะแนนเดิมยังคงใช้อยู่จนกว่าจะประเมินใหม่ ` +
          'โปรดตรวจสอบว่าต้องประเมินผลใหม่หรือไม่',
        'ตรวจสอบได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `Changed after scoring: KPI {{kpiCode}} for ${ROUND_EN}`,
      text: paragraphs(
        'To the evaluator,',
        `The data or progress of ${KPI_EN} ({{agencyNameTh}}) changed on {{changedOn}}, after it ` +
          `was scored for ${ROUND_EN}. The current score stays until the KPI is scored again. ` +
          'Please check whether it needs a new evaluation.',
        'Check it at {{link}}',
      ),
    },
  },
  roundSignedOff: {
    variables: [...ROUND, 'signedOffOn', 'link'],
    th: {
      subject: `รับรองผลการประเมินตัวชี้วัด ${ROUND_TH} แล้ว`,
      text: paragraphs(
        `ผลการประเมินตัวชี้วัดทุกตัว ${ROUND_TH} ได้รับการรับรองเมื่อวันที่ {{signedOffOn}} ` +
          'และไม่สามารถแก้ไขได้อีก',
        'ดูสรุปผลได้ที่ {{link}}',
      ),
    },
    en: {
      subject: `KPI evaluations for ${ROUND_EN} signed off`,
      text: paragraphs(
        `All KPI evaluations for ${ROUND_EN} were signed off on {{signedOffOn}} and can no ` +
          'longer be changed.',
        'Summary: {{link}}',
      ),
    },
  },
  ...GOVERNANCE_TEMPLATES,
};
