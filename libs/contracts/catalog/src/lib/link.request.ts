import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';

import { datasetReferencePattern, DatasetReferenceRequest } from './dataset-query.request';
import { IsCatalogText, IsQueryBoolean } from './catalog.validators';
import { machineNamePattern } from './dictionary-field.request';

/** Request to link a dataset, or one field of its data dictionary, to an indicator (KPI). */
export class LinkIndicatorRequest {
  /** Id or slug of the dataset. */
  @Matches(datasetReferencePattern, { message: '$property must be a dataset id or slug (a–z, 0–9, - and _)' })
  @IsString()
  idOrSlug: string;

  /** Id of an indicator of the indicators service. */
  @IsUUID()
  indicatorId: string;

  /** Machine name of a field of the dataset's own dictionary. Leave it out to link the whole dataset. */
  @IsOptional()
  @Matches(machineNamePattern, { message: '$property must be a field name in snake_case (a–z, 0–9 and _)' })
  @IsString()
  fieldName?: string;

  /** Why the indicator depends on the data, such as the column it is computed from. */
  @IsOptional()
  @IsCatalogText(1000)
  note?: string;
}

/** Request to remove one link of a dataset. */
export class UnlinkIndicatorRequest extends DatasetReferenceRequest {
  @IsUUID()
  linkId: string;
}

/** Request for the datasets linked to an indicator, optionally only the public ones. */
export class ListIndicatorDatasetsRequest {
  @IsUUID()
  indicatorId: string;

  /** Only datasets of category ข้อมูลสาธารณะ whose classification is เปิดเผย or not set. */
  @IsOptional()
  @IsQueryBoolean()
  publicOnly?: boolean;
}
