import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';

import type {
  DeletedResponse,
  RecipientPage,
  RecipientResponse,
  SubscriptionListResponse,
  SubscriptionResponse,
  WebhookEndpointResponse,
  WebhookPage,
  WebhookSecretResponse,
  WebhookTestResponse,
} from '@bma-kpi/contracts-notification';
import {
  CreateSubscriptionRequest,
  DeleteSubscriptionRequest,
  ListRecipientsRequest,
  ListSubscriptionsRequest,
  ListWebhooksRequest,
  NotificationSubjects,
  RecipientIdRequest,
  RegisterWebhookRequest,
  UpdatePreferencesRequest,
  UpdateWebhookRequest,
  UpsertRecipientRequest,
  WebhookIdRequest,
} from '@bma-kpi/contracts-notification';

import { requestMetaOf } from '../request-meta';
import { RecipientService } from './recipient.service';
import { SubscriptionService } from './subscription.service';
import { WebhookService } from './webhook.service';

/** Request handlers for recipients, preferences, subscriptions and webhook endpoints. Validation runs in the global pipe. */
@Controller()
export class RegistryController {
  constructor(
    private readonly recipients: RecipientService,
    private readonly subscriptions: SubscriptionService,
    private readonly webhooks: WebhookService,
  ) {}

  @MessagePattern(NotificationSubjects.recipientUpsert)
  upsertRecipient(@Payload() request: UpsertRecipientRequest, @Ctx() context: unknown): Promise<RecipientResponse> {
    return this.recipients.upsert(request, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.recipientGet)
  getRecipient(@Payload() request: RecipientIdRequest): Promise<RecipientResponse> {
    return this.recipients.get(request.id);
  }

  @MessagePattern(NotificationSubjects.recipientList)
  listRecipients(@Payload() request: ListRecipientsRequest): Promise<RecipientPage> {
    return this.recipients.list(request);
  }

  @MessagePattern(NotificationSubjects.preferencesUpdate)
  updatePreferences(@Payload() request: UpdatePreferencesRequest, @Ctx() context: unknown): Promise<RecipientResponse> {
    return this.recipients.updatePreferences(request, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.subscriptionCreate)
  createSubscription(@Payload() request: CreateSubscriptionRequest, @Ctx() context: unknown): Promise<SubscriptionResponse> {
    return this.subscriptions.create(request, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.subscriptionList)
  listSubscriptions(@Payload() request: ListSubscriptionsRequest): Promise<SubscriptionListResponse> {
    return this.subscriptions.list(request.recipientId);
  }

  @MessagePattern(NotificationSubjects.subscriptionDelete)
  deleteSubscription(@Payload() request: DeleteSubscriptionRequest, @Ctx() context: unknown): Promise<DeletedResponse> {
    return this.subscriptions.delete(request, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.webhookRegister)
  registerWebhook(@Payload() request: RegisterWebhookRequest, @Ctx() context: unknown): Promise<WebhookSecretResponse> {
    return this.webhooks.register(request, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.webhookList)
  listWebhooks(@Payload() request: ListWebhooksRequest): Promise<WebhookPage> {
    return this.webhooks.list(request);
  }

  @MessagePattern(NotificationSubjects.webhookGet)
  getWebhook(@Payload() request: WebhookIdRequest): Promise<WebhookEndpointResponse> {
    return this.webhooks.get(request.id);
  }

  @MessagePattern(NotificationSubjects.webhookUpdate)
  updateWebhook(@Payload() request: UpdateWebhookRequest, @Ctx() context: unknown): Promise<WebhookEndpointResponse> {
    return this.webhooks.update(request, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.webhookRotateSecret)
  rotateWebhookSecret(@Payload() request: WebhookIdRequest, @Ctx() context: unknown): Promise<WebhookSecretResponse> {
    return this.webhooks.rotateSecret(request.id, requestMetaOf(context));
  }

  @MessagePattern(NotificationSubjects.webhookTest)
  testWebhook(@Payload() request: WebhookIdRequest): Promise<WebhookTestResponse> {
    return this.webhooks.test(request.id);
  }

  @MessagePattern(NotificationSubjects.webhookDelete)
  deleteWebhook(@Payload() request: WebhookIdRequest, @Ctx() context: unknown): Promise<DeletedResponse> {
    return this.webhooks.delete(request.id, requestMetaOf(context));
  }
}
