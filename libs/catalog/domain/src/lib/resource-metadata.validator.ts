import type { DatasetType } from '@bma-kpi/contracts-catalog';

import { datasetFieldError } from './dataset-field-error';
import type { DatasetFieldError } from './dataset-field-error';
import { fieldErrors } from './dataset-metadata.validator';
import { RESOURCE_FIELDS } from './resource-fields.data';

/** Resource fields every resource needs. A file in the object store supplies its own URL. */
const mandatoryResourceFields = ['name', 'format'];

/**
 * Validates a resource's thai_gdc fields for the dataset type of its dataset and returns every
 * failed check, with the same rules and messages as dataset metadata. `url` is required unless
 * `hasFile` is true, because an uploaded file's bytes are in the object store.
 */
export function validateResourceMetadata(input: Record<string, unknown>, dataType: DatasetType, hasFile: boolean): DatasetFieldError[] {
  const errors = Object.keys(input)
    .filter((key) => !RESOURCE_FIELDS.some((spec) => spec.name === key))
    .map((key) => datasetFieldError(key, 'unknownField', { labelTh: key, labelEn: key, value: key }));
  const mandatory = hasFile ? mandatoryResourceFields : [...mandatoryResourceFields, 'url'];

  for (const spec of RESOURCE_FIELDS) {
    errors.push(...fieldErrors(spec, input, dataType, mandatory));
  }

  return errors;
}
