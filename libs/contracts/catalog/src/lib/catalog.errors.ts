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
} as const;

export type CatalogErrorCode = (typeof CatalogErrorCode)[keyof typeof CatalogErrorCode];
