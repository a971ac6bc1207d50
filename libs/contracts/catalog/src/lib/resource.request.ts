import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { DatasetReferenceRequest } from './dataset-query.request';
import { mediaTypePattern, sha256Pattern } from './artefact.request';
import { IsCatalogText, IsQueryBoolean } from './catalog.validators';

/** The file of an uploaded resource, whose bytes the gateway has already put in the object store. */
export class ResourceFileRequest {
  @Matches(sha256Pattern, { message: '$property must be a SHA-256 written as 64 lower-case hex digits' })
  @IsString()
  sha256: string;

  @Max(Number.MAX_SAFE_INTEGER)
  @Min(0)
  @IsInt()
  sizeBytes: number;

  @Matches(mediaTypePattern, { message: '$property must be a media type such as text/csv' })
  @MaxLength(255)
  @IsString()
  mediaType: string;
}

/** A resource's own fields; the other thai_gdc resource fields go in `metadata`. */
export class ResourceFieldsRequest {
  @IsCatalogText(500)
  name: string;

  /** Address of the data. Optional for an uploaded file, whose download address the gateway sets. */
  @IsOptional()
  @MaxLength(2000)
  @IsString()
  url?: string;

  /** File format as CKAN shows it, such as CSV, XLSX or PDF. */
  @IsCatalogText(100)
  format: string;

  /** Other thai_gdc resource fields by CKAN key (`description`, `resource_last_updated_date`, …). */
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}

/** Request to add a resource (distribution) to a dataset, as a link or as an uploaded file. */
export class AddResourceRequest extends DatasetReferenceRequest {
  /** Id of the new resource; the gateway chooses it for an upload so that the download address can name it. */
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  /** The dataset version the client read; a newer stored version rejects the request. */
  @IsOptional()
  @Min(1)
  @IsInt()
  expectedVersion?: number;

  @ValidateNested()
  @Type(() => ResourceFieldsRequest)
  @IsObject()
  resource: ResourceFieldsRequest;

  @IsOptional()
  @ValidateNested()
  @Type(() => ResourceFileRequest)
  @IsObject()
  file?: ResourceFileRequest;
}

/** Request that names one resource of a dataset. */
export class ResourceReferenceRequest extends DatasetReferenceRequest {
  @IsUUID()
  resourceId: string;

  /** Report the resource as not found unless its dataset is public data. */
  @IsOptional()
  @IsQueryBoolean()
  publicOnly?: boolean;

  @IsOptional()
  @Min(1)
  @IsInt()
  expectedVersion?: number;
}

/** Request to replace the name, URL, format and thai_gdc fields of one resource. */
export class UpdateResourceRequest extends ResourceReferenceRequest {
  @ValidateNested()
  @Type(() => ResourceFieldsRequest)
  @IsObject()
  resource: ResourceFieldsRequest;
}
