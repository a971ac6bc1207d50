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
  indicatorNotFound: (indicatorId: string) =>
    new DomainException(
      CatalogErrorCode.indicatorNotFound,
      `The indicators service has no indicator ${indicatorId}. See GET /api/v1/indicators.`,
      `ไม่พบตัวชี้วัด ${indicatorId} ในบริการตัวชี้วัด ดูรายการได้ที่ GET /api/v1/indicators`,
      {
        errors: [
          {
            field: 'indicatorId',
            rule: 'exists',
            messageEn: `indicator ${indicatorId} does not exist`,
            messageTh: `ไม่มีตัวชี้วัด ${indicatorId}`,
          },
        ],
      },
    ),
  dictionaryFieldNotFound: (slug: string, fieldName: string) =>
    new DomainException(
      CatalogErrorCode.dictionaryFieldNotFound,
      `The data dictionary of dataset ${slug} has no field ${fieldName}. See GET /api/v1/catalog/datasets/${slug}/dictionary.`,
      `พจนานุกรมข้อมูลของชุดข้อมูล ${slug} ไม่มีฟิลด์ ${fieldName} ดูรายการฟิลด์ได้ที่ GET /api/v1/catalog/datasets/${slug}/dictionary`,
      {
        errors: [
          {
            field: 'fieldName',
            rule: 'exists',
            messageEn: `field ${fieldName} is not in the dictionary of dataset ${slug}`,
            messageTh: `ไม่มีฟิลด์ ${fieldName} ในพจนานุกรมข้อมูลของชุดข้อมูล ${slug}`,
          },
        ],
      },
    ),
  linkExists: (slug: string, indicatorId: string, fieldName: string | null) =>
    new DomainException(
      CatalogErrorCode.linkExists,
      `Dataset ${slug}${fieldName === null ? '' : ` field ${fieldName}`} is already linked to indicator ${indicatorId}.`,
      `ชุดข้อมูล ${slug}${fieldName === null ? '' : ` ฟิลด์ ${fieldName}`} เชื่อมกับตัวชี้วัด ${indicatorId} อยู่แล้ว`,
    ),
  linkNotFound: (slug: string, linkId: string) =>
    new DomainException(
      CatalogErrorCode.linkNotFound,
      `Dataset ${slug} has no link ${linkId}. See GET /api/v1/catalog/datasets/${slug}/indicators.`,
      `ชุดข้อมูล ${slug} ไม่มีการเชื่อมโยง ${linkId} ดูรายการได้ที่ GET /api/v1/catalog/datasets/${slug}/indicators`,
    ),
  artefactNotFound: (artefactId: string) =>
    new DomainException(
      CatalogErrorCode.artefactNotFound,
      `No governance artefact has id ${artefactId}. See GET /api/v1/catalog/artefacts?agency=…&fiscalYear=….`,
      `ไม่พบเอกสารธรรมาภิบาลข้อมูล ${artefactId} ดูรายการได้ที่ GET /api/v1/catalog/artefacts?agency=…&fiscalYear=…`,
    ),
  evidenceNotFound: (artefactId: string, evidenceId: string) =>
    new DomainException(
      CatalogErrorCode.evidenceNotFound,
      `Governance artefact ${artefactId} has no evidence file ${evidenceId}. See GET /api/v1/catalog/artefacts/${artefactId}.`,
      `เอกสารธรรมาภิบาลข้อมูล ${artefactId} ไม่มีไฟล์หลักฐาน ${evidenceId} ดูรายการไฟล์ได้ที่ GET /api/v1/catalog/artefacts/${artefactId}`,
    ),
  /** A locked artefact keeps its evidence; the way to change it is a new version. */
  artefactLocked: (artefactId: string, lockedAt: string) =>
    new DomainException(
      CatalogErrorCode.artefactLocked,
      `Governance artefact ${artefactId} is locked since ${lockedAt} because a signed-off evaluation uses it, so its evidence cannot change. ` +
        `Supersede it with a new version: POST /api/v1/catalog/artefacts/${artefactId}/supersede.`,
      `เอกสารธรรมาภิบาลข้อมูล ${artefactId} ถูกล็อกตั้งแต่ ${lockedAt} เพราะผลการประเมินที่ลงนามแล้วอ้างถึง จึงแก้ไขไฟล์หลักฐานไม่ได้ ` +
        `โปรดส่งฉบับใหม่แทน: POST /api/v1/catalog/artefacts/${artefactId}/supersede`,
      { details: { artefactId, lockedAt } },
    ),
  artefactSuperseded: (artefactId: string) =>
    new DomainException(
      CatalogErrorCode.artefactSuperseded,
      `Governance artefact ${artefactId} already has a newer version. Supersede or change the latest version instead.`,
      `เอกสารธรรมาภิบาลข้อมูล ${artefactId} มีฉบับใหม่กว่าแล้ว โปรดส่งฉบับใหม่หรือแก้ไขจากฉบับล่าสุด`,
    ),
  evidenceObjectMissing: (sha256: string, reason: 'notStored' | 'noStore', uploadRoute = 'POST /api/v1/catalog/artefacts/{id}/evidence') =>
    new DomainException(
      CatalogErrorCode.evidenceObjectMissing,
      reason === 'noStore'
        ? 'This catalog service has no object store configured, so it cannot check evidence files. Set OBJECT_STORE and restart it.'
        : `No file with SHA-256 ${sha256} is in the object store. Upload the file with ${uploadRoute}.`,
      reason === 'noStore'
        ? 'บริการบัญชีข้อมูลไม่ได้ตั้งค่าที่เก็บไฟล์ (OBJECT_STORE) จึงตรวจไฟล์หลักฐานไม่ได้ โปรดตั้งค่าแล้วเริ่มบริการใหม่'
        : `ไม่พบไฟล์ที่มี SHA-256 ${sha256} ในที่เก็บไฟล์ โปรดอัปโหลดไฟล์ด้วย ${uploadRoute}`,
      { errors: [{ field: 'sha256', rule: 'storedObject', messageEn: `no stored file has SHA-256 ${sha256}`, messageTh: `ไม่พบไฟล์ SHA-256 ${sha256} ในที่เก็บไฟล์` }] },
    ),
  evidenceSizeMismatch: (sha256: string, declared: number, stored: number) =>
    new ValidationFailedException([
      {
        field: 'sizeBytes',
        rule: 'matchesStoredObject',
        messageEn: `sizeBytes is ${declared} but the stored file ${sha256} has ${stored} bytes`,
        messageTh: `sizeBytes เป็น ${declared} แต่ไฟล์ ${sha256} ที่เก็บไว้มีขนาด ${stored} ไบต์`,
      },
    ]),
  resourceNotFound: (slug: string, resourceId: string) =>
    new DomainException(
      CatalogErrorCode.resourceNotFound,
      `Dataset ${slug} has no resource ${resourceId}. See GET /api/v1/catalog/datasets/${slug}.`,
      `ชุดข้อมูล ${slug} ไม่มีทรัพยากร ${resourceId} ดูรายการได้ที่ GET /api/v1/catalog/datasets/${slug}`,
    ),
  resourceFileMissing: (sha256: string) =>
    new DomainException(
      CatalogErrorCode.resourceFileMissing,
      `No file with SHA-256 ${sha256} is in the object store. Upload it with POST /api/v1/catalog/datasets/{id}/resources/upload.`,
      `ไม่พบไฟล์ที่มี SHA-256 ${sha256} ในที่เก็บไฟล์ โปรดอัปโหลดด้วย POST /api/v1/catalog/datasets/{id}/resources/upload`,
      { errors: [{ field: 'file.sha256', rule: 'storedObject', messageEn: `no stored file has SHA-256 ${sha256}`, messageTh: `ไม่พบไฟล์ SHA-256 ${sha256} ในที่เก็บไฟล์` }] },
    ),
};
