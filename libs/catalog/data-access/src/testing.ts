export { buildDatasetInput } from './testing/dataset.factory';
export {
  openTestCatalogDatabase,
  testBackends,
  type TestBackend,
  type TestCatalogDatabase,
} from './testing/test-database';
