import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import { DomainException } from '@bma-kpi/errors';

/** Bilingual domain exceptions of data quality assessments. */
export const QualityExceptions = {
  assessmentNotFound: (slug: string, assessmentId: string) =>
    new DomainException(
      CatalogErrorCode.qualityAssessmentNotFound,
      `Dataset ${slug} has no quality assessment ${assessmentId}. See GET /api/v1/catalog/datasets/${slug}/quality/history.`,
      `ชุดข้อมูล ${slug} ไม่มีผลการประเมินคุณภาพ ${assessmentId} ดูรายการได้ที่ GET /api/v1/catalog/datasets/${slug}/quality/history`,
    ),
  noAssessment: (slug: string) =>
    new DomainException(
      CatalogErrorCode.qualityAssessmentNotFound,
      `Dataset ${slug} has no finished quality assessment yet. Start one with POST /api/v1/catalog/datasets/${slug}/quality.`,
      `ชุดข้อมูล ${slug} ยังไม่มีผลการประเมินคุณภาพที่เสร็จแล้ว เริ่มประเมินได้ที่ POST /api/v1/catalog/datasets/${slug}/quality`,
    ),
  dictionaryMissing: (slug: string) =>
    new DomainException(
      CatalogErrorCode.qualityDictionaryMissing,
      `Dataset ${slug} has no data dictionary, so its files cannot be assessed. Import one with POST /api/v1/catalog/datasets/${slug}/dictionary/csv.`,
      `ชุดข้อมูล ${slug} ยังไม่มีพจนานุกรมข้อมูล จึงประเมินคุณภาพไฟล์ไม่ได้ นำเข้าพจนานุกรมได้ที่ POST /api/v1/catalog/datasets/${slug}/dictionary/csv`,
      { errors: [{ field: 'dictionary', rule: 'required', messageEn: 'the dataset has no data dictionary', messageTh: 'ชุดข้อมูลไม่มีพจนานุกรมข้อมูล' }] },
    ),
  unsupportedFile: (resourceId: string, format: string) =>
    new DomainException(
      CatalogErrorCode.qualityUnsupportedFile,
      `Resource ${resourceId} (${format}) is not an uploaded CSV or XLSX file, so it cannot be assessed.`,
      `ทรัพยากร ${resourceId} (${format}) ไม่ใช่ไฟล์ CSV หรือ XLSX ที่อัปโหลด จึงประเมินคุณภาพไม่ได้`,
      { errors: [{ field: 'resourceId', rule: 'format', messageEn: 'the resource must be an uploaded CSV or XLSX file', messageTh: 'ทรัพยากรต้องเป็นไฟล์ CSV หรือ XLSX ที่อัปโหลด' }] },
    ),
  reportNotReady: (assessmentId: string, status: string) =>
    new DomainException(
      CatalogErrorCode.qualityReportNotReady,
      `Assessment ${assessmentId} is ${status}, so it has no report yet. Poll its status and download the report when it is done.`,
      `การประเมิน ${assessmentId} มีสถานะ ${status} จึงยังไม่มีรายงาน โปรดตรวจสถานะและดาวน์โหลดเมื่อเสร็จแล้ว`,
    ),
};
