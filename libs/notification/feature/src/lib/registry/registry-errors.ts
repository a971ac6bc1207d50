import { NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { VersionConflictError } from '@bma-kpi/database';
import { DomainException } from '@bma-kpi/errors';

/** Default page size of the registry and dead-letter listings. */
export const defaultPageSize = 50;

export function recipientNotFound(id: string): DomainException {
  return new DomainException(
    NotificationErrorCode.recipientNotFound,
    `No recipient ${id}. Create the recipient first.`,
    `ไม่พบผู้รับ ${id} ต้องสร้างผู้รับก่อน`,
  );
}

export function webhookNotFound(id: string): DomainException {
  return new DomainException(
    NotificationErrorCode.webhookNotFound,
    `No webhook endpoint ${id}.`,
    `ไม่พบปลายทาง webhook ${id}`,
  );
}

/**
 * Turns a VersionConflictError of a recipient or webhook endpoint into its 409 domain error and
 * rethrows every other error unchanged.
 */
export function rethrowVersionConflict(error: unknown): never {
  if (!(error instanceof VersionConflictError)) {
    throw error;
  }
  const recipient = error.entity === 'Recipient';
  const code = recipient ? NotificationErrorCode.recipientVersionConflict : NotificationErrorCode.webhookVersionConflict;
  const nameTh = recipient ? 'ผู้รับ' : 'ปลายทาง webhook';

  throw new DomainException(
    code,
    error.message,
    `${nameTh} ${error.id} ถูกแก้ไขไปแล้ว (ฉบับที่ ${error.actualVersion} ไม่ใช่ ${error.expectedVersion}) โหลดข้อมูลใหม่แล้วแก้ไขอีกครั้ง`,
    { details: { currentVersion: error.actualVersion } },
  );
}
