import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import type { DictionaryRowError } from '@bma-kpi/catalog-domain';
import { DomainException, ValidationFailedException } from '@bma-kpi/errors';

/** Bilingual exceptions of dataset updates and of catalog and dictionary file transfers. */
export const CatalogTransferExceptions = {
  versionConflict: (slug: string, expectedVersion: number, currentVersion: number) =>
    new DomainException(
      CatalogErrorCode.versionConflict,
      `Dataset ${slug} is at version ${currentVersion}, not ${expectedVersion}. Reload it and apply your change again.`,
      `ชุดข้อมูล ${slug} เป็นฉบับที่ ${currentVersion} แล้ว ไม่ใช่ฉบับที่ ${expectedVersion} โปรดโหลดข้อมูลใหม่แล้วแก้ไขอีกครั้ง`,
      { details: { expectedVersion, currentVersion } },
    ),
  headerNotFound: (header: readonly string[]) =>
    new DomainException(
      CatalogErrorCode.catalogHeaderNotFound,
      `The first non-blank row (${header.join(', ').slice(0, 200)}) is not a catalog header. ` +
        'It needs at least a title or name column, such as ชื่อชุดข้อมูล or title; export a catalog to see every header.',
      `แถวแรกที่ไม่ว่าง (${header.join(', ').slice(0, 200)}) ไม่ใช่หัวตารางบัญชีรายการข้อมูล ` +
        'ต้องมีคอลัมน์ชื่อชุดข้อมูล (title) หรือชื่อ URL (name) เป็นอย่างน้อย ดูหัวตารางทั้งหมดได้จากไฟล์ที่ส่งออก',
    ),
  /** Rejects a whole dictionary workbook. Each field error names its worksheet row as `xlsx:<row>`. */
  invalidDictionarySheetRows: (errors: readonly DictionaryRowError[]) =>
    new ValidationFailedException(
      errors.map((error) => ({
        field: `xlsx:${error.row}`,
        rule: error.code,
        messageEn: `Row ${error.row}${error.column === undefined ? '' : `, column ${error.column}`}: ${error.messageEn}`,
        messageTh: `แถว ${error.row}${error.column === undefined ? '' : ` คอลัมน์ ${error.column}`}: ${error.messageTh}`,
      })),
    ),
};
