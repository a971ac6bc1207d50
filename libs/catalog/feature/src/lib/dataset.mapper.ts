import type {
  PdpaLegalBasis,
  CatalogResource,
  DatasetDetail,
  DatasetMetadata,
  DatasetSummary,
  DictionaryDataType,
  DictionaryFieldRequest,
  DictionaryFieldResponse,
  ResourceResponse,
} from '@bma-kpi/contracts-catalog';
import type { DictionaryField } from '@bma-kpi/catalog-domain';
import type {
  DatasetDetail as DatasetDetailRecord,
  DatasetRecord,
  DictionaryFieldInput,
  DictionaryFieldRecord,
  ResourceRecord,
} from '@bma-kpi/catalog-data-access';

/** Data category of datasets that anyone may read. */
export const publicDataCategory = 'ข้อมูลสาธารณะ';

/** Classification of public datasets. A dataset without a classification counts as public too. */
export const openClassification = 'เปิดเผย';

/**
 * Classification column value of a dataset whose metadata sets no `data_classification`. The
 * column must not be blank, and this value is outside the thai_gdc choice list, so no
 * classification filter of a request can match it.
 */
export const unsetClassification = 'ไม่ระบุ';

/** Returns true when the dataset may be shown on the public routes. */
export function isPublicDataset(dataset: Pick<DatasetRecord, 'dataCategory' | 'classification'>): boolean {
  return (
    dataset.dataCategory === publicDataCategory &&
    (dataset.classification === unsetClassification || dataset.classification === openClassification)
  );
}

export function toDatasetSummary(record: DatasetRecord): DatasetSummary {
  return {
    id: record.id,
    slug: record.slug,
    agencyCode: record.agencyCode,
    titleTh: record.titleTh,
    titleEn: record.titleEn,
    datasetType: record.datasetType,
    dataCategory: record.dataCategory,
    classification: record.classification === unsetClassification ? null : record.classification,
    lastUpdatedDate: record.lastUpdatedDate,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** Returns the stored thai_gdc metadata with the dataset's slug as its CKAN `name`. */
export function toDatasetMetadata(record: DatasetRecord): DatasetMetadata {
  return { ...(record.metadata as unknown as DatasetMetadata), name: record.slug };
}

export function toDictionaryFieldResponse(record: DictionaryFieldRecord): DictionaryFieldResponse {
  return {
    name: record.name,
    labelTh: record.labelTh,
    description: record.description,
    type: record.dataType as DictionaryDataType,
    size: record.size,
    precision: record.precision,
    unit: record.unit,
    required: record.required,
    primaryKey: record.primaryKey,
    allowedValues: record.allowedValues.map(String),
    minValue: record.minValue,
    maxValue: record.maxValue,
    example: record.example,
    personalData: record.personalData,
    personalDataLegalBasis: record.personalDataLegalBasis,
  };
}

export function toDatasetDetail(record: DatasetDetailRecord): DatasetDetail {
  return {
    ...toDatasetSummary(record),
    metadata: toDatasetMetadata(record),
    resources: record.resources.map(toResourceResponse),
    fields: record.fields.filter((field) => field.resourceId === null).map(toDictionaryFieldResponse),
    createdBy: record.createdBy,
    updatedBy: record.updatedBy,
  };
}

export function toResourceResponse(record: ResourceRecord): ResourceResponse {
  return {
    id: record.id,
    name: record.name,
    url: record.url,
    format: record.format,
    sha256: record.objectSha256,
    sizeBytes: record.sizeBytes,
    mediaType: record.mediaType,
    metadata: record.metadata,
    position: record.position,
  };
}

/** Converts a dictionary field of a request or of a parsed file to the repository's input. */
export function toDictionaryFieldInput(field: DictionaryFieldRequest | DictionaryField): DictionaryFieldInput {
  return {
    name: field.name,
    labelTh: field.labelTh,
    description: field.description ?? null,
    dataType: field.type,
    size: field.size ?? null,
    precision: field.precision ?? null,
    unit: field.unit ?? null,
    required: field.required,
    primaryKey: field.primaryKey,
    allowedValues: field.allowedValues,
    minValue: 'minValue' in field ? (field.minValue ?? null) : null,
    maxValue: 'maxValue' in field ? (field.maxValue ?? null) : null,
    example: field.example ?? null,
    personalData: field.personalData,
    personalDataLegalBasis: field.personalDataLegalBasis ?? null,
  };
}

/** Converts a stored dictionary field to the domain type that the CSV writer takes. */
export function toDomainDictionaryField(record: DictionaryFieldRecord): DictionaryField {
  const response = toDictionaryFieldResponse(record);

  return {
    name: response.name,
    labelTh: response.labelTh,
    type: response.type,
    required: response.required,
    primaryKey: response.primaryKey,
    allowedValues: response.allowedValues,
    personalData: response.personalData,
    ...(response.description === null ? {} : { description: response.description }),
    ...(response.size === null ? {} : { size: response.size }),
    ...(response.precision === null ? {} : { precision: response.precision }),
    ...(response.unit === null ? {} : { unit: response.unit }),
    ...(response.example === null ? {} : { example: response.example }),
    ...(response.personalDataLegalBasis === null ? {} : { personalDataLegalBasis: response.personalDataLegalBasis as PdpaLegalBasis }),
  };
}

/** Converts a stored resource to the thai_gdc resource fields that the CKAN and DCAT mappers read. */
export function toCatalogResource(record: ResourceRecord): CatalogResource {
  return {
    ...(record.metadata as Partial<CatalogResource>),
    name: record.name,
    url: record.url ?? '',
    format: record.format,
  };
}
