import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import type { DictionaryRowError } from '@bma-kpi/catalog-domain';
import { DomainException, ValidationFailedException } from '@bma-kpi/errors';

/** Bilingual domain exceptions of the catalog service. */
export const CatalogExceptions = {
  datasetNotFound: (idOrSlug: string) =>
    new DomainException(
      CatalogErrorCode.datasetNotFound,
      `No dataset has id or slug ${idOrSlug}. See GET /api/v1/catalog/datasets.`,
      `ไม่พบชุดข้อมูล ${idOrSlug} ดูรายการได้ที่ GET /api/v1/catalog/datasets`,
    ),
  slugTaken: (slug: string) =>
    new DomainException(
      CatalogErrorCode.slugTaken,
      `Dataset name ${slug} is already taken. Choose another name or leave it out to have one generated.`,
      `ชื่อชุดข้อมูล ${slug} ถูกใช้แล้ว โปรดเลือกชื่ออื่น หรือเว้นว่างให้ระบบสร้างให้`,
      { errors: [{ field: 'name', rule: 'unique', messageEn: `name ${slug} is already taken`, messageTh: `ชื่อ ${slug} ถูกใช้แล้ว` }] },
    ),
  dictionaryFileUnreadable: (error: DictionaryRowError) =>
    new DomainException(CatalogErrorCode.dictionaryFileUnreadable, error.messageEn, error.messageTh),
  /** Rejects a whole CSV import. Each field error names its row as `csv:<row>`, 1-based and counting the header. */
  invalidDictionaryRows: (errors: readonly DictionaryRowError[]) =>
    new ValidationFailedException(
      errors.map((error) => ({
        field: `csv:${error.row}`,
        rule: error.code,
        messageEn: `Row ${error.row}${error.column === undefined ? '' : `, column ${error.column}`}: ${error.messageEn}`,
        messageTh: `แถว ${error.row}${error.column === undefined ? '' : ` คอลัมน์ ${error.column}`}: ${error.messageTh}`,
      })),
    ),
  invalidDictionary: (datasetId: string, message: string) =>
    new DomainException(
      CatalogErrorCode.invalidDictionary,
      `The data dictionary of dataset ${datasetId} is invalid: ${message}`,
      `พจนานุกรมข้อมูลของชุดข้อมูล ${datasetId} ไม่ถูกต้อง: ${message}`,
    ),
};
