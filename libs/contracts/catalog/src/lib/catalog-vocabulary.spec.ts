import { readFileSync } from 'node:fs';
import path from 'node:path';

import { getMetadataStorage } from 'class-validator';

import {
  DATA_COLLECTION_UNITS,
  DATA_LANGUAGES,
  DATA_SUPPORTS,
  DISAGGREGATIONS,
  EQUIVALENT_SCALES,
  GEOGRAPHIC_DATA_SETS,
  RESOURCE_CDP_CHOICES,
  UNIT_MULTIPLIERS,
} from './catalog-type-vocabulary.data';
import {
  CKAN_BOOLEANS,
  CLASSIFICATION_LEVELS,
  DATASET_TYPES,
  DATA_CATEGORIES,
  DATA_FORMATS,
  GEO_COVERAGES,
  LICENSES,
  OBJECTIVES,
  UPDATE_FREQUENCY_UNITS,
} from './catalog-vocabulary.data';
import type { CatalogChoice } from './catalog-vocabulary.data';
import { CreateDatasetRequest } from './dataset.request';

interface SchemaField {
  field_name: string;
  choices?: { value: string }[];
}

const workspaceRoot = path.resolve(__dirname, '../../../../..');
const schemaPath = path.resolve(workspaceRoot, '../shared/reference/thai-gdc-ckan-dataset-schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
  dataset_fields: SchemaField[];
  resource_fields: SchemaField[];
};

function schemaChoices(fields: SchemaField[], name: string): string[] {
  const field = fields.find((candidate) => candidate.field_name === name);

  return (field?.choices ?? []).map((choice) => choice.value);
}

const values = (choices: readonly CatalogChoice[]): string[] => choices.map((choice) => choice.value);

describe('catalog vocabularies', () => {
  it.each<[string, readonly CatalogChoice[]]>([
    ['data_type', DATASET_TYPES],
    ['data_category', DATA_CATEGORIES],
    ['data_classification', CLASSIFICATION_LEVELS],
    ['update_frequency_unit', UPDATE_FREQUENCY_UNITS],
    ['geo_coverage', GEO_COVERAGES],
    ['objective', OBJECTIVES],
    ['data_format', DATA_FORMATS],
    ['license_id', LICENSES],
    ['data_support', DATA_SUPPORTS],
    ['data_collect', DATA_COLLECTION_UNITS],
    ['data_language', DATA_LANGUAGES],
    ['disaggregate', DISAGGREGATIONS],
    ['unit_of_multiplier', UNIT_MULTIPLIERS],
    ['geographic_data_set', GEOGRAPHIC_DATA_SETS],
    ['equivalent_scale', EQUIVALENT_SCALES],
    ['allow_harvest', CKAN_BOOLEANS],
    ['high_value_dataset', CKAN_BOOLEANS],
    ['reference_data', CKAN_BOOLEANS],
    ['official_statistics', CKAN_BOOLEANS],
  ])('%s matches the schema', (fieldName, choices) => {
    expect(values(choices)).toEqual(schemaChoices(schema.dataset_fields, fieldName));
  });

  it.each<[string, readonly CatalogChoice[]]>([
    ['resource_data_collect', DATA_COLLECTION_UNITS],
    ['resource_cdp', RESOURCE_CDP_CHOICES],
    ['resource_disaggregate', DISAGGREGATIONS],
    ['resource_unit_of_multiplier', UNIT_MULTIPLIERS],
    ['resource_geographic_data_set', GEOGRAPHIC_DATA_SETS],
    ['resource_equivalent_scale', EQUIVALENT_SCALES],
    ['resource_official_statistics', CKAN_BOOLEANS],
  ])('resource %s matches the schema', (fieldName, choices) => {
    expect(values(choices)).toEqual(schemaChoices(schema.resource_fields, fieldName));
  });

  it('covers every dataset choice field', () => {
    const withChoices = schema.dataset_fields.filter((field) => field.choices !== undefined).map((field) => field.field_name);

    expect(withChoices).toHaveLength(19);
  });

  it.each<[string, readonly CatalogChoice[]]>([
    ['DATASET_TYPES', DATASET_TYPES],
    ['DATA_CATEGORIES', DATA_CATEGORIES],
    ['CLASSIFICATION_LEVELS', CLASSIFICATION_LEVELS],
    ['LICENSES', LICENSES],
    ['OBJECTIVES', OBJECTIVES],
  ])('%s has English labels', (_name, choices) => {
    expect(choices.filter((choice) => choice.labelEn.trim() === '')).toEqual([]);
  });
});

describe('CreateDatasetRequest', () => {
  it('declares every schema field', () => {
    const validated = getMetadataStorage()
      .getTargetValidationMetadatas(CreateDatasetRequest, '', false, false)
      .map((metadata) => metadata.propertyName);
    const expected = [...schema.dataset_fields.map((field) => field.field_name), 'titleEn'];

    expect([...new Set(validated)].sort()).toEqual(expected.sort());
  });
});
