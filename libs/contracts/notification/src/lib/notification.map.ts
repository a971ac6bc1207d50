import type {
  ListHolidaysRequest,
  ListInboxRequest,
  MarkInboxItemRequest,
  NotificationHealthRequest,
  ReplaceHolidaysRequest,
} from './notification.request';
import type { HolidayListResponse, InboxItemResponse, InboxPage, NotificationHealthResponse } from './notification.responses';
import { NotificationSubjects } from './notification.subjects';

/** Request and response type of every notification subject, for a type-checked client. */
export interface NotificationMessages {
  [NotificationSubjects.holidayList]: { request: ListHolidaysRequest; response: HolidayListResponse };
  [NotificationSubjects.holidayReplace]: { request: ReplaceHolidaysRequest; response: HolidayListResponse };
  [NotificationSubjects.inboxList]: { request: ListInboxRequest; response: InboxPage };
  [NotificationSubjects.inboxMark]: { request: MarkInboxItemRequest; response: InboxItemResponse };
  [NotificationSubjects.healthCheck]: { request: NotificationHealthRequest; response: NotificationHealthResponse };
}
