import type { CatalogChoice, DatasetType } from '@bma-kpi/contracts-catalog';

/** Kind of a metadata value, which selects the format check it gets. */
export type CatalogFieldKind =
  | 'text'
  | 'tags'
  | 'email'
  | 'url'
  | 'slug'
  | 'isoDate'
  | 'buddhistYear'
  | 'positiveInteger'
  | 'longitude'
  | 'latitude'
  | 'choice'
  | 'choiceList'
  | 'otherText';

/** One field of the thai_gdc CKAN schema, with the facts the validator and mappers need. */
export interface CatalogFieldSpec {
  readonly name: string;
  readonly labelTh: string;
  readonly labelEn: string;
  /** True only where the schema sets `required: true`. */
  readonly required: boolean;
  /** Dataset types whose form shows the field (`form_data_type` in the schema). */
  readonly dataTypes: readonly DatasetType[];
  readonly kind: CatalogFieldKind;
  readonly choices?: readonly CatalogChoice[];
  /** For a free-text `…_other` field: the choice field whose "other" value requires it. */
  readonly companionOf?: string;
}

/** Options of a field spec besides its name, labels and kind. */
export interface CatalogFieldOptions {
  readonly required?: boolean;
  readonly dataTypes: readonly DatasetType[];
  readonly choices?: readonly CatalogChoice[];
}

/** Builds a field spec; `required` defaults to false. */
export function catalogField(
  name: string,
  labels: readonly [labelTh: string, labelEn: string],
  kind: CatalogFieldKind,
  options: CatalogFieldOptions,
): CatalogFieldSpec {
  return { name, labelTh: labels[0], labelEn: labels[1], kind, required: options.required ?? false, ...options };
}

/** Builds the free-text companion `<parent>_other` of a choice field. */
export function otherField(parent: CatalogFieldSpec): CatalogFieldSpec {
  return {
    name: `${parent.name}_other`,
    labelTh: `${parent.labelTh} (อื่นๆ)`,
    labelEn: `${parent.labelEn} (other)`,
    kind: 'otherText',
    required: false,
    dataTypes: parent.dataTypes,
    companionOf: parent.name,
  };
}
