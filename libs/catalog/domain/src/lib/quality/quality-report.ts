import type { QualityFinding } from './quality.types';

/** Header of the downloadable report, Thai first; the English message has its own column. */
export const QUALITY_REPORT_HEADER = ['แถว', 'คอลัมน์', 'มิติคุณภาพ', 'รหัสกฎ', 'รายละเอียด', 'รายละเอียด (อังกฤษ)', 'ค่าที่พบ'] as const;

const dimensionNamesTh: Record<QualityFinding['dimension'], string> = {
  completeness: 'ความครบถ้วน',
  validity: 'ความถูกต้อง',
  uniqueness: 'ความไม่ซ้ำ',
  encoding: 'การเข้ารหัสภาษาไทย',
  timeliness: 'ความเป็นปัจจุบัน',
};

/** Returns the cells of one report row; a finding of the whole file has an empty row number. */
export function qualityReportCells(finding: QualityFinding): string[] {
  return [
    finding.row === null ? '' : String(finding.row),
    finding.column ?? '',
    dimensionNamesTh[finding.dimension],
    finding.rule,
    finding.messageTh,
    finding.messageEn,
    finding.value ?? '',
  ];
}
