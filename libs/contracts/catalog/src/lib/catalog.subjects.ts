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
  /** Export one page of the catalog as DCAT-AP JSON-LD nodes, in slug order. */
  catalogExportDcat: 'catalog.catalog.export-dcat.v1',
  /** Check that the service and its database respond. */
  healthCheck: 'catalog.health.check.v1',
  /** Add a resource (a link, or a file already in the object store) to a dataset. */
  resourceAdd: 'catalog.resource.add.v1',
  /** Replace the name, URL, format and thai_gdc fields of one resource. */
  resourceUpdate: 'catalog.resource.update.v1',
  /** Remove one resource of a dataset. */
  resourceRemove: 'catalog.resource.remove.v1',
  /** Get one resource of a dataset, with the object-store key of its file. */
  resourceGet: 'catalog.resource.get.v1',
  /** Count each agency's governance measures for a fiscal year: metadata, dictionaries, classification, updates, artefacts. */
  scorecardGet: 'catalog.scorecard.get.v1',
  /** Merge thai_gdc fields into a dataset's metadata, guarded by the dataset's version. */
  datasetUpdate: 'catalog.dataset.update.v1',
  /** Read one page of the agency data catalog (บัญชีรายการข้อมูล) as table rows, ordered by slug. */
  catalogTablePage: 'catalog.catalog.table-page.v1',
  /** Validate one batch of agency data catalog rows and create or update a dataset per row. */
  catalogImportRows: 'catalog.catalog.import-rows.v1',
  /** Parse a data dictionary from an XLSX workbook and replace the dataset's dictionary with it. */
  dictionaryImportXlsx: 'catalog.dictionary.import-xlsx.v1',
  /** Write the data dictionary of a dataset as an XLSX workbook with Thai headers. */
  dictionaryExportXlsx: 'catalog.dictionary.export-xlsx.v1',
  /** Link a dataset, or one of its dictionary fields, to an indicator that the indicators service confirms. */
  linkCreate: 'catalog.link.create.v1',
  /** Remove one link of a dataset. */
  linkDelete: 'catalog.link.delete.v1',
  /** List the indicators linked to a dataset, with each indicator's code, name and fiscal year. */
  linkListByDataset: 'catalog.link.list-by-dataset.v1',
  /** List the datasets linked to an indicator. */
  linkListByIndicator: 'catalog.link.list-by-indicator.v1',
  /** Store version 1 of a governance artefact of an agency and fiscal year. */
  artefactCreate: 'catalog.artefact.create.v1',
  /** Get one artefact version with its evidence files. */
  artefactGet: 'catalog.artefact.get.v1',
  /** List the artefacts of an agency and fiscal year, by kind, optionally only the latest versions. */
  artefactList: 'catalog.artefact.list.v1',
  /** Store a new version of an artefact that replaces the latest one; works on locked artefacts too. */
  artefactSupersede: 'catalog.artefact.supersede.v1',
  /** Lock an artefact that a signed-off evaluation references, recording who and why. */
  artefactLock: 'catalog.artefact.lock.v1',
  /** Attach a file already in the object store to an artefact that is not locked. */
  evidenceAdd: 'catalog.evidence.add.v1',
  /** Detach an evidence file from an artefact that is not locked. */
  evidenceRemove: 'catalog.evidence.remove.v1',
  /** Replace the district data item list of a fiscal year; submissions of removed items are kept. */
  districtItemListPut: 'catalog.district-item-list.put.v1',
  /** Get the district data item list of a fiscal year. */
  districtItemListGet: 'catalog.district-item-list.get.v1',
  /** Submit or correct a district's report of one item for one month. */
  districtSubmissionSubmit: 'catalog.district-submission.submit.v1',
  /** Get a district's report of one item for one month, with every version. */
  districtSubmissionGet: 'catalog.district-submission.get.v1',
  /** Compute the district × item × month completeness matrix and per-district rates of a fiscal year. */
  districtMatrixGet: 'catalog.district-matrix.get.v1',
  /** Record the reports missing as of an instant and emit one missing event for each. */
  districtSweepRun: 'catalog.district-sweep.run.v1',
  /** Validate and publish a new questionnaire version of an assessment kind. */
  questionnaireCreate: 'catalog.questionnaire.create.v1',
  /** Publish the questionnaire that ships with the service as the next version of its kind, unless the latest is the same. */
  questionnaireLoadDefault: 'catalog.questionnaire.load-default.v1',
  /** Get one questionnaire version. */
  questionnaireGet: 'catalog.questionnaire.get.v1',
  /** List questionnaire versions, newest first. */
  questionnaireList: 'catalog.questionnaire.list.v1',
  /** Start a readiness (agency) or security (dataset) assessment of a fiscal year on the latest questionnaire. */
  assessmentStart: 'catalog.assessment.start.v1',
  /** Get one assessment with answers, scores, review history and the previous fiscal year's comparison. */
  assessmentGet: 'catalog.assessment.get.v1',
  /** List assessments by kind, agency, fiscal year, dataset and status. */
  assessmentList: 'catalog.assessment.list.v1',
  /** Save answers with evidence to a draft or returned assessment. */
  assessmentSaveAnswers: 'catalog.assessment.save-answers.v1',
  /** Submit a draft or returned assessment for review. */
  assessmentSubmit: 'catalog.assessment.submit.v1',
  /** Record an evaluator's decision on a submitted assessment and on single answers. */
  assessmentReview: 'catalog.assessment.review.v1',
  /** Queue a data quality assessment of one CSV or XLSX resource; returns the queued or already running job. */
  qualityStart: 'catalog.quality.start.v1',
  /** Get one assessment with its status, progress and scores. */
  qualityGet: 'catalog.quality.get.v1',
  /** Get the latest finished assessment of a dataset, or of one of its resources. */
  qualityLatest: 'catalog.quality.latest.v1',
  /** List the assessments of a dataset, newest first. */
  qualityHistory: 'catalog.quality.history.v1',
  /** List one page of the kept findings of an assessment, in file order. */
  qualityFindings: 'catalog.quality.findings.v1',
  /** Get the object-store key of an assessment's row-level report (CSV). */
  qualityReport: 'catalog.quality.report.v1',
  /** Average each agency's latest dataset quality scores, optionally within a fiscal year. */
  qualityAgencies: 'catalog.quality.agencies.v1',
} as const;

export type CatalogSubject = (typeof CatalogSubjects)[keyof typeof CatalogSubjects];

/** JetStream event subjects of the catalog service, `events.<service>.<entity>.<past-tense>.v1`. */
export const CatalogEvents = {
  datasetCreated: 'events.catalog.dataset.created.v1',
  datasetUpdated: 'events.catalog.dataset.updated.v1',
  datasetClassificationChanged: 'events.catalog.dataset.classification-changed.v1',
  datasetIndicatorLinked: 'events.catalog.dataset.indicator-linked.v1',
  datasetIndicatorUnlinked: 'events.catalog.dataset.indicator-unlinked.v1',
  artefactSubmitted: 'events.catalog.artefact.submitted.v1',
  artefactEvidenceChanged: 'events.catalog.artefact.evidence-changed.v1',
  artefactLocked: 'events.catalog.artefact.locked.v1',
  districtSubmissionSubmitted: 'events.catalog.district-submission.submitted.v1',
  districtSubmissionLate: 'events.catalog.district-submission.late.v1',
  districtSubmissionMissing: 'events.catalog.district-submission.missing.v1',
  assessmentSubmitted: 'events.catalog.assessment.submitted.v1',
  assessmentReviewed: 'events.catalog.assessment.reviewed.v1',
  assessmentReturned: 'events.catalog.assessment.returned.v1',
  qualityAssessed: 'events.catalog.quality.assessed.v1',
} as const;

export type CatalogEvent = (typeof CatalogEvents)[keyof typeof CatalogEvents];
