import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { agencyCodeMessage, agencyCodePattern } from './indicator.request';

/**
 * Maximum record text length in characters, ten times the largest export seen (25 KB). The service also
 * rejects a record whose reply would not fit in one NATS message.
 */
export const maxRecordChars = 262_144;

/** Request to parse a KPI record export and, unless `dryRun`, store it. */
export class ImportRecordRequest {
  @MaxLength(maxRecordChars)
  @IsNotEmpty()
  @IsString()
  text: string;

  @IsOptional()
  @MaxLength(255)
  @IsString()
  fileName?: string;

  /** Owner agency when the record does not name one (headerless exports carry no KPI code). */
  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  agencyCode?: string;

  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  /**
   * Agency that the caller may write for, set by the gateway for agency staff: the import is refused
   * unless the record's owner, and the indicator it would update, belong to this agency.
   */
  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  restrictToAgency?: string;
}
