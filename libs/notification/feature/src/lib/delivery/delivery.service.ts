import { Injectable } from '@nestjs/common';

import type { DeliveryDetailResponse, DeliveryPage, DigestRunResponse, ListDeliveriesRequest } from '@bma-kpi/contracts-notification';
import { NotificationErrorCode } from '@bma-kpi/contracts-notification';
import { CommonErrorCode, DomainException } from '@bma-kpi/errors';
import { DeliveryRepository } from '@bma-kpi/notification-data-access';

import { DigestJob } from './digest.job';

const defaultPageSize = 50;

/** Reads the delivery log and runs the daily digests on request. */
/** Rejects a `to` at or before `from`, which can match nothing and is most likely swapped. */
function assertOrderedRange(from: string | undefined, to: string | undefined): void {
  if (from === undefined || to === undefined || new Date(from) < new Date(to)) {
    return;
  }
  const messageEn = `to must be later than from (${from}); swap them to list the deliveries between the two.`;
  const messageTh = `to ต้องอยู่หลัง from (${from}) หากสลับกันให้สลับกลับเพื่อดูรายการระหว่างสองเวลา`;

  throw new DomainException(CommonErrorCode.validationFailed, messageEn, messageTh, {
    errors: [{ field: 'to', rule: 'isAfterFrom', messageEn, messageTh }],
  });
}

@Injectable()
export class DeliveryService {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly digests: DigestJob,
  ) {}

  async list(request: ListDeliveriesRequest): Promise<DeliveryPage> {
    assertOrderedRange(request.from, request.to);
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? defaultPageSize;
    const result = await this.deliveries.list({
      page,
      pageSize,
      status: request.status,
      channel: request.channel,
      recipientId: request.recipientId,
      notificationId: request.notificationId,
      kind: request.kind,
      from: request.from === undefined ? undefined : new Date(request.from),
      to: request.to === undefined ? undefined : new Date(request.to),
    });

    return { items: result.items, total: result.total, page, pageSize };
  }

  async get(id: string): Promise<DeliveryDetailResponse> {
    const delivery = await this.deliveries.get(id);

    if (delivery === null) {
      throw new DomainException(
        NotificationErrorCode.deliveryNotFound,
        `No delivery ${id} in the delivery log.`,
        `ไม่พบการส่ง ${id} ในบันทึกการส่ง`,
      );
    }

    return delivery;
  }

  /** Sends the digests held for a Bangkok date and earlier dates now, whatever the hour. */
  runDigests(date: string): Promise<DigestRunResponse> {
    return this.digests.run(date);
  }
}
