import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { maxFiscalYear, minFiscalYear } from './indicator.request';
import { PageRequest } from './paging.request';
import { IsCalendarDate, IsMeasuredValue, IsNotBlank } from './validators';

/** Request to add a progress note to an indicator. */
export class AddProgressRequest {
  @IsUUID()
  indicatorId: string;

  /** Calendar date of the note, ISO 8601 in the Christian era. */
  @IsCalendarDate()
  date: string;

  @MaxLength(20000)
  @IsNotBlank()
  @IsString()
  text: string;

  /** Cumulative result at that date, in the indicator's unit. */
  @IsOptional()
  @IsMeasuredValue()
  value?: number;
}

/** Filters of the progress list of one indicator. */
export class ListProgressRequest extends PageRequest {
  @IsUUID()
  indicatorId: string;

  @IsOptional()
  @Type(() => Number)
  @Min(minFiscalYear)
  @Max(maxFiscalYear)
  @IsInt()
  fiscalYear?: number;

  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2, 3, 4])
  quarter?: number;
}
