import { CreateDatasetRequest } from '@bma-kpi/contracts-catalog';
import type { DatasetFields } from '@bma-kpi/catalog-data-access';
import { validateDatasetMetadata } from '@bma-kpi/catalog-domain';
import type { FieldError } from '@bma-kpi/errors';
import { ValidationFailedException } from '@bma-kpi/errors';
import { createContractValidationPipe } from '@bma-kpi/messaging';

import { unsetClassification } from './dataset.mapper';

const contractPipe = createContractValidationPipe();

async function contractErrors(metadata: Record<string, unknown>): Promise<FieldError[]> {
  try {
    await contractPipe.transform(metadata, { type: 'body', metatype: CreateDatasetRequest });

    return [];
  } catch (error) {
    if (error instanceof ValidationFailedException) {
      return error.extra.errors ?? [];
    }
    throw error;
  }
}

/**
 * Checks whole dataset metadata with the rules of a create: the request contract (types and
 * lengths) and the thai_gdc schema rules. Where both reject a field, only the schema errors are
 * returned, because they name the Thai label and the allowed values.
 */
export async function datasetMetadataErrors(metadata: Record<string, unknown>): Promise<FieldError[]> {
  const schemaErrors: FieldError[] = validateDatasetMetadata(metadata).map((error) => ({
    field: error.field,
    rule: error.rule,
    messageEn: error.messageEn,
    messageTh: error.messageTh,
  }));
  const fieldsWithErrors = new Set(schemaErrors.map((error) => error.field));
  const otherErrors = (await contractErrors(metadata)).filter((error) => !fieldsWithErrors.has(error.field));

  return [...schemaErrors, ...otherErrors];
}

/** Returns the metadata with a patch applied: a `null` value removes the field, any other value replaces it. */
export function mergeMetadata(stored: Readonly<Record<string, unknown>>, patch: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };

  for (const [field, value] of Object.entries(patch)) {
    if (value === null) {
      delete merged[field];
    } else {
      merged[field] = value;
    }
  }

  return merged;
}

/** Derives the dataset columns from validated metadata; the metadata's `name` is set to `slug`. */
export function datasetColumnsOf(metadata: Readonly<Record<string, unknown>>, slug: string): DatasetFields {
  const text = (field: string): string | undefined => {
    const value = metadata[field];

    return typeof value === 'string' ? value : undefined;
  };
  const interval = text('update_frequency_interval');

  return {
    slug,
    agencyCode: text('owner_org') ?? '',
    titleTh: text('title') ?? '',
    titleEn: text('titleEn') ?? null,
    datasetType: text('data_type') ?? '',
    dataCategory: text('data_category') ?? '',
    classification: text('data_classification') ?? unsetClassification,
    metadata: { ...metadata, name: slug },
    lastUpdatedDate: text('last_updated_date') ?? null,
    updateFrequencyUnit: text('update_frequency_unit') ?? null,
    updateFrequencyInterval: interval === undefined ? null : Number(interval),
  };
}

/** Serialises metadata with its keys sorted, so that two equal metadata objects give the same text. */
export function canonicalMetadata(metadata: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(metadata).sort(([a], [b]) => a.localeCompare(b))));
}
