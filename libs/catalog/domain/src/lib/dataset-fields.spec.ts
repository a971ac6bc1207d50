import { loadThaiGdcSchema } from '../testing/thai-gdc-schema.fixture';
import type { SchemaField } from '../testing/thai-gdc-schema.fixture';
import type { CatalogFieldSpec } from './catalog-field.types';
import { DATASET_FIELDS, MANDATORY_DATASET_FIELDS } from './dataset-fields.data';
import { RESOURCE_FIELDS } from './resource-fields.data';

const schema = loadThaiGdcSchema();

function specByName(specs: readonly CatalogFieldSpec[], name: string): CatalogFieldSpec {
  const spec = specs.find((candidate) => candidate.name === name);

  if (spec === undefined) {
    throw new Error(`no spec for ${name}`);
  }

  return spec;
}

function conformanceCases(fields: SchemaField[]): [string, SchemaField][] {
  return fields.map((field) => [field.field_name, field]);
}

describe.each<[string, readonly CatalogFieldSpec[], SchemaField[]]>([
  ['dataset fields', DATASET_FIELDS, schema.dataset_fields],
  ['resource fields', RESOURCE_FIELDS, schema.resource_fields],
])('%s', (_title, specs, schemaFields) => {
  it('follow schema order', () => {
    expect(specs.map((spec) => spec.name)).toEqual(schemaFields.map((field) => field.field_name));
  });

  describe.each(conformanceCases(schemaFields))('%s', (name, field) => {
    const spec = specByName(specs, name);

    it('has the required flag', () => {
      expect(spec.required).toBe(field.required === true);
    });

    it('has the dataset types', () => {
      expect(spec.dataTypes).toEqual(field.form_data_type);
    });

    it('has the choice values', () => {
      expect(spec.choices?.map((choice) => choice.value)).toEqual(field.choices?.map((choice) => choice.value));
    });

    it('has the English label', () => {
      const label = field.label;
      const english = typeof label === 'object' ? label.en : label;

      expect(english === undefined || spec.labelEn === english).toBe(true);
    });

    it('has the Thai label', () => {
      const thai = typeof field.label === 'object' ? field.label.th : undefined;

      expect(thai === undefined || spec.labelTh === thai).toBe(true);
    });

    it('is multi-select when the schema says so', () => {
      expect(spec.kind === 'choiceList').toBe(field.validators?.includes('scheming_multiple_choice') === true);
    });
  });
});

describe('MANDATORY_DATASET_FIELDS', () => {
  it('lists the 13 required fields and owner_org', () => {
    const required = schema.dataset_fields.filter((field) => field.required === true).map((field) => field.field_name);

    expect(MANDATORY_DATASET_FIELDS).toEqual([...required, 'owner_org']);
  });

  it('has 14 items', () => {
    expect(MANDATORY_DATASET_FIELDS).toHaveLength(14);
  });
});
