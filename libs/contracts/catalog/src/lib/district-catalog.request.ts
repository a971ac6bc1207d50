import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsBuddhistYearNumber, IsCatalogText } from './catalog.validators';

/** Due day of the month when an item list sets none: district offices report by the 15th. */
export const defaultDistrictDueDay = 15;

/** Months between the reported month and the month of its due day: 0 for the reported month itself. */
export const DISTRICT_DUE_MONTH_OFFSETS = [0, 1] as const;

/** Most items one fiscal year's list may have; BMA district offices reported 22 items in FY2564. */
export const maxDistrictItems = 200;

/** Most records one submission may carry. */
export const maxDistrictRecords = 5000;

/** A data item code: a letter or digit, then letters, digits, `.`, `_` or `-`. */
export const districtItemCodePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/** A district's Ministry of Interior geocode: four digits, 1001 to 1050 for Bangkok. */
export const districtGeocodePattern = /^\d{4}$/;

/** A reporting month, `YYYY-MM` in the Christian era. */
export const districtMonthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** An as-of date `YYYY-MM-DD` (the start of that day in Bangkok) or an ISO 8601 instant with a time zone. */
export const districtAsOfPattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** One data item that every district office reports each month. */
export class DistrictItemRequest {
  @Matches(districtItemCodePattern, { message: '$property must be 1 to 50 letters, digits, ".", "_" or "-", starting with a letter or digit' })
  @IsString()
  code: string;

  @IsCatalogText(300)
  nameTh: string;

  @IsOptional()
  @IsCatalogText(300)
  nameEn?: string;

  /** Catalog dataset whose data dictionary defines the fields of each record. */
  @IsUUID()
  datasetId: string;

  /** True when every record must carry a GeoJSON geometry. */
  @IsBoolean()
  geometryExpected: boolean;

  /** Overrides the list's due day for this item. */
  @IsOptional()
  @Max(31)
  @Min(1)
  @IsInt()
  dueDay?: number;

  /** Overrides the list's due month offset for this item. */
  @IsOptional()
  @IsIn(DISTRICT_DUE_MONTH_OFFSETS)
  @IsInt()
  dueMonthOffset?: number;
}

/** Request to replace the data item list of a fiscal year; submissions of removed items are kept. */
export class PutDistrictItemListRequest {
  /** Buddhist-era fiscal year, such as 2568. */
  @IsBuddhistYearNumber()
  fiscalYear: number;

  /** Day of the month on which reports are due; 15 when absent. Past the end of a short month means its last day. */
  @IsOptional()
  @Max(31)
  @Min(1)
  @IsInt()
  dueDay?: number;

  /** 0 when a month's report is due in that month, 1 when it is due in the month after; 0 when absent. */
  @IsOptional()
  @IsIn(DISTRICT_DUE_MONTH_OFFSETS)
  @IsInt()
  dueMonthOffset?: number;

  @ArrayMaxSize(maxDistrictItems)
  @ValidateNested({ each: true })
  @Type(() => DistrictItemRequest)
  @IsArray()
  items: DistrictItemRequest[];
}

/** Request that names the item list of one fiscal year. */
export class DistrictItemListReferenceRequest {
  @IsBuddhistYearNumber({ fromQuery: true })
  fiscalYear: number;
}

/** One record of a submission: values by data dictionary field name and an optional GeoJSON geometry. */
export class DistrictRecordRequest {
  @IsObject()
  values: Record<string, unknown>;

  /** GeoJSON Point, MultiPoint, Polygon or MultiPolygon in WGS 84 longitude and latitude. */
  @IsOptional()
  @IsObject()
  geometry?: Record<string, unknown>;
}

/** Identity of one district × item × month report. */
export class DistrictSubmissionReferenceRequest {
  @IsBuddhistYearNumber({ fromQuery: true })
  fiscalYear: number;

  /** Ministry of Interior geocode of the district, such as 1026 for Din Daeng. */
  @Matches(districtGeocodePattern, { message: '$property must be a four-digit district geocode such as 1026' })
  @IsString()
  district: string;

  @Matches(districtItemCodePattern, { message: '$property must be an item code of the fiscal year’s list' })
  @IsString()
  itemCode: string;

  @Matches(districtMonthPattern, { message: '$property must be a month written YYYY-MM' })
  @IsString()
  month: string;
}

/** Request to submit, or correct, a district's report of one item for one month. */
export class SubmitDistrictReportRequest extends DistrictSubmissionReferenceRequest {
  @ArrayMaxSize(maxDistrictRecords)
  @ValidateNested({ each: true })
  @Type(() => DistrictRecordRequest)
  @IsArray()
  records: DistrictRecordRequest[];

  /** Reason for the correction, required when the report was submitted before. */
  @IsOptional()
  @IsCatalogText(1000)
  reason?: string;
}

/** Request for the completeness matrix and rates of a fiscal year. */
export class DistrictMatrixRequest {
  @IsBuddhistYearNumber({ fromQuery: true })
  fiscalYear: number;

  /** Date or instant at which to compute the statuses; now when absent. */
  @IsOptional()
  @Matches(districtAsOfPattern, { message: '$property must be a date YYYY-MM-DD or an ISO 8601 instant with a time zone' })
  @IsString()
  asOf?: string;

  /** Only this district's geocode. */
  @IsOptional()
  @Matches(districtGeocodePattern, { message: '$property must be a four-digit district geocode such as 1026' })
  @IsString()
  district?: string;
}

/** Request to record the reports missing as of an instant and emit one missing event for each. */
export class DistrictSweepRequest {
  /** Date or instant to sweep for, not later than now; now when absent. */
  @IsOptional()
  @Matches(districtAsOfPattern, { message: '$property must be a date YYYY-MM-DD or an ISO 8601 instant with a time zone' })
  @MaxLength(40)
  @IsString()
  asOf?: string;
}
