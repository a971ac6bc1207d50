export {
  openTestGatewayDatabase,
  testBackends,
  type TestBackend,
  type TestGatewayDatabase,
} from './testing/test-database';
