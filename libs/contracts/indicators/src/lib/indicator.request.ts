import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { PageRequest } from './paging.request';

export const kpiTypes = ['routine', 'strategic', 'goalLevel'] as const;
export type KpiTypeValue = (typeof kpiTypes)[number];

export const resultLevels = ['output', 'outcome'] as const;
export type ResultLevelValue = (typeof resultLevels)[number];

export const directions = ['increase', 'decrease'] as const;
export type DirectionValue = (typeof directions)[number];

/** Fiscal years are Buddhist-era years; BE 2484 (1941) is the first year with a January start. */
export const minFiscalYear = 2484;
export const maxFiscalYear = 2700;

/** A BMA agency code such as `0411` or `5047`. */
export const agencyCodePattern = /^\d{4}$/;

/** A dotted plan node code with ASCII digits, such as `5.4.1`. */
export const planNodeCodePattern = /^\d+(\.\d+)*$/;

/** Planned cumulative value of one fiscal quarter. */
export class QuarterTargetInput {
  @IsInt()
  @Min(1)
  @Max(4)
  quarter: number;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  plannedValue?: number | null;
}

/** Fields shared by create and update. */
export class IndicatorFields {
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(/^\d{4}-\d{1,5}$/)
  code?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  title?: string;

  @IsOptional()
  @IsIn(kpiTypes)
  kpiType?: KpiTypeValue;

  @IsOptional()
  @IsIn(resultLevels)
  resultLevel?: ResultLevelValue;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  unit?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4)
  decimals?: number;

  @IsOptional()
  @IsIn(directions)
  direction?: DirectionValue;

  @IsOptional()
  @Matches(agencyCodePattern)
  agencyCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  planEditionCode?: string;

  @IsOptional()
  @Matches(planNodeCodePattern)
  planNodeCode?: string;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  target?: number | null;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  actual?: number | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => QuarterTargetInput)
  quarterTargets?: QuarterTargetInput[];
}

/** Request to create an indicator of one fiscal year. */
export class CreateIndicatorRequest extends IndicatorFields {
  @IsInt()
  @Min(minFiscalYear)
  @Max(maxFiscalYear)
  fiscalYear: number;
}

/** Request to change fields of an indicator; `expectedVersion` guards against lost updates. */
export class UpdateIndicatorRequest extends IndicatorFields {
  @IsUUID()
  id: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

/** Request for one indicator. */
export class GetIndicatorRequest {
  @IsUUID()
  id: string;
}

/** Filters of the indicator list. */
export class ListIndicatorsRequest extends PageRequest {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(minFiscalYear)
  @Max(maxFiscalYear)
  fiscalYear?: number;

  @IsOptional()
  @Matches(agencyCodePattern)
  agency?: string;

  @IsOptional()
  @Matches(planNodeCodePattern)
  planNode?: string;

  @IsOptional()
  @IsIn(kpiTypes)
  type?: KpiTypeValue;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
