import type { CatalogImportRowReport } from '@bma-kpi/contracts-catalog';
import type { CatalogTableHeader } from '@bma-kpi/catalog-domain';
import type { FieldError } from '@bma-kpi/errors';

/** Returns true when a header names at least the title or the slug column, which every import row needs. */
export function isCatalogHeader(header: CatalogTableHeader): boolean {
  return header.columns.some((column) => column?.spec.name === 'title' || column?.spec.name === 'name');
}

/** Report of a row that was not stored. */
export function rejectedRow(row: number, slug: string | null, errors: FieldError[]): CatalogImportRowReport {
  return { row, action: 'rejected', slug, datasetId: null, errors };
}

/** Error of a row whose dataset belongs to another agency than the import's `agency` option. */
export function agencyMismatch(agency: string, owner: unknown): FieldError {
  const value = typeof owner === 'string' ? owner : '';

  return {
    field: 'owner_org',
    rule: 'agency',
    messageEn: `The row belongs to organisation "${value}", but this import is for "${agency}"; import it with that agency or change owner_org.`,
    messageTh: `แถวนี้เป็นของหน่วยงาน "${value}" แต่การนำเข้านี้สำหรับหน่วยงาน "${agency}" โปรดนำเข้าในนามหน่วยงานนั้นหรือแก้องค์กร (owner_org)`,
  };
}

/** Error of a row that failed for a reason other than its data, such as a lost database connection. */
export function internalRowError(): FieldError {
  return {
    field: '',
    rule: 'internalError',
    messageEn: 'The row could not be stored because of an internal error; import it again later.',
    messageTh: 'บันทึกแถวนี้ไม่ได้เพราะเกิดข้อผิดพลาดภายในระบบ โปรดนำเข้าใหม่ภายหลัง',
  };
}

/** Fills a blank `owner_org` with the import's agency. */
export function withAgency(metadata: Record<string, unknown>, agency: string | undefined): Record<string, unknown> {
  return agency === undefined || typeof metadata['owner_org'] === 'string' ? metadata : { ...metadata, owner_org: agency };
}
