import type { NotificationKind, TemplateVariables } from '@bma-kpi/notification-domain';

/** Something that happened, to be turned into notifications for everyone who should hear of it. */
export interface Notice {
  kind: NotificationKind;
  /** Agency the notice is about; null for notices to the evaluators about no one agency. */
  agencyCode: string | null;
  /** Template variables of the kind, every one the template needs. */
  variables: TemplateVariables;
  /** Event id or reminder key; with recipient and kind it makes each notification unique. */
  sourceId: string;
}
