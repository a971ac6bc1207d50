import { createHash, randomUUID } from 'node:crypto';
import type { ImportRecordParams } from '../lib/repositories/import.types';

/**
 * Builds import parameters for a headerless FY2564 record of the Public Relations Office (0411)
 * under plan path 5 › 5.4 › 5.4.1 › 5.4.1.1, with three dated progress notes. `sha256` follows
 * `rawText` unless the overrides set it.
 */
export function buildImportParams(overrides: Partial<ImportRecordParams> = {}): ImportRecordParams {
  const rawText = overrides.rawText ?? `ค่าเป้าหมาย ร้อยละ : 100\nผลงานที่ทำได้ ร้อยละ : 70\n(test record ${randomUUID()})`;
  const params: ImportRecordParams = {
    code: '0411-0012',
    codeNormalized: '0411-12',
    identityKey: null,
    title: 'ร้อยละความสำเร็จของการพัฒนาฐานข้อมูล',
    familyNumber: '5.2',
    kpiType: 'routine',
    typeRaw: 'ตัวชี้วัดงานประจำ',
    resultLevel: 'outcome',
    unit: 'ร้อยละ',
    fiscalYear: 2564,
    agencyId: null,
    planEditionCode: null,
    planPath: [
      { level: 'dimension', code: '5', nameTh: 'มหานครประชาธิปไตย', nameEn: 'Bangkok as a Democratic City' },
      { level: 'subDimension', code: '5.4', nameTh: 'การเมืองสีขาว', nameEn: null },
      { level: 'goal', code: '5.4.1', nameTh: 'เป้าหมายทดสอบของมิติการเมืองสีขาว', nameEn: null },
      { level: 'planIndicator', code: '5.4.1.1', nameTh: 'ตัวชี้วัดแผนทดสอบ', nameEn: null },
    ],
    targetValue: '100',
    actualValue: '70',
    assessment: { quarter: 4, score: null, raw: '*** สยป. ตรวจประเมินตัวชี้วัด : ไตรมาสที่ 4:' },
    definitions: [{ term: 'ข้อมูล', text: 'ข้อเท็จจริงที่บันทึกไว้', rawText: 'ข้อมูล หมายความว่า ข้อเท็จจริงที่บันทึกไว้' }],
    calculation: { text: 'พิจารณาจากผลการดำเนินงาน', rawText: 'พิจารณาจากผลการดำเนินงาน', parts: [] },
    verification: null,
    quarterTargets: [
      { quarter: 1, plannedValue: '20', assessmentScore: null, pairRaw: null },
      { quarter: 2, plannedValue: '40', assessmentScore: '100', pairRaw: '1 / 2' },
      { quarter: 3, plannedValue: '80', assessmentScore: null, pairRaw: null },
      { quarter: 4, plannedValue: '100', assessmentScore: null, pairRaw: null },
    ],
    progress: [
      progressNote('2020-10-28', '28/10/2563', 1, 'ขั้นตอนที่ 1 จัดทำเอกสาร'),
      progressNote('2020-11-30', '30/11/2563', 1, 'ขั้นตอนที่ 1 ประชุมคณะทำงาน'),
      progressNote('2021-01-29', '29/1/2564', 2, 'ขั้นตอนที่ 2 จัดทำคำอธิบายข้อมูล'),
    ],
    rawText,
    sha256: '',
    layout: 'headerless',
    warnings: [],
    fileName: 'bma-kpi-test.txt',
    ...overrides,
  };

  return { ...params, sha256: overrides.sha256 ?? createHash('sha256').update(params.rawText, 'utf8').digest('hex') };
}

/** Builds one dated note of fiscal year 2564 as an import carries it. */
export function progressNote(
  date: string,
  rawDate: string,
  quarter: number,
  text: string,
): ImportRecordParams['progress'][number] {
  return {
    date,
    fiscalYear: 2564,
    quarter,
    rawDate,
    ambiguous: false,
    sectionQuarter: null,
    text,
    rawText: `${rawDate} : ${text}`,
  };
}
