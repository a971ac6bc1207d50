import { samplesFor } from '../testing/template-samples';
import type { NotificationLanguage } from './display-format';
import type { NotificationKind } from './notification-kinds';
import { NOTIFICATION_TEMPLATES } from './templates.data';
import { InvalidTemplateVariableError, MissingTemplateVariableError, renderTemplate } from './templates';

const GOVERNANCE_KINDS = [
  'districtReportLate',
  'districtReportMissing',
  'governanceAssessmentSubmitted',
  'governanceAssessmentReviewed',
  'governanceAssessmentReturned',
  'dataQualityAssessed',
] as const satisfies readonly NotificationKind[];

function render(kind: NotificationKind, language: NotificationLanguage, overrides: Record<string, string | number> = {}) {
  return renderTemplate(kind, language, { ...samplesFor(NOTIFICATION_TEMPLATES[kind].variables), ...overrides });
}

function fullText(kind: NotificationKind, language: NotificationLanguage, overrides: Record<string, string | number> = {}): string {
  const { subject, text } = render(kind, language, overrides);

  return `${subject}\n${text}`;
}

describe('governance templates, District Catalog', () => {
  it('renders missing report in Thai', () => {
    expect(render('districtReportMissing', 'th', { month: '2026-11', fiscalYear: 2570, dueDate: '2026-12-15' })).toEqual({
      subject: 'ไม่ส่งข้อมูล: สำนักงานเขตดินแดง รายการ MARKET ประจำเดือนพฤศจิกายน 2569',
      text:
        'เรียน ผู้อำนวยการเขตและผู้รับผิดชอบข้อมูล สำนักงานเขตดินแดง\n\n' +
        'สำนักงานเขตยังไม่ได้ส่งรายการข้อมูล MARKET ตลาดในพื้นที่เขต ประจำเดือนพฤศจิกายน 2569 ' +
        '(ปีงบประมาณ พ.ศ. 2570) ในระบบ District Catalog ซึ่งครบกำหนดเมื่อวันที่ 15 ธันวาคม 2569 ' +
        'ขอให้ส่งข้อมูลโดยเร็ว เพราะรายการที่ไม่ส่งมีผลต่อคะแนนตัวชี้วัดด้านธรรมาภิบาลข้อมูล\n\n' +
        'ส่งข้อมูลและดูสถานะได้ที่ https://kpi.example.test/evaluations/e-17',
    });
  });

  it('renders missing report in English', () => {
    const { subject, text } = render('districtReportMissing', 'en', { month: '2026-11', fiscalYear: 2570, dueDate: '2026-12-15' });

    expect(subject).toBe('Missing report: สำนักงานเขตดินแดง, item MARKET for November 2026');
    expect(text).toContain('"ตลาดในพื้นที่เขต" for November 2026 (fiscal year 2027) was due on 15 December 2026');
  });

  it.each([
    ['th', 'เมื่อวันที่ 17 กุมภาพันธ์ 2564 ซึ่งเลยกำหนดส่งวันที่ 20 มกราคม 2564'],
    ['en', 'arrived on 17 February 2021, after its due date of 20 January 2021'],
  ] as const)('renders late submission dates in %s', (language, expected) => {
    expect(render('districtReportLate', language).text).toContain(expected);
  });

  it('fails without the district name', () => {
    const { districtNameTh: _omitted, ...variables } = samplesFor(NOTIFICATION_TEMPLATES.districtReportMissing.variables);

    expect(() => renderTemplate('districtReportMissing', 'th', variables)).toThrow(MissingTemplateVariableError);
  });
});

describe('governance templates, assessments', () => {
  it.each([
    ['th', 'readiness', 'การประเมินความพร้อมด้านธรรมาภิบาลข้อมูล ของสำนักการโยธา ปีงบประมาณ พ.ศ. 2564'],
    ['th', 'security', 'การประเมินความมั่นคงปลอดภัยของข้อมูล ของสำนักการโยธา'],
    ['en', 'readiness', 'The data governance readiness assessment of สำนักการโยธา for fiscal year 2021'],
    ['en', 'security', 'The data security assessment of สำนักการโยธา'],
  ] as const)('names the %s %s assessment', (language, assessmentKind, expected) => {
    expect(render('governanceAssessmentSubmitted', language, { assessmentKind }).text).toContain(expected);
  });

  it.each([
    ['th', 'คะแนนรวม 72.5 คะแนนรายองค์ประกอบ: GOV 80, QUAL 65'],
    ['en', 'Overall score: 72.5. Component scores: GOV 80, QUAL 65.'],
  ] as const)('prints scores in %s', (language, expected) => {
    expect(render('governanceAssessmentSubmitted', language).text).toContain(expected);
  });

  it.each([
    ['th', 'คะแนนรวม ไม่มีคะแนน คะแนนรายองค์ประกอบ: ไม่ระบุ'],
    ['en', 'Overall score: not scored. Component scores: none given.'],
  ] as const)('prints missing scores in %s', (language, expected) => {
    expect(render('governanceAssessmentReviewed', language, { overallScore: 'none', componentScores: '' }).text).toContain(expected);
  });

  it.each([
    ['th', 'accept', 'ผ่านการพิจารณา'],
    ['th', 'reject', 'ไม่ผ่านการพิจารณา'],
    ['en', 'accept', 'has been accepted.'],
    ['en', 'reject', 'has been rejected.'],
  ] as const)('words decision in %s: %s', (language, reviewDecision, expected) => {
    expect(render('governanceAssessmentReviewed', language, { reviewDecision }).text).toContain(expected);
  });

  it('prints returned reason and questions', () => {
    const { subject, text } = render('governanceAssessmentReturned', 'th');

    expect(subject).toBe('ขอหลักฐานเพิ่มเติม: การประเมินความพร้อมด้านธรรมาภิบาลข้อมูล ปีงบประมาณ พ.ศ. 2564');
    expect(text).toContain('เหตุผล: หลักฐานคำสั่งแต่งตั้งไม่ครบ\nข้อที่ต้องแก้ไข: GOV-1, GOV-3');
  });

  it('rejects unknown assessment kind', () => {
    expect(() => render('governanceAssessmentReturned', 'en', { assessmentKind: 'privacy' })).toThrow(InvalidTemplateVariableError);
  });

  it('rejects malformed score', () => {
    expect(() => render('governanceAssessmentReturned', 'th', { overallScore: 'n/a' })).toThrow(InvalidTemplateVariableError);
  });

  it('fails when the review note is absent', () => {
    const { reviewNote: _omitted, ...variables } = samplesFor(NOTIFICATION_TEMPLATES.governanceAssessmentReviewed.variables);
    let error: unknown;

    try {
      renderTemplate('governanceAssessmentReviewed', 'en', variables);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(MissingTemplateVariableError);
    expect((error as MissingTemplateVariableError).missing).toEqual(['reviewNote']);
  });
});

describe('governance templates, data quality', () => {
  it('renders every dimension in Thai', () => {
    const text = fullText('dataQualityAssessed', 'th');

    expect(text).toContain('ชุดข้อมูล district-markets คะแนนรวม 72.5');
    expect(text).toContain('เสร็จเมื่อวันที่ 9 มีนาคม 2564');
    expect(text).toContain('ความครบถ้วน 98.75\nความถูกต้อง 91.2\nความไม่ซ้ำ 100\nการเข้ารหัสภาษาไทย ไม่มีคะแนน\nความเป็นปัจจุบัน 50');
    expect(text).toContain('จำนวนข้อที่พบ 37 รายการ');
  });

  it('renders every dimension in English', () => {
    const text = fullText('dataQualityAssessed', 'en');

    expect(text).toContain('finished on 9 March 2021');
    expect(text).toContain('Completeness: 98.75\nValidity: 91.2\nUniqueness: 100\nThai text encoding: not scored\nTimeliness: 50');
  });

  it('fails without the findings count', () => {
    const variables: Record<string, string | number> = { ...samplesFor(NOTIFICATION_TEMPLATES.dataQualityAssessed.variables) };

    delete variables['findingsTotal'];

    expect(() => renderTemplate('dataQualityAssessed', 'en', variables)).toThrow('findingsTotal');
  });
});

describe('governance templates, every kind', () => {
  it.each(GOVERNANCE_KINDS)('%s treats blank required text as missing', (kind) => {
    const required = NOTIFICATION_TEMPLATES[kind].variables.find((name) => name === 'agencyNameTh' || name === 'districtNameTh');

    expect(required).toBeDefined();
    expect(() => render(kind, 'th', { [required!]: '  ' })).toThrow(MissingTemplateVariableError);
  });
});
