import type { CatalogFieldSpec } from './catalog-field.types';
import { ALL_DATASET_TYPES, DATASET_FIELDS, MANDATORY_DATASET_FIELDS } from './dataset-fields.data';
import { normalizedHeader } from './dictionary-columns.data';

/** One column of the agency data catalog table (บัญชีรายการข้อมูล): a thai_gdc field and its headers. */
export interface CatalogTableColumn {
  readonly spec: CatalogFieldSpec;
  /** Thai header, the field's Thai label. */
  readonly headerTh: string;
  /** English header, the CKAN field name, because two fields share the English label "URL". */
  readonly headerEn: string;
}

// The English title is not a schema field; the metadata validator accepts it beside them.
const titleEn: CatalogFieldSpec = {
  name: 'titleEn',
  labelTh: 'ชื่อชุดข้อมูลภาษาอังกฤษ',
  labelEn: 'English title',
  required: false,
  dataTypes: ALL_DATASET_TYPES,
  kind: 'text',
};

const isMandatory = (spec: CatalogFieldSpec): boolean => MANDATORY_DATASET_FIELDS.includes(spec.name);
const isTypeSpecific = (spec: CatalogFieldSpec): boolean => spec.dataTypes.length < ALL_DATASET_TYPES.length;
const toColumn = (spec: CatalogFieldSpec): CatalogTableColumn => ({ spec, headerTh: spec.labelTh, headerEn: spec.name });

/**
 * Columns in table order: the mandatory fields, then the optional fields of every dataset type
 * (the slug `name` first, then the English title), then the fields of some dataset types only.
 * Each group keeps the schema order.
 */
export const CATALOG_TABLE_COLUMNS: readonly CatalogTableColumn[] = [
  ...DATASET_FIELDS.filter(isMandatory),
  ...DATASET_FIELDS.filter((spec) => spec.name === 'name'),
  titleEn,
  ...DATASET_FIELDS.filter((spec) => !isMandatory(spec) && !isTypeSpecific(spec) && spec.name !== 'name'),
  ...DATASET_FIELDS.filter((spec) => !isMandatory(spec) && isTypeSpecific(spec)),
].map(toColumn);

// CKAN field names and Thai labels are unique; an English label joins only where no other column
// already has its normalised form.
const columnsByHeader = new Map<string, CatalogTableColumn>();

for (const pick of [(column: CatalogTableColumn) => column.headerEn, (column: CatalogTableColumn) => column.headerTh]) {
  for (const column of CATALOG_TABLE_COLUMNS) {
    columnsByHeader.set(normalizedHeader(pick(column)), column);
  }
}
for (const column of CATALOG_TABLE_COLUMNS) {
  const key = normalizedHeader(column.spec.labelEn);

  if (!columnsByHeader.has(key)) {
    columnsByHeader.set(key, column);
  }
}

/** Returns the column that a header cell names by Thai label, CKAN field name or English label, or undefined. */
export function catalogColumnForHeader(header: string): CatalogTableColumn | undefined {
  return columnsByHeader.get(normalizedHeader(header));
}
