import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
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
import { IsMeasuredValue, IsNotBlank } from './validators';

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

/** Message of a broken agency code rule; the Thai text is derived from it. */
export const agencyCodeMessage = '$property must be a 4-digit BMA agency code such as 0411';

/** A dotted plan node code with ASCII digits, such as `5.4.1`. */
export const planNodeCodePattern = /^\d+(\.\d+)*$/;

/** Planned cumulative value of one fiscal quarter. */
export class QuarterTargetInput {
  @Min(1)
  @Max(4)
  @IsInt()
  quarter: number;

  @IsOptional()
  @IsMeasuredValue()
  plannedValue?: number | null;
}

/** Fields shared by create and update. */
export class IndicatorFields {
  @IsOptional()
  @MaxLength(40)
  @Matches(/^\d{4}-\d{1,5}$/)
  @IsString()
  code?: string;

  @IsOptional()
  @MaxLength(2000)
  @IsNotBlank()
  @IsString()
  title?: string;

  @IsOptional()
  @IsIn(kpiTypes)
  kpiType?: KpiTypeValue;

  @IsOptional()
  @IsIn(resultLevels)
  resultLevel?: ResultLevelValue;

  @IsOptional()
  @MaxLength(100)
  @IsString()
  unit?: string;

  @IsOptional()
  @Min(0)
  @Max(4)
  @IsInt()
  decimals?: number;

  @IsOptional()
  @IsIn(directions)
  direction?: DirectionValue;

  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  agencyCode?: string;

  @IsOptional()
  @MaxLength(100)
  @IsString()
  planEditionCode?: string;

  @IsOptional()
  @Matches(planNodeCodePattern)
  planNodeCode?: string;

  @IsOptional()
  @IsMeasuredValue()
  target?: number | null;

  @IsOptional()
  @IsMeasuredValue()
  actual?: number | null;

  @IsOptional()
  @Type(() => QuarterTargetInput)
  @ValidateNested({ each: true })
  @ArrayMaxSize(4)
  @IsArray()
  quarterTargets?: QuarterTargetInput[];
}

/** Request to create an indicator of one fiscal year. */
export class CreateIndicatorRequest extends IndicatorFields {
  @Min(minFiscalYear)
  @Max(maxFiscalYear)
  @IsInt()
  fiscalYear: number;
}

/** Request to change fields of an indicator; `expectedVersion` guards against lost updates. */
export class UpdateIndicatorRequest extends IndicatorFields {
  @IsUUID()
  id: string;

  @IsOptional()
  @Min(1)
  @IsInt()
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
  @Min(minFiscalYear)
  @Max(maxFiscalYear)
  @IsInt()
  fiscalYear?: number;

  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  agency?: string;

  @IsOptional()
  @Matches(planNodeCodePattern)
  planNode?: string;

  @IsOptional()
  @IsIn(kpiTypes)
  type?: KpiTypeValue;

  @IsOptional()
  @MaxLength(200)
  @IsString()
  q?: string;
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Most indicators one scoring batch holds; replies also stop before a byte budget. */
export const maxScoringBatch = 500;

/**
 * Request for the scoring views of the indicators of one fiscal year, in id order, one batch at a
 * time. Services that evaluate every indicator of a year read them this way instead of one by one.
 */
export class ListScoringIndicatorsRequest {
  @Type(() => Number)
  @Min(minFiscalYear)
  @Max(maxFiscalYear)
  @IsInt()
  fiscalYear: number;

  @IsOptional()
  @Matches(agencyCodePattern, { message: agencyCodeMessage })
  agency?: string;

  /**
   * Id of the last indicator of the previous batch; omitted for the first batch. Any 128-bit value
   * in UUID form is accepted, not only real ids, so that readers can start a range anywhere.
   */
  @IsOptional()
  @Matches(uuidShape, { message: '$property must be written like a UUID: 8-4-4-4-12 hex digits' })
  @IsString()
  afterId?: string;

  /** Only ids below this one, so that a reader can split the ids into ranges and read them at once. */
  @IsOptional()
  @Matches(uuidShape, { message: '$property must be written like a UUID: 8-4-4-4-12 hex digits' })
  @IsString()
  beforeId?: string;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxScoringBatch)
  @IsInt()
  limit?: number;
}
