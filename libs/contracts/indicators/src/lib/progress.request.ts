import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { maxFiscalYear, minFiscalYear } from './indicator.request';
import { PageRequest } from './paging.request';

/** Request to add a progress note to an indicator. */
export class AddProgressRequest {
  @IsUUID()
  indicatorId: string;

  /** Calendar date of the note, ISO 8601 in the Christian era. */
  @IsISO8601({ strict: true })
  @MaxLength(10)
  date: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text: string;

  /** Cumulative result at that date, in the indicator's unit. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  value?: number;
}

/** Filters of the progress list of one indicator. */
export class ListProgressRequest extends PageRequest {
  @IsUUID()
  indicatorId: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(minFiscalYear)
  @Max(maxFiscalYear)
  fiscalYear?: number;

  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2, 3, 4])
  quarter?: number;
}
