import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';

import type { WebhookEndpointResponse, WebhookPage, WebhookSecretResponse } from '@bma-kpi/contracts-notification';
import { NotificationErrorCode, NotificationSubjects } from '@bma-kpi/contracts-notification';
import { DomainException } from '@bma-kpi/errors';

import { Access } from '../auth/access.decorator';
import { requestAccessOf } from '../auth/access.guard';
import type { Principal } from '../auth/principal';
import { NotificationClient } from '../clients/notification.client';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { integrationWebhookExample, integrationWebhookPageSchema, integrationWebhookSecretSchema } from '../openapi/integration.schemas';
import { requestBodySchema } from '../openapi/notification-registry.schemas';
import { INTEGRATION_WEBHOOK_KINDS, IntegrationPageQuery, IntegrationWebhookIdParam, RegisterIntegrationWebhookRequest } from './integration.requests';

const webhookIdParam = { name: 'id', format: 'uuid' };

function principalOf(request: Request): Principal {
  const principal = requestAccessOf(request)?.principal;

  // The access guard runs first and refuses anonymous callers, so a missing principal is a wiring fault.
  if (principal === undefined || principal.kind === 'anonymous') {
    throw new Error('Integration webhook route reached without an authenticated principal');
  }

  return principal;
}

/** Builds the 404 for a webhook that does not exist or belongs to another caller, so both look the same. */
function webhookNotFound(id: string): DomainException {
  return new DomainException(
    NotificationErrorCode.webhookNotFound,
    `You have no webhook endpoint with id ${id}; list yours with GET /api/integration/v1/webhooks.`,
    `ไม่พบ webhook รหัส ${id} ของคุณ ดูรายการได้ที่ GET /api/integration/v1/webhooks`,
    { details: { id } },
  );
}

/**
 * Webhook subscriptions of the calling system to evaluation results and changes. The recipient is
 * always the caller (`client:<id>` for an API key); a caller with an agency hears about that agency only.
 */
@ApiTags('integration')
@Access('integration.subscribe')
@Controller('integration/v1/webhooks')
export class IntegrationWebhooksController {
  constructor(private readonly notification: NotificationClient) {}

  @Post()
  @ApiOperation({
    summary: 'สมัครรับ webhook ผลการประเมิน / Subscribe a webhook to evaluation results and changes',
    description:
      'คำตอบแสดงรหัสลับเพียงครั้งเดียว ผู้รับตรวจ X-BMA-Signature: t=<วินาที>,v1=<HMAC-SHA256 ฐานสิบหกของ "<t>.<body>"> ' +
      '/ The reply shows the signing secret once. Receivers check X-BMA-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of ' +
      '"<t>.<body>"> with it. Without kinds the endpoint gets every kind listed in the schema.',
  })
  @ApiBody({ schema: requestBodySchema(RegisterIntegrationWebhookRequest), examples: { digitalPlans: { value: integrationWebhookExample } } })
  @ApiCreatedResponse({ schema: integrationWebhookSecretSchema })
  @ApiProblems(400)
  async register(@Body() body: RegisterIntegrationWebhookRequest, @Req() request: Request): Promise<WebhookSecretResponse> {
    const principal = principalOf(request);

    await this.ensureRecipient(principal);

    return this.notification.request(NotificationSubjects.webhookRegister, {
      recipientId: principal.id,
      url: body.url,
      // The kinds are always stored, so kinds added to the notification service later reach a system only when it requests them.
      kinds: body.kinds ?? [...INTEGRATION_WEBHOOK_KINDS],
      agencyCodes: principal.agency === null ? [] : [principal.agency],
      ...(body.description === undefined ? {} : { description: body.description }),
    });
  }

  @Get()
  @ApiOperation({ summary: 'webhook ของผู้เรียก / The caller\'s webhook endpoints', description: 'ไม่มีรหัสลับ / Without secrets' })
  @ApiOkResponse({ schema: integrationWebhookPageSchema })
  @ApiProblems(400)
  list(@Query() query: IntegrationPageQuery, @Req() request: Request): Promise<WebhookPage> {
    return this.notification.request(NotificationSubjects.webhookList, { ...query, recipientId: principalOf(request).id });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'ยกเลิก webhook / Remove one of the caller\'s webhook endpoints' })
  @ApiParam(webhookIdParam)
  @ApiNoContentResponse({ description: 'ลบแล้ว / Removed' })
  @ApiProblems(400, 404)
  async remove(@Param() params: IntegrationWebhookIdParam, @Req() request: Request): Promise<void> {
    await this.ownWebhook(params.id, principalOf(request));
    await this.notification.request(NotificationSubjects.webhookDelete, { id: params.id });
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary: 'เปลี่ยนรหัสลับ / Rotate the signing secret',
    description: 'รหัสเดิมยังลงนามคู่กันจนถึง previousSecretUntil / The old secret keeps signing beside the new one until previousSecretUntil',
  })
  @ApiParam(webhookIdParam)
  @ApiOkResponse({ schema: integrationWebhookSecretSchema })
  @ApiProblems(400, 404)
  async rotateSecret(@Param() params: IntegrationWebhookIdParam, @Req() request: Request): Promise<WebhookSecretResponse> {
    await this.ownWebhook(params.id, principalOf(request));

    return this.notification.request(NotificationSubjects.webhookRotateSecret, { id: params.id });
  }

  /** Returns the webhook when it belongs to the principal; another caller's webhook is a 404, as if it did not exist. */
  private async ownWebhook(id: string, principal: Principal): Promise<WebhookEndpointResponse> {
    const webhook = await this.notification.request(NotificationSubjects.webhookGet, { id });

    if (webhook.recipientId !== principal.id) {
      throw webhookNotFound(id);
    }

    return webhook;
  }

  /** Creates the caller's recipient record on its first subscription; an existing record is left as it is. */
  private async ensureRecipient(principal: Principal): Promise<void> {
    try {
      await this.notification.request(NotificationSubjects.recipientGet, { id: principal.id });

      return;
    } catch (error) {
      if (!(error instanceof DomainException && error.code === NotificationErrorCode.recipientNotFound)) {
        throw error;
      }
    }
    await this.notification.request(NotificationSubjects.recipientUpsert, {
      id: principal.id,
      type: principal.kind === 'client' ? 'client' : 'user',
      displayName: principal.name ?? principal.id,
      agencyCode: principal.agency,
      audiences: [],
    });
  }
}
