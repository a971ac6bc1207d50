import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, OmitType } from '@nestjs/swagger';

import type { RecipientPage, RecipientResponse, SubscriptionListResponse, SubscriptionResponse } from '@bma-kpi/contracts-notification';
import {
  CreateSubscriptionRequest,
  DeleteSubscriptionRequest,
  ListRecipientsRequest,
  ListSubscriptionsRequest,
  NotificationSubjects,
  RecipientIdRequest,
  UpdatePreferencesRequest,
  UpsertRecipientRequest,
} from '@bma-kpi/contracts-notification';

import { NotificationClient } from '../clients/notification.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  recipientPageSchema,
  recipientSchema,
  requestBodySchema,
  subscriptionListSchema,
  subscriptionSchema,
} from '../openapi/notification-registry.schemas';
import { Access } from '../auth/access.decorator';

/** Body of PUT /notifications/recipients/{id}: the id is in the path. */
export class UpsertRecipientBody extends OmitType(UpsertRecipientRequest, ['id'] as const) {}

/** Body of PATCH /notifications/recipients/{id}/preferences. */
export class UpdatePreferencesBody extends OmitType(UpdatePreferencesRequest, ['id'] as const) {}

/** Body of POST /notifications/recipients/{recipientId}/subscriptions. */
export class CreateSubscriptionBody extends OmitType(CreateSubscriptionRequest, ['recipientId'] as const) {}

const recipientIdParam = { name: 'id', example: 'user:somchai', description: 'รหัสผู้ใช้หรือไคลเอนต์ API / User or API client id' };

/**
 * Recipients of notifications, their preferences and subscriptions, managed by administrators. A
 * recipient id is the principal id the gateway gives the user or client (`user:<sub>`, `client:<id>`).
 */
@ApiTags('notifications')
@Access('admin')
@Controller('v1/notifications/recipients')
export class NotificationRecipientsController {
  constructor(private readonly notification: NotificationClient) {}

  @Get()
  @ApiOperation({ summary: 'รายชื่อผู้รับ / List recipients', description: 'กรองตาม agencyCode, type, audience / Filter by agencyCode, type, audience' })
  @ApiOkResponse({ schema: recipientPageSchema })
  @ApiProblems(400)
  list(@Query() query: ListRecipientsRequest): Promise<RecipientPage> {
    return this.notification.request(NotificationSubjects.recipientList, query);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'สร้างหรือแทนที่ผู้รับ / Create or replace a recipient',
    description:
      'ฟิลด์ที่ไม่ส่งคงค่าเดิม ส่ง null เพื่อล้าง agencyCode หรือ email / Fields left out keep their value; null clears agencyCode or email. ' +
      'ส่ง version เพื่อป้องกันการเขียนทับ (409) / Send version to avoid overwriting a change (409)',
  })
  @ApiParam(recipientIdParam)
  @ApiBody({ schema: requestBodySchema(UpsertRecipientBody) })
  @ApiOkResponse({ schema: recipientSchema })
  @ApiProblems(400, 409, 422)
  upsert(@Param() params: RecipientIdRequest, @Body() body: UpsertRecipientBody): Promise<RecipientResponse> {
    return this.notification.request(NotificationSubjects.recipientUpsert, { ...body, id: params.id });
  }

  @Get(':id')
  @ApiOperation({ summary: 'ผู้รับและการตั้งค่า / A recipient with its preferences' })
  @ApiParam(recipientIdParam)
  @ApiOkResponse({ schema: recipientSchema })
  @ApiProblems(400, 404)
  get(@Param() params: RecipientIdRequest): Promise<RecipientResponse> {
    return this.notification.request(NotificationSubjects.recipientGet, params);
  }

  @Patch(':id/preferences')
  @ApiOperation({
    summary: 'เปลี่ยนการตั้งค่าการแจ้งเตือน / Change notification preferences',
    description:
      'การแจ้งเตือนสำคัญ (เกินกำหนด, ขอให้แก้ไข) ปิดไม่ได้ (422) / Critical kinds (overdue, correction requested) cannot be switched off (422)',
  })
  @ApiParam(recipientIdParam)
  @ApiBody({ schema: requestBodySchema(UpdatePreferencesBody) })
  @ApiOkResponse({ schema: recipientSchema })
  @ApiProblems(400, 404, 409, 422)
  updatePreferences(@Param() params: RecipientIdRequest, @Body() body: UpdatePreferencesBody): Promise<RecipientResponse> {
    return this.notification.request(NotificationSubjects.preferencesUpdate, { ...body, id: params.id });
  }

  @Get(':recipientId/subscriptions')
  @ApiOperation({ summary: 'การสมัครรับของผู้รับ / A recipient\'s subscriptions' })
  @ApiParam({ ...recipientIdParam, name: 'recipientId' })
  @ApiOkResponse({ schema: subscriptionListSchema })
  @ApiProblems(400, 404)
  listSubscriptions(@Param() params: ListSubscriptionsRequest): Promise<SubscriptionListResponse> {
    return this.notification.request(NotificationSubjects.subscriptionList, params);
  }

  @Post(':recipientId/subscriptions')
  @ApiOperation({
    summary: 'สมัครรับการแจ้งเตือน / Subscribe to notifications',
    description:
      'ตามหน่วยงาน ประเภท และช่องทาง (* = ทั้งหมด) ซ้ำได้ 409 พร้อมรหัสเดิมใน details.id / Per agency, kind and channel (* = all); ' +
      'a repeat is a 409 naming the existing subscription in details.id; email needs an e-mail address (422)',
  })
  @ApiParam({ ...recipientIdParam, name: 'recipientId' })
  @ApiBody({ schema: requestBodySchema(CreateSubscriptionBody) })
  @ApiCreatedResponse({ schema: subscriptionSchema })
  @ApiProblems(400, 404, 409, 422)
  subscribe(@Param() params: ListSubscriptionsRequest, @Body() body: CreateSubscriptionBody): Promise<SubscriptionResponse> {
    return this.notification.request(NotificationSubjects.subscriptionCreate, { ...body, recipientId: params.recipientId });
  }

  @Delete(':recipientId/subscriptions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'ยกเลิกการสมัครรับ / Remove a subscription' })
  @ApiParam({ ...recipientIdParam, name: 'recipientId' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'ยกเลิกแล้ว / Removed' })
  @ApiProblems(400, 404)
  async unsubscribe(@Param() params: DeleteSubscriptionRequest): Promise<void> {
    await this.notification.request(NotificationSubjects.subscriptionDelete, params);
  }
}
