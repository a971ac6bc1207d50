import type { DistrictCellStatus, DistrictMatrixResponse } from '@bma-kpi/contracts-catalog';
import { formatThaiDate, THAI_MONTHS, toBangkokIsoDate, toBuddhistYear } from '@bma-kpi/util-thai';

/** The two tables of the District Catalog export: one row per cell, or one row per district's rates. */
export const DISTRICT_EXPORT_TABLES = ['cells', 'rates'] as const;

export type DistrictExportTable = (typeof DISTRICT_EXPORT_TABLES)[number];

const statusTh: Record<DistrictCellStatus, string> = {
  onTime: 'ตรงเวลา',
  late: 'ล่าช้า',
  missing: 'ไม่ส่ง',
  pending: 'ยังไม่ถึงกำหนด',
};

const cellHeader = ['รหัสเขต', 'สำนักงานเขต', 'รหัสรายการ', 'รายการข้อมูล', 'เดือน (ค.ศ.)', 'เดือน', 'วันครบกำหนด', 'สถานะ', 'ส่งครั้งแรก', 'ฉบับที่'];
const ratesHeader = ['รหัสเขต', 'สำนักงานเขต', 'ครบกำหนดแล้ว', 'ตรงเวลา', 'ล่าช้า', 'ไม่ส่ง', 'ยังไม่ถึงกำหนด', 'ร้อยละตรงเวลา', 'ร้อยละล่าช้า', 'ร้อยละไม่ส่ง'];

/** `2024-11` → `พฤศจิกายน 2567`. */
function thaiMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);

  return `${THAI_MONTHS[monthNumber - 1].name} ${toBuddhistYear(year)}`;
}

function percentText(value: number | null): string {
  return value === null ? '' : value.toFixed(2);
}

/**
 * Builds the export table with Thai headers. People read the dates in the Buddhist era; the
 * month column in the Christian era stays for sorting and joining with other data.
 */
export function districtExportTable(matrix: DistrictMatrixResponse, table: DistrictExportTable): { header: string[]; rows: string[][] } {
  const districtNames = new Map(matrix.districts.map((district) => [district.geocode, district.nameTh]));

  if (table === 'rates') {
    const rows = matrix.rates.map((rate) => [
      rate.district,
      rate.nameTh,
      String(rate.due),
      String(rate.onTime),
      String(rate.late),
      String(rate.missing),
      String(rate.pending),
      percentText(rate.onTimePercent),
      percentText(rate.latePercent),
      percentText(rate.missingPercent),
    ]);

    return { header: ratesHeader, rows };
  }
  const itemNames = new Map(matrix.items.map((item) => [item.code, item.nameTh]));
  const rows = matrix.cells.map((cell) => [
    cell.district,
    districtNames.get(cell.district) ?? '',
    cell.itemCode,
    itemNames.get(cell.itemCode) ?? '',
    cell.month,
    thaiMonth(cell.month),
    formatThaiDate(cell.dueDate),
    statusTh[cell.status],
    cell.firstSubmittedAt === null ? '' : formatThaiDate(toBangkokIsoDate(cell.firstSubmittedAt)),
    cell.version === 0 ? '' : String(cell.version),
  ]);

  return { header: cellHeader, rows };
}
