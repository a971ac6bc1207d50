import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

import { agencyCodeMessage, agencyCodePattern, maxFiscalYear, minFiscalYear } from './indicator.request';
import { maxPageSize, PageRequest } from './paging.request';
import { IsNotBlank } from './validators';

/**
 * Request for one page of the indicators of a fiscal year with their targets and progress notes,
 * for systems that copy the results, such as BMA Digital Plans. Indicators come ordered by
 * normalised code (uncoded last), then id, so pages stay stable while nothing is added.
 */
export class ExportProgressRequest extends PageRequest {
  /** Fiscal year in the Buddhist era, e.g. 2564. */
  @Type(() => Number)
  @Min(minFiscalYear)
  @Max(maxFiscalYear)
  @IsInt()
  fiscalYear: number;

  /** Only progress notes dated in this fiscal quarter; every indicator of the year is still listed. */
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2, 3, 4])
  quarter?: number;

  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  agency?: string;

  /** KPI code as printed, such as `0411-0012`; matched after the same normalisation as on import. */
  @IsOptional()
  @MaxLength(100)
  @IsNotBlank()
  @IsString()
  code?: string;

  /** Only these indicators. */
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(maxPageSize)
  @IsUUID('all', { each: true })
  @IsArray()
  ids?: string[];
}
