/** Error codes that the catalog service returns to its clients. */
export const CatalogErrorCode = {
  datasetNotFound: 'CATALOG_DATASET_NOT_FOUND',
  datasetExists: 'CATALOG_DATASET_EXISTS',
  slugTaken: 'CATALOG_SLUG_TAKEN',
  invalidMetadata: 'CATALOG_INVALID_METADATA',
  organizationNotFound: 'CATALOG_ORGANIZATION_NOT_FOUND',
  resourceNotFound: 'CATALOG_RESOURCE_NOT_FOUND',
  invalidDictionary: 'CATALOG_INVALID_DICTIONARY',
  dictionaryFileUnreadable: 'CATALOG_DICTIONARY_FILE_UNREADABLE',
  dictionaryFieldExists: 'CATALOG_DICTIONARY_FIELD_EXISTS',
  versionConflict: 'CATALOG_VERSION_CONFLICT',
  catalogFileUnreadable: 'CATALOG_FILE_UNREADABLE',
  catalogHeaderNotFound: 'CATALOG_IMPORT_HEADER_NOT_FOUND',
  catalogTooManyRows: 'CATALOG_IMPORT_TOO_MANY_ROWS',
  indicatorNotFound: 'CATALOG_INDICATOR_NOT_FOUND',
  dictionaryFieldNotFound: 'CATALOG_DICTIONARY_FIELD_NOT_FOUND',
  linkExists: 'CATALOG_LINK_EXISTS',
  linkNotFound: 'CATALOG_LINK_NOT_FOUND',
  artefactNotFound: 'CATALOG_ARTEFACT_NOT_FOUND',
  evidenceNotFound: 'CATALOG_EVIDENCE_NOT_FOUND',
  artefactLocked: 'CATALOG_ARTEFACT_LOCKED',
  artefactSuperseded: 'CATALOG_ARTEFACT_SUPERSEDED',
  evidenceObjectMissing: 'CATALOG_EVIDENCE_OBJECT_MISSING',
  resourceFileMissing: 'CATALOG_RESOURCE_FILE_MISSING',
} as const;

export type CatalogErrorCode = (typeof CatalogErrorCode)[keyof typeof CatalogErrorCode];
