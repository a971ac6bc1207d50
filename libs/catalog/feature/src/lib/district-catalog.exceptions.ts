import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import type { DistrictFieldError } from '@bma-kpi/catalog-domain';
import { DomainException, ValidationFailedException } from '@bma-kpi/errors';

/** Bilingual domain exceptions of the District Catalog. */
export const DistrictCatalogExceptions = {
  itemListNotFound: (fiscalYear: number) =>
    new DomainException(
      CatalogErrorCode.districtItemListNotFound,
      `No District Catalog item list is stored for fiscal year ${fiscalYear}. Store one with PUT /api/v1/district-catalog/fiscal-years/${fiscalYear}/items.`,
      `ยังไม่มีรายการข้อมูลของระบบบริหารจัดการพื้นที่เขตสำหรับปีงบประมาณ ${fiscalYear} โปรดกำหนดด้วย PUT /api/v1/district-catalog/fiscal-years/${fiscalYear}/items`,
      { errors: [{ field: 'fiscalYear', rule: 'hasItemList', messageEn: `fiscal year ${fiscalYear} has no item list`, messageTh: `ปีงบประมาณ ${fiscalYear} ยังไม่มีรายการข้อมูล` }] },
    ),
  itemNotFound: (fiscalYear: number, itemCode: string) =>
    new DomainException(
      CatalogErrorCode.districtItemNotFound,
      `The item list of fiscal year ${fiscalYear} has no item ${itemCode}. See GET /api/v1/district-catalog/fiscal-years/${fiscalYear}/items.`,
      `รายการข้อมูลปีงบประมาณ ${fiscalYear} ไม่มีรายการ ${itemCode} ดูได้ที่ GET /api/v1/district-catalog/fiscal-years/${fiscalYear}/items`,
      { errors: [{ field: 'itemCode', rule: 'inItemList', messageEn: `item ${itemCode} is not in the list of fiscal year ${fiscalYear}`, messageTh: `ไม่มีรายการ ${itemCode} ในปีงบประมาณ ${fiscalYear}` }] },
    ),
  districtNotFound: (district: string) =>
    new DomainException(
      CatalogErrorCode.districtNotFound,
      `No district office has geocode ${district}. See GET /api/v1/agencies?kind=districtOffice.`,
      `ไม่พบสำนักงานเขตรหัส ${district} ดูรายการได้ที่ GET /api/v1/agencies?kind=districtOffice`,
      { errors: [{ field: 'district', rule: 'districtOffice', messageEn: `${district} is not the geocode of a district office`, messageTh: `${district} ไม่ใช่รหัสของสำนักงานเขต` }] },
    ),
  submissionNotFound: (district: string, itemCode: string, month: string) =>
    new DomainException(
      CatalogErrorCode.districtSubmissionNotFound,
      `District ${district} has not submitted item ${itemCode} for ${month}.`,
      `สำนักงานเขต ${district} ยังไม่ได้ส่งรายการ ${itemCode} ของเดือน ${month}`,
    ),
  dictionaryEmpty: (itemCode: string, datasetId: string) =>
    new DomainException(
      CatalogErrorCode.districtDictionaryEmpty,
      `Item ${itemCode} belongs to dataset ${datasetId}, which has no data dictionary, so its records cannot be checked. Add the dictionary first.`,
      `รายการ ${itemCode} อยู่ในชุดข้อมูล ${datasetId} ซึ่งยังไม่มีพจนานุกรมข้อมูล จึงตรวจระเบียนไม่ได้ โปรดเพิ่มพจนานุกรมข้อมูลก่อน`,
      { errors: [{ field: 'itemCode', rule: 'hasDictionary', messageEn: `the dataset of item ${itemCode} has no data dictionary`, messageTh: `ชุดข้อมูลของรายการ ${itemCode} ยังไม่มีพจนานุกรมข้อมูล` }] },
    ),
  monthOutsideFiscalYear: (month: string, fiscalYear: number) =>
    new ValidationFailedException([
      {
        field: 'month',
        rule: 'inFiscalYear',
        messageEn: `month ${month} is not in fiscal year ${fiscalYear} (October ${fiscalYear - 544} to September ${fiscalYear - 543})`,
        messageTh: `เดือน ${month} ไม่อยู่ในปีงบประมาณ ${fiscalYear} (ตุลาคม ${fiscalYear - 1} ถึงกันยายน ${fiscalYear})`,
      },
    ]),
  invalidFields: (errors: readonly DistrictFieldError[]) => new ValidationFailedException([...errors]),
  invalidAsOf: (asOf: string, reason: 'unreadable' | 'future') =>
    new ValidationFailedException([
      reason === 'future'
        ? { field: 'asOf', rule: 'notAfterNow', messageEn: `asOf ${asOf} is later than now; a sweep may only look back`, messageTh: `asOf ${asOf} อยู่หลังเวลาปัจจุบัน การตรวจหารายงานที่ขาดส่งทำได้เฉพาะเวลาที่ผ่านมาแล้ว` }
        : { field: 'asOf', rule: 'isDate', messageEn: `asOf ${asOf} is not a real date or instant`, messageTh: `asOf ${asOf} ไม่ใช่วันที่หรือเวลาที่มีอยู่จริง` },
    ]),
};
