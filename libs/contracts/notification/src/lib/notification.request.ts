import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { RegistryPageRequest } from './page.request';

const yearMessage = '$property must be a Christian-era calendar year such as 2025; a Buddhist-era year such as 2568 is 543 years later';

/** Christian-era years that holidays may be kept for. */
const minYear = 1941;
const maxYear = 2156;

/** Request for the holidays of one or more Christian-era calendar years. */
export class ListHolidaysRequest {
  @Type(() => Number)
  @Min(minYear, { message: yearMessage })
  @Max(maxYear, { message: yearMessage })
  @IsInt({ message: yearMessage })
  fromYear: number;

  /** Last year to list; `fromYear` when omitted. */
  @IsOptional()
  @Type(() => Number)
  @Min(minYear, { message: yearMessage })
  @Max(maxYear, { message: yearMessage })
  @IsInt({ message: yearMessage })
  toYear?: number;
}

/** One holiday of a year's table. */
export class HolidayInput {
  /** Calendar date, `YYYY-MM-DD` in the Christian era. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  @IsString()
  date: string;

  @MaxLength(200)
  @Matches(/\S/, { message: '$property must not be blank' })
  @IsString()
  nameTh: string;

  @MaxLength(200)
  @Matches(/\S/, { message: '$property must not be blank' })
  @IsString()
  nameEn: string;

  /** True for a substitution day (วันหยุดชดเชย). */
  @IsOptional()
  @IsBoolean()
  substitution?: boolean;
}

/** Request to replace every holiday of one Christian-era calendar year. */
export class ReplaceHolidaysRequest {
  @Type(() => Number)
  @Min(minYear, { message: yearMessage })
  @Max(maxYear, { message: yearMessage })
  @IsInt({ message: yearMessage })
  year: number;

  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => HolidayInput)
  @IsArray()
  holidays: HolidayInput[];
}

// Query strings carry booleans as text; other text is left for IsBoolean to reject.
function queryBoolean(value: unknown): unknown {
  if (value === 'true') {
    return true;
  }

  return value === 'false' ? false : value;
}

/**
 * Request for a recipient's inbox. NOTE: the recipient is named in the request until the gateway
 * authenticates users.
 */
export class ListInboxRequest extends RegistryPageRequest {
  @MaxLength(100)
  @IsString()
  recipientId: string;

  /** In a query string `true` or `false`; any other text is rejected. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => queryBoolean(value))
  @IsBoolean()
  unreadOnly?: boolean;
}

/** Request to mark one inbox item read, and acknowledged when `acknowledge` is true. */
export class MarkInboxItemRequest {
  @IsUUID()
  id: string;

  @MaxLength(100)
  @IsString()
  recipientId: string;

  @IsOptional()
  @IsBoolean()
  acknowledge?: boolean;
}

/** Request for the health of the notification service; it has no fields. */
export class NotificationHealthRequest {}
