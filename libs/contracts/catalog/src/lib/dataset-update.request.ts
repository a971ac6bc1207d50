import { IsInt, IsObject, IsOptional, Min } from 'class-validator';

import { DatasetReferenceRequest } from './dataset-query.request';

/**
 * Request to change the thai_gdc metadata of a dataset. The service merges `metadata` into the
 * stored metadata and validates the result with the rules of a create. A `null` value removes an
 * optional field, and `name` renames the dataset when no other dataset has that slug.
 */
export class UpdateDatasetRequest extends DatasetReferenceRequest {
  /** Version the client last read; when another version is stored the update fails with CATALOG_VERSION_CONFLICT. */
  @IsOptional()
  @Min(1)
  @IsInt()
  expectedVersion?: number;

  /** thai_gdc fields to change, by CKAN field name. */
  @IsObject()
  metadata: Record<string, unknown>;
}
