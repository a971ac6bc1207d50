// Shared repository types and errors, re-exported so that callers of this lib keep one import.
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
export type {
  AgencyKind,
  Direction,
  KpiType,
  PlanLevel,
  PrismaClient,
  ProgressSource,
  ResultLevel,
} from './generated/prisma/client';
export { districtAliases, normalizeAgencyName, stripDistrictPrefix } from './lib/agency-name';
export {
  IndicatorsDatabase,
  indicatorsMigrationsDir,
  indicatorsSchema,
  type IndicatorsDatabaseOptions,
} from './lib/indicators-database';
export {
  AgencyRepository,
  type AgencyDetail,
  type AgencyListQuery,
  type AgencyRecord,
} from './lib/repositories/agency.repository';
export { ImportRepository } from './lib/repositories/import.repository';
export type * from './lib/repositories/import.types';
export { IndicatorRepository } from './lib/repositories/indicator.repository';
export type * from './lib/repositories/indicator.types';
export { comparePlanCodes } from './lib/repositories/plan-code';
export {
  PlanRepository,
  type PlanEditionRecord,
  type PlanNodeListQuery,
  type PlanNodeRecord,
  type PlanPathNodeInput,
  type PlanTree,
  type PlanTreeNode,
} from './lib/repositories/plan.repository';
export {
  ProgressExportRepository,
  type ProgressExportQuery,
  type ProgressExportRecord,
} from './lib/repositories/progress-export.repository';
export {
  progressFingerprint,
  ProgressRepository,
  type ProgressInput,
  type ProgressListQuery,
} from './lib/repositories/progress.repository';
export { phase2EditionCode } from './lib/seed/plan.seed-data';
export { seedActor, seedReferenceData, type SeedResult } from './lib/seed/seed-reference-data';
export { DuplicateIndicatorError, DuplicateProgressError } from './lib/support/errors';
