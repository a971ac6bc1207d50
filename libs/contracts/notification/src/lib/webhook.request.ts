import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

import { RegistryPageRequest } from './page.request';
import {
  NOTIFICATION_KIND_NAMES,
  agencyCodeMessage,
  agencyCodePattern,
  maxRecipientIdLength,
  recipientIdMessage,
  recipientIdPattern,
} from './registry.validators';

/** Maximum length of a webhook address, which stays within what common HTTP servers accept in a request line. */
export const maxWebhookUrlLength = 2000;

// A host without a dot (localhost, an internal name) is allowed, because receivers often run inside the BMA network.
const webhookUrlOptions = { protocols: ['http', 'https'], require_protocol: true, require_tld: false, disallow_auth: true };
const webhookUrlMessage = '$property must be an http:// or https:// URL whose host is a name or a dotted IP address, without a user name or password';

/** Fields of a webhook endpoint that its owner sets, besides its address. */
export class WebhookFields {
  /** Kinds the endpoint receives; empty (the default) for every kind. */
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(NOTIFICATION_KIND_NAMES.length)
  @IsIn(NOTIFICATION_KIND_NAMES, { each: true })
  @IsArray()
  kinds?: string[];

  /** Agencies the endpoint hears about; empty (the default) for every agency. */
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(1000)
  @Matches(agencyCodePattern, { each: true, message: agencyCodeMessage })
  @IsString({ each: true })
  @IsArray()
  agencyCodes?: string[];

  /** Note for people, such as the receiving system's name; null removes it. */
  @IsOptional()
  @MaxLength(500)
  @IsString()
  description?: string | null;

  /** False keeps the endpoint but sends it nothing. */
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Request to register a webhook endpoint for a recipient; the reply shows the signing secret once. */
export class RegisterWebhookRequest extends WebhookFields {
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  recipientId: string;

  // The notification service, not this contract, rejects loopback, private and other non-public
  // hosts, because the rule depends on its WEBHOOK_ALLOW_PRIVATE_TARGETS setting.
  @MaxLength(maxWebhookUrlLength)
  @IsUrl(webhookUrlOptions, { message: webhookUrlMessage })
  @IsString()
  url: string;
}

/** Names one webhook endpoint: get, delete, rotate its secret or send it a test. */
export class WebhookIdRequest {
  @IsUUID()
  id: string;
}

/** Request for webhook endpoints, optionally of one recipient, oldest first. */
export class ListWebhooksRequest extends RegistryPageRequest {
  @IsOptional()
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  recipientId?: string;
}

/** Request to change some fields of a webhook endpoint; fields left out keep their value. */
export class UpdateWebhookRequest extends WebhookFields {
  @IsUUID()
  id: string;

  @IsOptional()
  @MaxLength(maxWebhookUrlLength)
  @IsUrl(webhookUrlOptions, { message: webhookUrlMessage })
  @IsString()
  url?: string;

  /** Version the caller last read; a different stored version is a 409, so no change is lost. */
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;
}
