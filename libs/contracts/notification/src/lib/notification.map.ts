import type {
  ListHolidaysRequest,
  ListInboxRequest,
  MarkInboxItemRequest,
  NotificationHealthRequest,
  ReplaceHolidaysRequest,
} from './notification.request';
import type { HolidayListResponse, InboxItemResponse, InboxPage, NotificationHealthResponse } from './notification.responses';
import { NotificationSubjects } from './notification.subjects';
import type { DeliveryIdRequest, ListDeliveriesRequest, RunDigestRequest } from './delivery.request';
import type { DeliveryDetailResponse, DeliveryPage, DigestRunResponse } from './delivery.responses';
import type { ReminderPlanRequest, ReminderRunRequest } from './reminder.request';
import type { ReminderPlanResponse, ReminderRunResponse } from './reminder.responses';
import type { DeadLetterIdRequest, ListDeadLettersRequest } from './dead-letter.request';
import type { DeadLetterPage, DeadLetterResponse } from './dead-letter.responses';
import type {
  CreateSubscriptionRequest,
  DeleteSubscriptionRequest,
  ListRecipientsRequest,
  ListSubscriptionsRequest,
  RecipientIdRequest,
  UpdatePreferencesRequest,
  UpsertRecipientRequest,
} from './recipient.request';
import type { DeletedResponse, RecipientPage, RecipientResponse, SubscriptionListResponse, SubscriptionResponse } from './recipient.responses';
import type { ListWebhooksRequest, RegisterWebhookRequest, UpdateWebhookRequest, WebhookIdRequest } from './webhook.request';
import type { WebhookEndpointResponse, WebhookPage, WebhookSecretResponse, WebhookTestResponse } from './webhook.responses';

/** Request and response type of every notification subject, for a type-checked client. */
export interface NotificationMessages {
  [NotificationSubjects.holidayList]: { request: ListHolidaysRequest; response: HolidayListResponse };
  [NotificationSubjects.holidayReplace]: { request: ReplaceHolidaysRequest; response: HolidayListResponse };
  [NotificationSubjects.inboxList]: { request: ListInboxRequest; response: InboxPage };
  [NotificationSubjects.inboxMark]: { request: MarkInboxItemRequest; response: InboxItemResponse };
  [NotificationSubjects.recipientUpsert]: { request: UpsertRecipientRequest; response: RecipientResponse };
  [NotificationSubjects.recipientGet]: { request: RecipientIdRequest; response: RecipientResponse };
  [NotificationSubjects.recipientList]: { request: ListRecipientsRequest; response: RecipientPage };
  [NotificationSubjects.preferencesUpdate]: { request: UpdatePreferencesRequest; response: RecipientResponse };
  [NotificationSubjects.subscriptionCreate]: { request: CreateSubscriptionRequest; response: SubscriptionResponse };
  [NotificationSubjects.subscriptionList]: { request: ListSubscriptionsRequest; response: SubscriptionListResponse };
  [NotificationSubjects.subscriptionDelete]: { request: DeleteSubscriptionRequest; response: DeletedResponse };
  [NotificationSubjects.webhookRegister]: { request: RegisterWebhookRequest; response: WebhookSecretResponse };
  [NotificationSubjects.webhookList]: { request: ListWebhooksRequest; response: WebhookPage };
  [NotificationSubjects.webhookGet]: { request: WebhookIdRequest; response: WebhookEndpointResponse };
  [NotificationSubjects.webhookUpdate]: { request: UpdateWebhookRequest; response: WebhookEndpointResponse };
  [NotificationSubjects.webhookRotateSecret]: { request: WebhookIdRequest; response: WebhookSecretResponse };
  [NotificationSubjects.webhookTest]: { request: WebhookIdRequest; response: WebhookTestResponse };
  [NotificationSubjects.webhookDelete]: { request: WebhookIdRequest; response: DeletedResponse };
  [NotificationSubjects.deadLetterList]: { request: ListDeadLettersRequest; response: DeadLetterPage };
  [NotificationSubjects.deadLetterGet]: { request: DeadLetterIdRequest; response: DeadLetterResponse };
  [NotificationSubjects.deadLetterReplay]: { request: DeadLetterIdRequest; response: DeadLetterResponse };
  [NotificationSubjects.reminderPlan]: { request: ReminderPlanRequest; response: ReminderPlanResponse };
  [NotificationSubjects.reminderRun]: { request: ReminderRunRequest; response: ReminderRunResponse };
  [NotificationSubjects.deliveryList]: { request: ListDeliveriesRequest; response: DeliveryPage };
  [NotificationSubjects.deliveryGet]: { request: DeliveryIdRequest; response: DeliveryDetailResponse };
  [NotificationSubjects.digestRun]: { request: RunDigestRequest; response: DigestRunResponse };
  [NotificationSubjects.healthCheck]: { request: NotificationHealthRequest; response: NotificationHealthResponse };
}
