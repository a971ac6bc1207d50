import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';

import type { DeliveryDetailResponse, DeliveryPage, DigestRunResponse } from '@bma-kpi/contracts-notification';
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  DeliveryIdRequest,
  ListDeliveriesRequest,
  NOTIFICATION_KIND_NAMES,
  NotificationSubjects,
  RunDigestRequest,
} from '@bma-kpi/contracts-notification';

import { NotificationClient } from '../clients/notification.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { deliveryDetailSchema, deliveryPageSchema, digestRunBodySchema, digestRunSchema } from '../openapi/notification-delivery.schemas';
import { Access } from '../auth/access.decorator';

/** The delivery log of e-mail and webhook deliveries, and operator runs of the daily digests. */
@ApiTags('notifications')
@Access('admin')
@Controller('v1/notifications')
export class NotificationDeliveriesController {
  constructor(private readonly notification: NotificationClient) {}

  @Get('deliveries')
  @ApiOperation({
    summary: 'บันทึกการส่งอีเมลและเว็บฮุก / Delivery log of e-mail and webhooks, newest first',
    description: 'กรองตามสถานะ ช่องทาง ผู้รับ การแจ้งเตือน ประเภท และช่วงเวลาที่สร้าง / Filter by status, channel, recipient, notification, kind and creation time',
  })
  @ApiQuery({ name: 'status', required: false, enum: [...DELIVERY_STATUSES] })
  @ApiQuery({ name: 'channel', required: false, enum: [...DELIVERY_CHANNELS] })
  @ApiQuery({ name: 'recipientId', required: false, example: 'user:somchai' })
  @ApiQuery({ name: 'notificationId', required: false, format: 'uuid' })
  @ApiQuery({ name: 'kind', required: false, enum: [...NOTIFICATION_KIND_NAMES] })
  @ApiQuery({ name: 'from', required: false, example: '2025-11-01T00:00:00+07:00', description: 'สร้างตั้งแต่ (รวม) / Created at or after' })
  @ApiQuery({ name: 'to', required: false, example: '2025-12-01T00:00:00+07:00', description: 'สร้างก่อน / Created before' })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiOkResponse({ schema: deliveryPageSchema })
  @ApiProblems(400, 503)
  list(@Query() query: ListDeliveriesRequest): Promise<DeliveryPage> {
    return this.notification.request(NotificationSubjects.deliveryList, query);
  }

  @Get('deliveries/:id')
  @ApiOperation({ summary: 'การส่งหนึ่งรายการพร้อมทุกครั้งที่พยายามส่ง / One delivery with every attempt' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ schema: deliveryDetailSchema })
  @ApiProblems(400, 404, 503)
  get(@Param() params: DeliveryIdRequest): Promise<DeliveryDetailResponse> {
    return this.notification.request(NotificationSubjects.deliveryGet, params);
  }

  @Post('digests/run')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ส่งสรุปรายวันของวันที่ระบุทันที / Send the daily digests of a date now',
    description:
      'ส่งสรุปที่ค้างถึงวันที่ระบุ หนึ่งอีเมลต่อที่อยู่ ไม่ขึ้นกับ DIGEST_HOUR / Sends the digests held up to that date, one e-mail per address, ' +
      'whatever DIGEST_HOUR says; started is false while another instance sends them',
  })
  @ApiBody({ schema: digestRunBodySchema })
  @ApiOkResponse({ schema: digestRunSchema })
  @ApiProblems(400, 503)
  runDigests(@Body() body: RunDigestRequest): Promise<DigestRunResponse> {
    return this.notification.request(NotificationSubjects.digestRun, body);
  }
}
