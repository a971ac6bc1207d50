import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

import { DatasetReferenceRequest, maxCatalogPage, maxCatalogPageSize } from './dataset-query.request';
import { IsBuddhistYearNumber, IsCatalogText } from './catalog.validators';

/** Rule codes of data quality findings, as the findings listing filters them. */
export const QUALITY_RULE_CODES = [
  'requiredBlank', 'columnMissing', 'columnUnknown', 'invalidInteger', 'invalidNumber', 'invalidDate', 'invalidTime',
  'invalidTimestamp', 'invalidBoolean', 'invalidJson', 'tooLong', 'tooManyDecimals', 'belowMinimum', 'aboveMaximum',
  'notAllowed', 'duplicateKey', 'brokenSaraAm', 'mojibake', 'replacementCharacter', 'byteOrderMark', 'thaiDigits',
  'stale', 'unreadableFile',
] as const;

/** Request to assess the file of one resource (CSV or XLSX) against the dataset's data dictionary. */
export class StartQualityAssessmentRequest extends DatasetReferenceRequest {
  @IsUUID()
  resourceId: string;
}

/** Request that names one assessment of a dataset. */
export class QualityAssessmentReferenceRequest extends DatasetReferenceRequest {
  @IsUUID()
  assessmentId: string;
}

/** Request for the latest finished assessment of a dataset, or of one of its resources. */
export class LatestQualityRequest extends DatasetReferenceRequest {
  @IsOptional()
  @IsUUID()
  resourceId?: string;
}

/** Paging of the quality listings: 1-based `page`, `pageSize` up to 200. */
export class QualityPageRequest extends DatasetReferenceRequest {
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxCatalogPage)
  @IsInt()
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(maxCatalogPageSize)
  @IsInt()
  pageSize?: number;
}

/** Request for the assessment history of a dataset, newest first, optionally of one resource. */
export class QualityHistoryRequest extends QualityPageRequest {
  @IsOptional()
  @IsUUID()
  resourceId?: string;
}

/** Request for one page of the kept findings of an assessment, optionally of one rule or row. */
export class QualityFindingsRequest extends QualityPageRequest {
  @IsUUID()
  assessmentId: string;

  @IsOptional()
  @IsIn(QUALITY_RULE_CODES)
  rule?: string;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @IsInt()
  row?: number;
}

/** Request for the mean quality scores of each agency's datasets. */
export class AgencyQualityRequest {
  /** Agency code (CKAN `owner_org`); every agency when absent. */
  @IsOptional()
  @IsCatalogText(100)
  agency?: string;

  /** Buddhist-era fiscal year of the assessments; every assessment's latest when absent. */
  @IsOptional()
  @IsBuddhistYearNumber({ fromQuery: true })
  fiscalYear?: number;
}
