import { DATASET_TYPES, OTHER_CHOICE, OTHER_DATASET_TYPE } from '@bma-kpi/contracts-catalog';
import type { DatasetType } from '@bma-kpi/contracts-catalog';

import type { CatalogFieldSpec } from './catalog-field.types';
import { datasetFieldError, specError } from './dataset-field-error';
import type { DatasetFieldError } from './dataset-field-error';
import { ALL_DATASET_TYPES, DATASET_FIELDS, MANDATORY_DATASET_FIELDS, datasetFieldSpec } from './dataset-fields.data';
import { isBlank, valueErrors } from './field-value.rules';

/** Keys accepted besides the schema fields: our English title. */
const extraFields: readonly CatalogFieldSpec[] = [
  { name: 'titleEn', labelTh: 'ชื่อชุดข้อมูลภาษาอังกฤษ', labelEn: 'English title', required: false, dataTypes: ALL_DATASET_TYPES, kind: 'text' },
];

type MetadataInput = Record<string, unknown>;

/** Returns the choice value whose selection requires the `…_other` companion of a field. */
export function otherTriggerValue(parentField: string): string {
  return parentField === 'data_type' ? OTHER_DATASET_TYPE : OTHER_CHOICE;
}

function isRecord(input: unknown): input is MetadataInput {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

function chosenDataType(input: MetadataInput): DatasetType | undefined {
  return DATASET_TYPES.find((type) => type.value === input['data_type'])?.value;
}

function unknownFieldErrors(input: MetadataInput): DatasetFieldError[] {
  return Object.keys(input)
    .filter((key) => datasetFieldSpec(key) === undefined && !extraFields.some((spec) => spec.name === key))
    .map((key) => datasetFieldError(key, 'unknownField', { labelTh: key, labelEn: key, value: key }));
}

function isChosen(value: unknown, choice: string): boolean {
  return Array.isArray(value) ? value.includes(choice) : value === choice;
}

function companionErrors(spec: CatalogFieldSpec, parent: string, input: MetadataInput): DatasetFieldError[] {
  const trigger = otherTriggerValue(parent);
  const chosen = isChosen(input[parent], trigger);
  const filled = !isBlank(input[spec.name]);

  if (chosen && !filled) {
    return [specError(spec, 'otherRequired', trigger)];
  }
  if (!chosen && filled) {
    return [specError(spec, 'otherNotAllowed', trigger)];
  }

  return filled ? valueErrors(spec, input[spec.name]) : [];
}

/** Checks one field of a dataset or resource against its spec, for the dataset type chosen. */
export function fieldErrors(
  spec: CatalogFieldSpec,
  input: MetadataInput,
  dataType: DatasetType | undefined,
  mandatory: readonly string[] = MANDATORY_DATASET_FIELDS,
): DatasetFieldError[] {
  const value = input[spec.name];

  if (isBlank(value)) {
    if (mandatory.includes(spec.name)) {
      return [specError(spec, 'required', '')];
    }

    return spec.companionOf === undefined || dataType === undefined || !spec.dataTypes.includes(dataType)
      ? []
      : companionErrors(spec, spec.companionOf, input);
  }
  if (dataType !== undefined && !spec.dataTypes.includes(dataType)) {
    return [specError(spec, 'notForDataType', dataType)];
  }
  if (spec.companionOf !== undefined) {
    return companionErrors(spec, spec.companionOf, input);
  }

  return valueErrors(spec, value);
}

function yearOrderErrors(input: MetadataInput, errors: readonly DatasetFieldError[]): DatasetFieldError[] {
  const first = input['first_year_of_data'];
  const last = input['last_year_of_data'];
  const lastSpec = datasetFieldSpec('last_year_of_data');
  const yearsValid = !errors.some((error) => error.field.endsWith('_year_of_data'));

  if (!yearsValid || typeof first !== 'string' || typeof last !== 'string' || lastSpec === undefined) {
    return [];
  }

  return Number(last) < Number(first) ? [specError(lastSpec, 'yearOrder', last)] : [];
}

/**
 * Validates dataset metadata against the thai_gdc schema and returns every failed check.
 * An empty array means the metadata is valid. Any JSON value is accepted as input without throwing.
 */
export function validateDatasetMetadata(input: unknown): DatasetFieldError[] {
  if (!isRecord(input)) {
    return [datasetFieldError('', 'invalidInput', { labelTh: '', labelEn: '', value: '' })];
  }
  const dataType = chosenDataType(input);
  const errors = unknownFieldErrors(input);

  for (const spec of [...DATASET_FIELDS, ...extraFields]) {
    errors.push(...fieldErrors(spec, input, dataType));
  }
  errors.push(...yearOrderErrors(input, errors));

  return errors;
}
