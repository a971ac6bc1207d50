import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { RegistryPageRequest } from './page.request';
import { maxRecipientIdLength, NOTIFICATION_KIND_NAMES, recipientIdMessage, recipientIdPattern } from './registry.validators';

/** Years 1940 to 2156: Christian-era years that a Buddhist-era year (543 later) cannot be mistaken for. */
const christianEraYear = /^(19[4-9]\d|20\d\d|21[0-4]\d|215[0-6])-/;
const christianEraMessage = '$property must be a Christian-era date such as 2025-11-12; a Buddhist-era year such as 2568 is 543 years later';

/** States of a delivery in the delivery log. */
export const DELIVERY_STATUSES = ['pending', 'digest', 'sent', 'failed', 'deadLettered'] as const;

export type DeliveryStatusName = (typeof DELIVERY_STATUSES)[number];

/** Channels that have a delivery log; the inbox has none, because storing the notification delivers it. */
export const DELIVERY_CHANNELS = ['email', 'webhook'] as const;

const instantMessage = '$property must be an ISO 8601 date or instant such as 2025-11-12 or 2025-11-12T08:00:00+07:00';

/** Request for the delivery log, newest first; every filter is optional. */
export class ListDeliveriesRequest extends RegistryPageRequest {
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatusName;

  @IsOptional()
  @IsIn(DELIVERY_CHANNELS)
  channel?: (typeof DELIVERY_CHANNELS)[number];

  @IsOptional()
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  recipientId?: string;

  @IsOptional()
  @IsUUID()
  notificationId?: string;

  @IsOptional()
  @IsIn(NOTIFICATION_KIND_NAMES)
  kind?: string;

  /** Deliveries created at or after this instant; a date alone means its start in UTC. */
  @IsOptional()
  @Matches(christianEraYear, { message: christianEraMessage })
  @IsISO8601({ strict: true }, { message: instantMessage })
  from?: string;

  /** Deliveries created before this instant. */
  @IsOptional()
  @Matches(christianEraYear, { message: christianEraMessage })
  @IsISO8601({ strict: true }, { message: instantMessage })
  to?: string;
}

/** Names one delivery. */
export class DeliveryIdRequest {
  @IsUUID()
  id: string;
}

/** Request to send the daily digests held for one Bangkok date, and earlier dates, now. */
export class RunDigestRequest {
  /** Bangkok date, `YYYY-MM-DD` in the Christian era. */
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  @Matches(christianEraYear, { message: christianEraMessage })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  @IsString()
  date: string;
}
