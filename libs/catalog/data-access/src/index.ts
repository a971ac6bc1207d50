export type { ArtefactKind, PrismaClient, UsageScope } from './generated/prisma/client';
export {
  catalogMigrationsDir,
  CatalogDatabase,
  catalogSchema,
  type CatalogDatabaseOptions,
} from './lib/catalog-database';
export {
  ArtefactLockedError,
  ArtefactSupersededError,
  AssessmentExistsError,
  QuestionnaireVersionTakenError,
  DuplicateLinkError,
  InvalidDictionaryError,
  SlugTakenError,
} from './lib/catalog-errors';
export { ArtefactRepository } from './lib/repositories/artefact.repository';
export { AssessmentRepository } from './lib/repositories/assessment.repository';
export { QuestionnaireRepository } from './lib/repositories/questionnaire.repository';
export type * from './lib/repositories/assessment.types';
export { ScorecardRepository } from './lib/repositories/scorecard.repository';
export { QualityJobRepository, type ClaimedJob } from './lib/repositories/quality-job.repository';
export { QualityRepository, type QualityFindingFilter } from './lib/repositories/quality.repository';
export type * from './lib/repositories/quality.types';
export { ResourceRepository, type ResourceChangeResult, type ResourcePatch } from './lib/repositories/resource.repository';
export type * from './lib/repositories/artefact.types';
export { DatasetRepository } from './lib/repositories/dataset.repository';
export type * from './lib/repositories/dataset.types';
export {
  DictionaryRepository,
  type DictionaryReplaceResult,
} from './lib/repositories/dictionary.repository';
export type * from './lib/repositories/dictionary.types';
export {
  LinkRepository,
  type DatasetIndicatorLinkRecord,
  type LinkTarget,
} from './lib/repositories/link.repository';
export { buildSearchText, searchColumnsOf, searchColumnsVersion, searchTerms } from './lib/search-text';
export { searchColumnsOmit } from './lib/repositories/dataset.mapper';
export { similarTextThreshold } from './lib/repositories/dataset-search';
// The outbox store of every service lives in @bma-kpi/database; it works on this client too.
export {
  InvalidInputError,
  maxPageSize,
  OutboxRepository,
  RecordNotFoundError,
  VersionConflictError,
  type EventsSource,
  type OutboxRepositoryOptions,
  type Page,
  type PageRequest,
} from '@bma-kpi/database';
export { DistrictItemRepository } from './lib/repositories/district-item.repository';
export { DistrictSubmissionRepository } from './lib/repositories/district-submission.repository';
export type * from './lib/repositories/district.types';
