export {
  openTestNotificationDatabase,
  testBackends,
  type TestBackend,
  type TestNotificationDatabase,
} from './testing/test-database';
