export type { CatalogFieldKind, CatalogFieldSpec } from './lib/catalog-field.types';
export { CATALOG_TABLE_COLUMNS, catalogColumnForHeader } from './lib/catalog-table-columns.data';
export type { CatalogTableColumn } from './lib/catalog-table-columns.data';
export {
  CATALOG_LIST_SEPARATOR,
  catalogTableCells,
  catalogTableHeader,
  readCatalogTableHeader,
  readCatalogTableRow,
} from './lib/catalog-table.util';
export type { CatalogTableHeader, CatalogTableRowValues } from './lib/catalog-table.util';
export { toCkanPackage } from './lib/ckan-package.mapper';
export type { CkanPackage, CkanResourceDict, CkanValue } from './lib/ckan-package.mapper';
export type { DatasetFieldError, DatasetRule } from './lib/dataset-field-error';
export { DATASET_FIELDS, MANDATORY_DATASET_FIELDS, datasetFieldSpec } from './lib/dataset-fields.data';
export { validateDatasetMetadata } from './lib/dataset-metadata.validator';
export { datasetSlug, maxDatasetSlugLength } from './lib/dataset-slug.util';
export { EU_FREQUENCY_BASE, frequencyIri } from './lib/dcat-frequency.data';
export { DCAT_CONTEXT, toDcatCatalogNode, toDcatDatasetNode, toDcatJsonLd } from './lib/dcat-jsonld.mapper';
export type { DcatCatalogInput, DcatDatasetInput, JsonLdNode } from './lib/dcat-jsonld.mapper';
export { DICTIONARY_COLUMNS } from './lib/dictionary-columns.data';
export type { DictionaryColumn } from './lib/dictionary-columns.data';
export { dictionaryToCsv, parseDictionaryCsv } from './lib/dictionary-csv.util';
export type { DictionaryHeaderLanguage } from './lib/dictionary-csv.util';
export type {
  DictionaryErrorCode,
  DictionaryField,
  DictionaryParseResult,
  DictionaryRowError,
} from './lib/dictionary-field.types';
export { dictionaryToXlsx, parseDictionaryXlsx } from './lib/dictionary-xlsx.util';
export { machineNameFor, maxMachineNameLength } from './lib/machine-name.util';
export { RESOURCE_FIELDS } from './lib/resource-fields.data';
export { searchKey, searchTokens, searchTrigrams } from './lib/thai-search.util';
export {
  buildAgencyScorecard,
  REQUIRED_ARTEFACTS,
  unclassifiedLevel,
  type ScorecardArtefact,
  type ScorecardDataset,
} from './lib/governance-scorecard';
export { nextUpdateDue, updateFreshness, type FreshnessResult, type UpdateFreshness } from './lib/update-freshness.util';
export { validateResourceMetadata } from './lib/resource-metadata.validator';
export * from './lib/district';
export * from './lib/assessment';
export { assessRows, type AssessRowsOptions } from './lib/quality/assess-rows';
export { KEY_SLOT_BYTES, KeyFingerprintSet } from './lib/quality/key-fingerprint.set';
export { DEFAULT_MAX_FINDINGS, QualityAssessor, type QualityAssessorOptions, type TimelinessInput } from './lib/quality/quality-assessor';
export { qualityFinding, truncateValue } from './lib/quality/quality-messages';
export { QUALITY_REPORT_HEADER, qualityReportCells } from './lib/quality/quality-report';
export { qualityScores } from './lib/quality/quality-scores';
export { readCsvRows, readXlsxRows, xlsxCellText, type ReadProgress } from './lib/quality/table-readers';
export {
  QUALITY_RULE_DIMENSIONS,
  QUALITY_VALUE_MAX_LENGTH,
  type QualityCounts,
  type QualityDimension,
  type QualityField,
  type QualityFinding,
  type QualityResult,
  type QualityRuleCode,
  type QualityScores,
  type RawRow,
} from './lib/quality/quality.types';
export { isIsoCalendarDate } from './lib/field-value.rules';
