import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type { HolidayListResponse, InboxItemResponse, InboxPage, NotificationHealthResponse } from '@bma-kpi/contracts-notification';
import {
  ListHolidaysRequest,
  ListInboxRequest,
  MarkInboxItemRequest,
  NotificationSubjects,
  ReplaceHolidaysRequest,
} from '@bma-kpi/contracts-notification';
import type { EventConsumer } from '@bma-kpi/messaging';
import { DeadLetterRepository, DeliveryRepository, NotificationDatabase, OutboxRepository } from '@bma-kpi/notification-data-access';

import { NOTIFICATION_EVENT_CONSUMER } from './event-consumer.token';
import { HolidayService } from './holiday.service';
import { InboxService } from './inbox.service';
import { requestMetaOf } from './request-meta';

/** Request handlers of the notification service. Validation runs in the global pipe. */
@Controller()
export class NotificationController {
  constructor(
    private readonly holidays: HolidayService,
    private readonly inbox: InboxService,
    private readonly database: NotificationDatabase,
    private readonly deadLetters: DeadLetterRepository,
    private readonly outbox: OutboxRepository,
    private readonly deliveries: DeliveryRepository,
    @Inject(NOTIFICATION_EVENT_CONSUMER) private readonly consumer: EventConsumer,
  ) {}

  @MessagePattern(NotificationSubjects.holidayList)
  listHolidays(@Payload() request: ListHolidaysRequest): Promise<HolidayListResponse> {
    return this.holidays.list(request);
  }

  @MessagePattern(NotificationSubjects.holidayReplace)
  replaceHolidays(@Payload() request: ReplaceHolidaysRequest, @Ctx() context: unknown): Promise<HolidayListResponse> {
    return this.holidays.replace(request, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.inboxList)
  listInbox(@Payload() request: ListInboxRequest): Promise<InboxPage> {
    return this.inbox.list(request);
  }

  @MessagePattern(NotificationSubjects.inboxMark)
  markInboxItem(@Payload() request: MarkInboxItemRequest): Promise<InboxItemResponse> {
    return this.inbox.mark(request);
  }

  @MessagePattern(NotificationSubjects.healthCheck)
  async health(): Promise<NotificationHealthResponse> {
    await this.database.prisma.$queryRaw`SELECT 1`;

    return {
      status: 'ok',
      service: 'notification',
      database: this.database.database.kind,
      deadLetters: await this.deadLetters.count(),
      deadLetteredDeliveries: await this.deliveries.countDeadLettered(),
      outboxBacklog: await this.outbox.countPending(),
      consumerLag: await this.consumer.pendingMessages(),
    };
  }
}
