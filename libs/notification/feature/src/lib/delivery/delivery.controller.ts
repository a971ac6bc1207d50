import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

import type { DeliveryDetailResponse, DeliveryPage, DigestRunResponse } from '@bma-kpi/contracts-notification';
import { DeliveryIdRequest, ListDeliveriesRequest, NotificationSubjects, RunDigestRequest } from '@bma-kpi/contracts-notification';

import { DeliveryService } from './delivery.service';

/** Request handlers of the delivery log and the daily digests. Validation runs in the global pipe. */
@Controller()
export class DeliveryController {
  constructor(private readonly deliveries: DeliveryService) {}

  @MessagePattern(NotificationSubjects.deliveryList)
  list(@Payload() request: ListDeliveriesRequest): Promise<DeliveryPage> {
    return this.deliveries.list(request);
  }

  @MessagePattern(NotificationSubjects.deliveryGet)
  get(@Payload() request: DeliveryIdRequest): Promise<DeliveryDetailResponse> {
    return this.deliveries.get(request.id);
  }

  @MessagePattern(NotificationSubjects.digestRun)
  runDigests(@Payload() request: RunDigestRequest): Promise<DigestRunResponse> {
    return this.deliveries.runDigests(request.date);
  }
}
