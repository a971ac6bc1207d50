import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, OmitType } from '@nestjs/swagger';

import type { WebhookEndpointResponse, WebhookPage, WebhookSecretResponse, WebhookTestResponse } from '@bma-kpi/contracts-notification';
import { ListWebhooksRequest, NotificationSubjects, RegisterWebhookRequest, UpdateWebhookRequest, WebhookIdRequest } from '@bma-kpi/contracts-notification';

import { NotificationClient } from '../clients/notification.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { requestBodySchema, webhookPageSchema, webhookSchema, webhookSecretSchema, webhookTestSchema } from '../openapi/notification-registry.schemas';
import { Access } from '../auth/access.decorator';

/** Body of PATCH /notifications/webhooks/{id}: the id is in the path. */
export class UpdateWebhookBody extends OmitType(UpdateWebhookRequest, ['id'] as const) {}

const webhookIdParam = { name: 'id', format: 'uuid' };

/** Webhook endpoints of recipients: register, change, rotate the signing secret, send a test. */
@ApiTags('notifications')
@Access('admin')
@Controller('v1/notifications/webhooks')
export class NotificationWebhooksController {
  constructor(private readonly notification: NotificationClient) {}

  @Post()
  @ApiOperation({
    summary: 'ลงทะเบียน webhook / Register a webhook endpoint',
    description:
      'คำตอบแสดงรหัสลับสำหรับตรวจลายเซ็นเพียงครั้งเดียว / The reply shows the signing secret once; receivers verify ' +
      'X-BMA-Signature (t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">) with it',
  })
  @ApiBody({ schema: requestBodySchema(RegisterWebhookRequest) })
  @ApiCreatedResponse({ schema: webhookSecretSchema })
  @ApiProblems(400, 404)
  register(@Body() body: RegisterWebhookRequest): Promise<WebhookSecretResponse> {
    return this.notification.request(NotificationSubjects.webhookRegister, body);
  }

  @Get()
  @ApiOperation({ summary: 'รายการ webhook / List webhook endpoints', description: 'ไม่มีรหัสลับ / Without secrets' })
  @ApiOkResponse({ schema: webhookPageSchema })
  @ApiProblems(400)
  list(@Query() query: ListWebhooksRequest): Promise<WebhookPage> {
    return this.notification.request(NotificationSubjects.webhookList, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'webhook หนึ่งรายการ / One webhook endpoint', description: 'ไม่มีรหัสลับ / Without its secret' })
  @ApiParam(webhookIdParam)
  @ApiOkResponse({ schema: webhookSchema })
  @ApiProblems(400, 404)
  get(@Param() params: WebhookIdRequest): Promise<WebhookEndpointResponse> {
    return this.notification.request(NotificationSubjects.webhookGet, params);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'แก้ไข webhook / Change a webhook endpoint', description: 'ฟิลด์ที่ไม่ส่งคงค่าเดิม / Fields left out keep their value' })
  @ApiParam(webhookIdParam)
  @ApiBody({ schema: requestBodySchema(UpdateWebhookBody) })
  @ApiOkResponse({ schema: webhookSchema })
  @ApiProblems(400, 404, 409)
  update(@Param() params: WebhookIdRequest, @Body() body: UpdateWebhookBody): Promise<WebhookEndpointResponse> {
    return this.notification.request(NotificationSubjects.webhookUpdate, { ...body, id: params.id });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'ลบ webhook / Remove a webhook endpoint' })
  @ApiParam(webhookIdParam)
  @ApiNoContentResponse({ description: 'ลบแล้ว / Removed' })
  @ApiProblems(400, 404)
  async remove(@Param() params: WebhookIdRequest): Promise<void> {
    await this.notification.request(NotificationSubjects.webhookDelete, params);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary: 'เปลี่ยนรหัสลับ / Rotate the signing secret',
    description:
      'รหัสลับเดิมยังลงนามคู่กับรหัสใหม่จนถึง previousSecretUntil / The old secret keeps signing next to the new one until previousSecretUntil',
  })
  @ApiParam(webhookIdParam)
  @ApiOkResponse({ schema: webhookSecretSchema })
  @ApiProblems(400, 404)
  rotateSecret(@Param() params: WebhookIdRequest): Promise<WebhookSecretResponse> {
    return this.notification.request(NotificationSubjects.webhookRotateSecret, params);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'ส่งข้อความทดสอบ / Send a test request',
    description: 'ส่ง notification.test ที่ลงนามแล้วทันทีและรายงานผลตอบกลับ / Sends a signed notification.test now and reports the response',
  })
  @ApiParam(webhookIdParam)
  @ApiOkResponse({ schema: webhookTestSchema })
  @ApiProblems(400, 404, 422)
  test(@Param() params: WebhookIdRequest): Promise<WebhookTestResponse> {
    return this.notification.request(NotificationSubjects.webhookTest, params);
  }
}
