export { buildImportParams, progressNote } from './testing/import-params.factory';
export { createIndicator } from './testing/indicator.factory';
export {
  openTestIndicatorsDatabase,
  testBackends,
  type TestBackend,
  type TestIndicatorsDatabase,
} from './testing/test-database';
