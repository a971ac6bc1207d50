export type { Prisma, PrismaClient, RoundStatus } from './generated/prisma/client';
export { runInTransaction, type EvaluationClient } from './lib/evaluation-client';
export {
  EvaluationDatabase,
  evaluationMigrationsDir,
  evaluationSchema,
  type EvaluationDatabaseOptions,
} from './lib/evaluation-database';
export { RoundExistsError, RoundSignedOffError } from './lib/evaluation-errors';
export { EvaluationRepository } from './lib/repositories/evaluation.repository';
export type * from './lib/repositories/evaluation.types';
export { InboxRepository } from './lib/repositories/inbox.repository';
export { ReactionRepository, type ArtefactInput, type InputChange } from './lib/repositories/reaction.repository';
export { ModelAssignmentRepository } from './lib/repositories/model-assignment.repository';
export type * from './lib/repositories/model-assignment.types';
export { RoundRepository } from './lib/repositories/round.repository';
export type * from './lib/repositories/round.types';
// The outbox store and repository errors of every service live in @bma-kpi/database and work on this client too.
export {
  DeadLetterRepository,
  InvalidInputError,
  maxPageSize,
  OutboxRepository,
  RecordNotFoundError,
  VersionConflictError,
  type AuditContext,
  type DeadLetterInput,
  type DeadLetterRecord,
  type EventsSource,
  type InboxOutcome,
  type OutboxRepositoryOptions,
  type Page,
  type PageRequest,
} from '@bma-kpi/database';
