import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

import { IsCalendarDate, IsMeasuredValue, IsNotBlank, agencyCodePattern, maxPage, maxPageSize } from '@bma-kpi/contracts-indicators';
import { maxWebhookUrlLength } from '@bma-kpi/contracts-notification';

/** Fiscal years of the integration API, in the Buddhist era; the services accept the same range. */
const minFiscalYear = 2485;
const maxFiscalYear = 2700;
const fiscalYearMessage = '$property must be a Buddhist-era (พ.ศ.) year such as 2564';
const agencyMessage = '$property must be a 4-digit agency code such as 0411';

/**
 * Notification kinds that an integration webhook can receive: the results and changes of
 * evaluations. Reminders about progress due are left out, because they ask people to act.
 */
export const INTEGRATION_WEBHOOK_KINDS = [
  'evaluationSubmitted',
  'evaluationScored',
  'evaluationCorrectionRequested',
  'evaluationCorrected',
  'evaluationAppealed',
  'evaluationSignedOff',
  'evaluationInputChanged',
  'roundSignedOff',
] as const;

/** Page of an integration listing: `page` from 1, `pageSize` from 1 to 200 (50 when omitted). */
export class IntegrationPageQuery {
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxPage)
  @IsInt()
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxPageSize)
  @IsInt()
  pageSize?: number;
}

/** Query of GET /integration/v1/progress: a fiscal year (BE), optionally one quarter and one agency. */
export class IntegrationProgressQuery extends IntegrationPageQuery {
  @Type(() => Number)
  @Min(minFiscalYear, { message: fiscalYearMessage })
  @Max(maxFiscalYear, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear: number;

  /** Only the progress notes dated in this fiscal quarter; quarter 1 is October to December. */
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2, 3, 4])
  quarter?: number;

  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyMessage })
  @IsString()
  agency?: string;
}

/** Query of GET /integration/v1/evaluations: one round (fiscal year and quarter), optionally one agency. */
export class IntegrationEvaluationsQuery extends IntegrationPageQuery {
  @Type(() => Number)
  @Min(minFiscalYear, { message: fiscalYearMessage })
  @Max(maxFiscalYear, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear: number;

  @Type(() => Number)
  @IsIn([1, 2, 3, 4])
  quarter: number;

  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyMessage })
  @IsString()
  agency?: string;
}

/**
 * Body of POST /integration/v1/progress: one monthly progress note from BMA Digital Plans. The
 * indicator is named by `indicatorId`, or by `kpiCode` together with `fiscalYear`.
 */
export class PushProgressRequest {
  @ValidateIf((body: PushProgressRequest) => body.kpiCode === undefined)
  @IsUUID()
  indicatorId?: string;

  /** KPI code as BMA Digital Plans prints it, such as `0411-0012`. */
  @ValidateIf((body: PushProgressRequest) => body.indicatorId === undefined)
  @MaxLength(100)
  @IsNotBlank()
  @IsString()
  kpiCode?: string;

  /** Fiscal year (BE) of the indicator that `kpiCode` names; a KPI code repeats every year. */
  @ValidateIf((body: PushProgressRequest) => body.indicatorId === undefined)
  @Min(minFiscalYear, { message: fiscalYearMessage })
  @Max(maxFiscalYear, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear?: number;

  /** Date of the note, `YYYY-MM-DD` in the Christian era. */
  @IsCalendarDate()
  date: string;

  /** Cumulative result at that date, in the indicator's unit. */
  @IsOptional()
  @IsMeasuredValue()
  value?: number;

  @MaxLength(20000)
  @IsNotBlank()
  @IsString()
  text: string;
}

/** Body of POST /integration/v1/webhooks; the recipient is the caller itself. */
export class RegisterIntegrationWebhookRequest {
  @MaxLength(maxWebhookUrlLength)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false, disallow_auth: true }, { message: '$property must be an http:// or https:// URL whose host is a name or a dotted IP address, without a user name or password' })
  @IsString()
  url: string;

  /** Kinds the endpoint receives; every kind of the list when omitted. */
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(INTEGRATION_WEBHOOK_KINDS.length)
  @IsIn(INTEGRATION_WEBHOOK_KINDS, { each: true })
  @IsArray()
  kinds?: string[];

  /** Note for people, such as the receiving system's name. */
  @IsOptional()
  @MaxLength(500)
  @IsString()
  description?: string;
}

/** Names one of the caller's webhook endpoints. */
export class IntegrationWebhookIdParam {
  @IsUUID()
  id: string;
}
