import { httpStatusOf, isKnownErrorCode } from './gateway-error-codes';

describe('httpStatusOf', () => {
  it.each([
    ['VALIDATION_FAILED', 400],
    ['EMPTY_BODY', 400],
    ['INDICATOR_NOT_FOUND', 404],
    ['VERSION_CONFLICT', 409],
    ['PAYLOAD_TOO_LARGE', 413],
    ['NOT_A_KPI_RECORD', 422],
    ['CATALOG_DATASET_NOT_FOUND', 404],
    ['CATALOG_SLUG_TAKEN', 409],
    ['CATALOG_DICTIONARY_FILE_UNREADABLE', 400],
    ['INTERNAL_ERROR', 500],
    ['SERVICE_UNAVAILABLE', 503],
    ['SERVICE_TIMEOUT', 504],
    ['NOTIFICATION_NOT_FOUND', 404],
    ['EVALUATION_ENTRY_WINDOW_CLOSED', 409],
    ['RATE_LIMITED', 429],
  ] as const)('%s → %d', (code, status) => {
    expect(httpStatusOf(code)).toBe(status);
  });

  it('rejects unknown codes', () => {
    expect(isKnownErrorCode('SOMETHING_ELSE')).toBe(false);
  });
});
