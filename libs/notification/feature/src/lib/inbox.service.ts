import { Injectable } from '@nestjs/common';

import type { InboxItemResponse, InboxPage, ListInboxRequest, MarkInboxItemRequest } from '@bma-kpi/contracts-notification';
import { NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { DomainException } from '@bma-kpi/errors';
import { NotificationRepository, type NotificationRecord } from '@bma-kpi/notification-data-access';

const defaultPageSize = 50;

function toItem(record: NotificationRecord): InboxItemResponse {
  return {
    id: record.id,
    kind: record.kind,
    agencyCode: record.agencyCode,
    language: record.language,
    subject: record.subject,
    text: record.text,
    createdAt: record.createdAt,
    readAt: record.readAt,
    acknowledgedAt: record.acknowledgedAt,
  };
}

/** Reads a recipient's in-app inbox and marks its items read or acknowledged. */
@Injectable()
export class InboxService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(request: ListInboxRequest): Promise<InboxPage> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const result = await this.notifications.inbox(request.recipientId, { page, pageSize, unreadOnly: request.unreadOnly });

    return { items: result.items.map(toItem), total: result.total, page, pageSize };
  }

  /** Marks an item read (and acknowledged when asked); another recipient's item is a 404, not a 403, so ids cannot be probed. */
  async mark(request: MarkInboxItemRequest): Promise<InboxItemResponse> {
    const record = await this.notifications.markRead(request.id, request.recipientId, request.acknowledge === true);

    if (record === null) {
      throw new DomainException(
        NotificationErrorCode.notificationNotFound,
        `No notification ${request.id} in the inbox of ${request.recipientId}.`,
        `ไม่พบการแจ้งเตือน ${request.id} ในกล่องข้อความของ ${request.recipientId}`,
      );
    }

    return toItem(record);
  }
}
