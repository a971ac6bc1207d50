import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { agencyCodePattern } from './indicator.request';

/** NATS carries at most 1 MB per message; records are far smaller (the largest seen is 25 KB). */
export const maxRecordChars = 500_000;

/** Request to parse a KPI record export and, unless `dryRun`, store it. */
export class ImportRecordRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(maxRecordChars)
  text: string;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;

  /** Owner agency when the record does not name one (headerless exports carry no KPI code). */
  @IsOptional()
  @Matches(agencyCodePattern)
  agencyCode?: string;

  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
