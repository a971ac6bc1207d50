// Loads the reference thai_gdc CKAN schema for conformance tests only; library code never reads it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { workspaceRoot } from './samples';

/** A label in the schema: English only, or English and Thai. */
export type SchemaLabel = string | { en: string; th: string };

export interface SchemaField {
  field_name: string;
  label?: SchemaLabel;
  required?: boolean;
  preset?: string;
  validators?: string;
  form_data_type?: string[];
  choices?: { value: string }[];
}

export interface ThaiGdcSchema {
  dataset_fields: SchemaField[];
  resource_fields: SchemaField[];
}

export interface SchemaPreset {
  preset_name: string;
  values: { validators?: string };
}

/** Folder of the national Government Data Catalog's CKAN schema, in the read-only `shared` folder. */
const referenceDir = path.resolve(workspaceRoot, '../shared/reference');

export function loadThaiGdcSchema(): ThaiGdcSchema {
  return JSON.parse(readFileSync(path.join(referenceDir, 'thai-gdc-ckan-dataset-schema.json'), 'utf8')) as ThaiGdcSchema;
}

export function loadThaiGdcPresets(): SchemaPreset[] {
  const file = JSON.parse(readFileSync(path.join(referenceDir, 'thai-gdc-ckan-presets.json'), 'utf8')) as { presets: SchemaPreset[] };

  return file.presets;
}

/** Lists `field=value` for every value of a choice field that the schema does not offer. */
export function choicesOutsideSchema(dict: Record<string, unknown>, fields: readonly SchemaField[]): string[] {
  return Object.entries(dict).flatMap(([key, value]) => {
    const choices = fields.find((field) => field.field_name === key)?.choices;

    if (choices === undefined || key === 'resources') {
      return [];
    }
    const allowed = new Set(choices.map((choice) => choice.value));
    const values = Array.isArray(value) ? value.map(String) : [String(value)];

    return values.filter((item) => !allowed.has(item)).map((item) => `${key}=${item}`);
  });
}
