import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { RegistryPageRequest } from './page.request';
import {
  ANY_VALUE,
  IsMutedKinds,
  NOTIFICATION_KIND_NAMES,
  RECIPIENT_AUDIENCES,
  SUBSCRIPTION_CHANNELS,
  agencyCodeMessage,
  agencyCodePattern,
  maxRecipientIdLength,
  recipientIdMessage,
  recipientIdPattern,
  type MutedKinds,
  type RecipientAudience,
  type SubscriptionChannel,
} from './registry.validators';


/** Names one recipient. */
export class RecipientIdRequest {
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  id: string;
}

/**
 * Delivery preferences of a recipient. A field left out keeps its stored value, or the default for
 * a new recipient: Thai, no daily digest, nothing switched off.
 */
export class RecipientPreferencesFields {
  @IsOptional()
  @IsIn(['th', 'en'])
  language?: 'th' | 'en';

  /** Whether non-critical e-mail waits for one daily digest. */
  @IsOptional()
  @IsBoolean()
  dailyDigest?: boolean;

  /**
   * Non-critical kinds switched off per channel, replacing the stored map. `false` switches a kind
   * off; a critical kind cannot be switched off (422 CRITICAL_KIND_CANNOT_BE_MUTED).
   */
  @IsOptional()
  @IsMutedKinds()
  mutedKinds?: MutedKinds;

  /** Version the caller last read; a different stored version is a 409, so no change is lost. */
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;
}

/**
 * Request to create or replace a recipient: a user or an API client, named by the principal id that
 * the gateway gives it (`user:<sub>`, `client:<id>`).
 */
export class UpsertRecipientRequest extends RecipientPreferencesFields {
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  id: string;

  @IsIn(['user', 'client'])
  type: 'user' | 'client';

  @MaxLength(200)
  @Matches(/\S/, { message: '$property must not be blank' })
  @IsString()
  displayName: string;

  /** Agency of the recipient; null for evaluators and for clients that serve every agency. */
  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  @IsString()
  agencyCode?: string | null;

  /** Groups whose critical notices the recipient always gets; empty for subscriptions only. */
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(RECIPIENT_AUDIENCES.length)
  @IsIn(RECIPIENT_AUDIENCES, { each: true })
  @IsArray()
  audiences?: RecipientAudience[];

  /** Address for e-mail; null removes it. */
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  @IsString()
  email?: string | null;
}

/** Request for recipients, optionally of one agency, type or audience, ordered by id. */
export class ListRecipientsRequest extends RegistryPageRequest {
  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  @IsString()
  agencyCode?: string;

  @IsOptional()
  @IsIn(['user', 'client'])
  type?: 'user' | 'client';

  @IsOptional()
  @IsIn(RECIPIENT_AUDIENCES)
  audience?: RecipientAudience;
}

/** Request to change some of a recipient's preferences; fields left out keep their value. */
export class UpdatePreferencesRequest extends RecipientPreferencesFields {
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  id: string;
}

/** Request to subscribe a recipient to a kind about an agency on a channel; `*` means every one. */
export class CreateSubscriptionRequest {
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  recipientId: string;

  /** Agency code, or `*` (the default) for every agency. */
  @IsOptional()
  @ValidateIf((_object, value) => value !== ANY_VALUE)
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  @IsString()
  agencyCode?: string;

  /** Notification kind, or `*` (the default) for every kind. */
  @IsOptional()
  @IsIn([ANY_VALUE, ...NOTIFICATION_KIND_NAMES])
  kind?: string;

  /** `email` needs the recipient to have an e-mail address. */
  @IsIn(SUBSCRIPTION_CHANNELS)
  channel: SubscriptionChannel;
}

/** Request for a recipient's subscriptions. */
export class ListSubscriptionsRequest {
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  recipientId: string;
}

/** Request to remove one of a recipient's subscriptions. */
export class DeleteSubscriptionRequest {
  @MaxLength(maxRecipientIdLength)
  @Matches(recipientIdPattern, { message: recipientIdMessage })
  @IsString()
  recipientId: string;

  @IsUUID()
  id: string;
}
