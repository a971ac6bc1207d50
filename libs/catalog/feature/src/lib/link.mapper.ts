import type {
  DatasetIndicatorLinkEventData,
  IndicatorLinkResponse,
  LinkedDataset,
  LinkedField,
} from '@bma-kpi/contracts-catalog';
import type {
  DatasetDetail,
  DatasetIndicatorLinkRecord,
  DictionaryFieldRecord,
} from '@bma-kpi/catalog-data-access';

import { isPublicDataset, unsetClassification } from './dataset.mapper';

/** Returns the field a link names, or null for a link to the whole dataset or to a field that is gone. */
function linkedField(record: DatasetIndicatorLinkRecord, fields: readonly DictionaryFieldRecord[]): LinkedField | null {
  const field = record.fieldId === null ? undefined : fields.find((candidate) => candidate.id === record.fieldId);

  return field === undefined ? null : { id: field.id, name: field.name, labelTh: field.labelTh };
}

/** Maps a stored link. `fields` is the dictionary of the link's dataset and names the linked field. */
export function toLinkResponse(
  record: DatasetIndicatorLinkRecord,
  fields: readonly DictionaryFieldRecord[],
): IndicatorLinkResponse {
  return {
    id: record.id,
    datasetId: record.datasetId,
    indicatorId: record.indicatorId,
    field: linkedField(record, fields),
    note: record.note,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
  };
}

export function toLinkedDataset(dataset: DatasetDetail): LinkedDataset {
  return {
    id: dataset.id,
    slug: dataset.slug,
    titleTh: dataset.titleTh,
    titleEn: dataset.titleEn,
    agencyCode: dataset.agencyCode,
    dataCategory: dataset.dataCategory,
    classification: dataset.classification === unsetClassification ? null : dataset.classification,
    isPublic: isPublicDataset(dataset),
  };
}

export function toLinkEventData(
  record: DatasetIndicatorLinkRecord,
  dataset: DatasetDetail,
): DatasetIndicatorLinkEventData {
  const field = linkedField(record, dataset.fields);

  return {
    linkId: record.id,
    datasetId: record.datasetId,
    slug: dataset.slug,
    indicatorId: record.indicatorId,
    fieldId: record.fieldId,
    fieldName: field?.name ?? null,
  };
}

/** Finds a field of the dataset's own dictionary (not a resource's) by machine name. */
export function findDatasetField(dataset: DatasetDetail, name: string): DictionaryFieldRecord | undefined {
  return dataset.fields.find((field) => field.resourceId === null && field.name === name);
}
