import { NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { VersionConflictError } from '@bma-kpi/database';
import { DomainException, ValidationFailedException } from '@bma-kpi/errors';

import type { PrivateHost } from '../delivery/webhook-address';

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

/** Rejects a webhook URL whose host is a non-public address or a localhost name, as a 400 on the field `url`. */
export function privateWebhookUrl({ host, range }: PrivateHost): ValidationFailedException {
  return new ValidationFailedException([
    {
      field: 'url',
      rule: 'isPublicAddress',
      messageEn: `url must point to a public address, but ${host} is ${range}. Webhooks to loopback, private, link-local and other internal addresses are rejected.`,
      messageTh: `url ต้องชี้ไปยังที่อยู่สาธารณะ แต่ ${host} เป็นที่อยู่แบบ ${range} ระบบไม่รับ webhook ที่ส่งไปยังที่อยู่ภายใน เช่น loopback, private หรือ link-local`,
    },
  ]);
}

/** Returns the 400 of a webhook URL that passed the contract's check but that Node's URL parser rejects. */
export function unparsableWebhookUrl(value: string): ValidationFailedException {
  return new ValidationFailedException([
    {
      field: 'url',
      rule: 'isUrl',
      messageEn: `url ${value} cannot be parsed as a URL (an IPv6 zone id such as %eth0 is not allowed). Use a public host name or address.`,
      messageTh: `url ${value} ไม่ใช่ URL ที่ระบบอ่านได้ (ไม่รับ zone id ของ IPv6 เช่น %eth0) ให้ใช้ชื่อโฮสต์หรือที่อยู่สาธารณะ`,
    },
  ]);
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
