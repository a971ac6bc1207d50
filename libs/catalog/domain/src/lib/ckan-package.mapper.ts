import type { CatalogResource, DatasetMetadata, DatasetType } from '@bma-kpi/contracts-catalog';

import type { CatalogFieldSpec } from './catalog-field.types';
import { DATASET_FIELDS } from './dataset-fields.data';
import { datasetSlug } from './dataset-slug.util';
import { isBlank } from './field-value.rules';
import { RESOURCE_FIELDS } from './resource-fields.data';

/** Value of one CKAN field: text, or a list for multi-select fields. */
export type CkanValue = string | string[];

/** A CKAN resource dict with thai_gdc resource fields as top-level keys. */
export type CkanResourceDict = Record<string, CkanValue>;

/** A CKAN package dict for `package_create`, with thai_gdc fields as top-level keys (ckanext-scheming). */
export interface CkanPackage {
  [field: string]: CkanValue | CkanResourceDict[];
  name: string;
  resources: CkanResourceDict[];
}

function pickFields(source: object, specs: readonly CatalogFieldSpec[], dataType: DatasetType): Record<string, CkanValue> {
  const values: Record<string, CkanValue> = {};

  for (const spec of specs) {
    const value: unknown = (source as Record<string, unknown>)[spec.name];

    if (!spec.dataTypes.includes(dataType) || isBlank(value)) {
      continue;
    }
    values[spec.name] = Array.isArray(value) ? value.map(String) : String(value);
  }

  return values;
}

/**
 * Maps dataset metadata and its resources to a CKAN package dict. Only schema fields that apply
 * to the dataset type and are filled in are written, so `titleEn` and empty fields are left
 * out. Without a `name`, one is derived from the titles and kept clear of `existingNames`.
 * The metadata is expected to pass validateDatasetMetadata; this function does not check it.
 */
export function toCkanPackage(
  dataset: DatasetMetadata,
  resources: readonly CatalogResource[],
  existingNames: ReadonlySet<string> = new Set(),
): CkanPackage {
  const fields = pickFields(dataset, DATASET_FIELDS, dataset.data_type);
  const name = dataset.name ?? datasetSlug(dataset.title, dataset.titleEn, existingNames);

  return {
    ...fields,
    name,
    resources: resources.map((resource) => pickFields(resource, RESOURCE_FIELDS, dataset.data_type)),
  };
}
