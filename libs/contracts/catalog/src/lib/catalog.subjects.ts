/** NATS request/reply subjects of the catalog service, `<service>.<entity>.<verb>.v1`. */
export const CatalogSubjects = {
  /** Validate thai_gdc metadata and store a new dataset. */
  datasetCreate: 'catalog.dataset.create.v1',
  /** Get one dataset by id or slug, with its data dictionary. */
  datasetGet: 'catalog.dataset.get.v1',
  /** List datasets by agency, type, category, classification, tag and text, one page at a time. */
  datasetList: 'catalog.dataset.list.v1',
  /** Export one dataset as a CKAN package dict. */
  datasetExportCkan: 'catalog.dataset.export-ckan.v1',
  /** Replace the whole data dictionary of a dataset with a list of fields. */
  dictionaryReplace: 'catalog.dictionary.replace.v1',
  /** Get the data dictionary of a dataset. */
  dictionaryGet: 'catalog.dictionary.get.v1',
  /** Parse a data dictionary from CSV text and replace the dataset's dictionary with it. */
  dictionaryImportCsv: 'catalog.dictionary.import-csv.v1',
  /** Write the data dictionary of a dataset as CSV with Thai headers. */
  dictionaryExportCsv: 'catalog.dictionary.export-csv.v1',
  /** Export the catalog as DCAT-AP JSON-LD. */
  catalogExportDcat: 'catalog.catalog.export-dcat.v1',
  /** Check that the service and its database respond. */
  healthCheck: 'catalog.health.check.v1',
} as const;

export type CatalogSubject = (typeof CatalogSubjects)[keyof typeof CatalogSubjects];

/** JetStream event subjects of the catalog service, `events.<service>.<entity>.<past-tense>.v1`. */
export const CatalogEvents = {
  datasetCreated: 'events.catalog.dataset.created.v1',
  datasetUpdated: 'events.catalog.dataset.updated.v1',
} as const;

export type CatalogEvent = (typeof CatalogEvents)[keyof typeof CatalogEvents];
