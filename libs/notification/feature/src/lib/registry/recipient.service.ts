import { Injectable } from '@nestjs/common';

import type {
  ListRecipientsRequest,
  MutedKinds,
  RecipientAudience,
  RecipientPage,
  RecipientResponse,
  UpdatePreferencesRequest,
  UpsertRecipientRequest,
} from '@bma-kpi/contracts-notification';
import { NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { DomainException } from '@bma-kpi/errors';
import { RecipientRepository, type RecipientRecord } from '@bma-kpi/notification-data-access';
import { isCriticalKind, isNotificationKind } from '@bma-kpi/notification-domain';

import type { RequestMeta } from '../request-meta';
import { defaultPageSize, recipientNotFound, rethrowVersionConflict } from './registry-errors';

function toResponse(record: RecipientRecord): RecipientResponse {
  return { ...record, audiences: record.audiences as RecipientAudience[] };
}

/**
 * Keeps only the `false` entries of a mutedKinds map, because a missing entry already means on.
 * Throws CRITICAL_KIND_CANNOT_BE_MUTED naming every critical kind the map tries to switch off.
 */
export function normaliseMutedKinds(mutedKinds: MutedKinds): MutedKinds {
  const normalised: MutedKinds = {};
  const critical: string[] = [];

  for (const [kind, channels] of Object.entries(mutedKinds)) {
    const off = Object.entries(channels).filter(([, on]) => !on);

    if (off.length === 0) {
      continue;
    }
    // The contract has checked the kind names; the guard keeps isCriticalKind from throwing on a stray one.
    if (isNotificationKind(kind) && isCriticalKind(kind)) {
      critical.push(kind);
      continue;
    }
    normalised[kind] = Object.fromEntries(off);
  }
  if (critical.length > 0) {
    throw new DomainException(
      NotificationErrorCode.criticalKindCannotBeMuted,
      `Kind ${critical.join(', ')} is critical and cannot be switched off: it always reaches its audience. Remove it from mutedKinds.`,
      `ปิดการแจ้งเตือนประเภท ${critical.join(', ')} ไม่ได้ เพราะเป็นการแจ้งเตือนสำคัญที่ต้องส่งถึงผู้รับเสมอ ให้นำออกจาก mutedKinds`,
      { details: { kinds: critical } },
    );
  }

  return normalised;
}

/** Creates, reads and lists recipients and changes their delivery preferences. */
@Injectable()
export class RecipientService {
  constructor(private readonly recipients: RecipientRepository) {}

  async upsert(request: UpsertRecipientRequest, meta: RequestMeta): Promise<RecipientResponse> {
    const { version, mutedKinds, ...fields } = request;

    await this.assertAgencyForAgencyAudiences(request);
    const input = { ...fields, ...(mutedKinds === undefined ? {} : { mutedKinds: normaliseMutedKinds(mutedKinds) }) };
    const record = await this.recipients.upsert(input, version, meta).catch(rethrowVersionConflict);

    return toResponse(record);
  }

  /**
   * Rejects agency staff or heads without an agency, who would never match a notice. Fields the
   * request leaves out keep their stored values, so those count too.
   */
  private async assertAgencyForAgencyAudiences(request: UpsertRecipientRequest): Promise<void> {
    const stored = request.audiences === undefined || request.agencyCode === undefined ? await this.recipients.get(request.id) : null;
    const audiences = request.audiences ?? stored?.audiences ?? [];
    const agencyCode = request.agencyCode === undefined ? (stored?.agencyCode ?? null) : request.agencyCode;
    const agencyAudiences = audiences.filter((audience) => audience === 'agency' || audience === 'agencyHead');

    if (agencyAudiences.length > 0 && agencyCode === null) {
      throw new DomainException(
        NotificationErrorCode.recipientAgencyRequired,
        `Recipient ${request.id} is in the ${agencyAudiences.join(' and ')} audience but has no agencyCode; give the 4-digit code of the agency.`,
        `ผู้รับ ${request.id} อยู่ในกลุ่ม ${agencyAudiences.join(' และ ')} แต่ไม่มี agencyCode กรุณาระบุรหัสหน่วยงาน 4 หลัก`,
        { details: { field: 'agencyCode' } },
      );
    }
  }

  async get(id: string): Promise<RecipientResponse> {
    const record = await this.recipients.get(id);

    if (record === null) {
      throw recipientNotFound(id);
    }

    return toResponse(record);
  }

  async list(request: ListRecipientsRequest): Promise<RecipientPage> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const result = await this.recipients.list({ agencyCode: request.agencyCode, type: request.type, audience: request.audience }, { page, pageSize });

    return { items: result.items.map(toResponse), total: result.total, page, pageSize };
  }

  async updatePreferences(request: UpdatePreferencesRequest, meta: RequestMeta): Promise<RecipientResponse> {
    const { id, version, mutedKinds, ...preferences } = request;
    const changes = { ...preferences, ...(mutedKinds === undefined ? {} : { mutedKinds: normaliseMutedKinds(mutedKinds) }) };
    const record = await this.recipients.updatePreferences(id, changes, version, meta).catch(rethrowVersionConflict);

    if (record === null) {
      throw recipientNotFound(id);
    }

    return toResponse(record);
  }
}
