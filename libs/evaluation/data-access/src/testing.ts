export { buildAssignModelInput, buildRoundInput, buildTransitionInput } from './testing/evaluation.factory';
export {
  openTestEvaluationDatabase,
  testBackends,
  type TestBackend,
  type TestEvaluationDatabase,
} from './testing/test-database';
