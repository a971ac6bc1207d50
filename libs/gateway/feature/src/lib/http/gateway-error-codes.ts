import { CommonErrorCode } from '@bma-kpi/errors';
import { CatalogErrorCode } from '@bma-kpi/contracts-catalog';
import { EvaluationErrorCode } from '@bma-kpi/contracts-evaluation';
import { IndicatorsErrorCode } from '@bma-kpi/contracts-indicators';
import { NotificationErrorCode } from '@bma-kpi/contracts-notification';

/** Codes only the gateway raises. */
export const GatewayErrorCode = {
  invalidEncoding: 'INVALID_ENCODING',
  evidenceContentMissing: 'EVIDENCE_CONTENT_MISSING',
  rateLimited: 'RATE_LIMITED',
  authenticationRequired: 'AUTHENTICATION_REQUIRED',
  invalidCredentials: 'INVALID_CREDENTIALS',
  accessDenied: 'ACCESS_DENIED',
  apiClientNotFound: 'API_CLIENT_NOT_FOUND',
  idempotencyConflict: 'IDEMPOTENCY_KEY_CONFLICT',
  idempotencyInProgress: 'IDEMPOTENCY_KEY_IN_PROGRESS',
  invalidIdempotencyKey: 'INVALID_IDEMPOTENCY_KEY',
} as const;

export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

/** Every error code that can reach an HTTP client. */
export type KnownErrorCode =
  | CommonErrorCode
  | IndicatorsErrorCode
  | CatalogErrorCode
  | EvaluationErrorCode
  | NotificationErrorCode
  | GatewayErrorCode;

const knownCodes = new Set<string>([
  ...Object.values(CommonErrorCode),
  ...Object.values(IndicatorsErrorCode),
  ...Object.values(CatalogErrorCode),
  ...Object.values(EvaluationErrorCode),
  ...Object.values(NotificationErrorCode),
  ...Object.values(GatewayErrorCode),
]);

export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return knownCodes.has(code);
}

function assertUnreachable(code: never): never {
  throw new Error(`Error code without an HTTP status: ${String(code)}`);
}

/** Maps an error code to its HTTP status, in the only place that does; a new code fails to compile until mapped. */
// eslint-disable-next-line max-lines-per-function -- one case line per code keeps the mapping readable as a table.
export function httpStatusOf(code: KnownErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'BAD_REQUEST':
    case 'EMPTY_BODY':
    case 'CATALOG_INVALID_METADATA':
    case 'CATALOG_INVALID_DICTIONARY':
    case 'CATALOG_DICTIONARY_FILE_UNREADABLE':
    case 'CATALOG_FILE_UNREADABLE':
    case 'INVALID_IDEMPOTENCY_KEY':
      return 400;
    case 'INDICATOR_NOT_FOUND':
    case 'EVALUATION_ROUND_NOT_FOUND':
    case 'EVALUATION_INDICATOR_NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
    case 'PLAN_EDITION_NOT_FOUND':
    case 'CATALOG_DATASET_NOT_FOUND':
    case 'CATALOG_RESOURCE_NOT_FOUND':
    case 'CATALOG_QUALITY_ASSESSMENT_NOT_FOUND':
    case 'CATALOG_INDICATOR_NOT_FOUND':
    case 'CATALOG_LINK_NOT_FOUND':
    case 'CATALOG_ARTEFACT_NOT_FOUND':
    case 'CATALOG_EVIDENCE_NOT_FOUND':
    case 'CATALOG_DISTRICT_ITEM_LIST_NOT_FOUND':
    case 'CATALOG_DISTRICT_SUBMISSION_NOT_FOUND':
    case 'CATALOG_QUESTIONNAIRE_NOT_FOUND':
    case 'CATALOG_ASSESSMENT_NOT_FOUND':
    case 'NOTIFICATION_NOT_FOUND':
    case 'RECIPIENT_NOT_FOUND':
    case 'SUBSCRIPTION_NOT_FOUND':
    case 'WEBHOOK_NOT_FOUND':
    case 'DEAD_LETTER_NOT_FOUND':
    case 'DELIVERY_NOT_FOUND':
    case 'EVIDENCE_CONTENT_MISSING':
    case 'API_CLIENT_NOT_FOUND':
      return 404;
    case 'INDICATOR_EXISTS':
    case 'VERSION_CONFLICT':
    case 'DUPLICATE_PROGRESS':
    case 'CATALOG_DATASET_EXISTS':
    case 'CATALOG_SLUG_TAKEN':
    case 'CATALOG_DICTIONARY_FIELD_EXISTS':
    case 'CATALOG_VERSION_CONFLICT':
    case 'CATALOG_QUALITY_REPORT_NOT_READY':
    case 'CATALOG_LINK_EXISTS':
    case 'CATALOG_ARTEFACT_LOCKED':
    case 'CATALOG_ARTEFACT_SUPERSEDED':
    case 'CATALOG_ASSESSMENT_EXISTS':
    case 'CATALOG_ASSESSMENT_TRANSITION_REJECTED':
    case 'EVALUATION_ROUND_EXISTS':
    case 'EVALUATION_ROUND_SIGNED_OFF':
    case 'EVALUATION_TRANSITION_REJECTED':
    case 'EVALUATION_VERSION_CONFLICT':
    case 'EVALUATION_ENTRY_WINDOW_CLOSED':
    case 'RECIPIENT_VERSION_CONFLICT':
    case 'SUBSCRIPTION_EXISTS':
    case 'WEBHOOK_VERSION_CONFLICT':
    case 'REMINDER_RUN_IN_PROGRESS':
    case 'IDEMPOTENCY_KEY_CONFLICT':
    case 'IDEMPOTENCY_KEY_IN_PROGRESS':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
    case 'RECORD_TOO_LARGE':
    case 'CATALOG_IMPORT_TOO_MANY_ROWS':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'RATE_LIMITED':
      return 429;
    case 'AUTHENTICATION_REQUIRED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'ACCESS_DENIED':
    case 'IMPORT_AGENCY_FORBIDDEN':
      return 403;
    case 'NOT_A_KPI_RECORD':
    case 'AGENCY_NOT_FOUND':
    case 'PLAN_NODE_NOT_FOUND':
    case 'FISCAL_YEAR_MISSING':
    case 'PROGRESS_OUTSIDE_FISCAL_YEAR':
    case 'VALUE_OUT_OF_RANGE':
    case 'INVALID_ENCODING':
    case 'CATALOG_ORGANIZATION_NOT_FOUND':
    case 'CATALOG_IMPORT_HEADER_NOT_FOUND':
    case 'CATALOG_DICTIONARY_FIELD_NOT_FOUND':
    case 'CATALOG_EVIDENCE_OBJECT_MISSING':
    case 'CATALOG_RESOURCE_FILE_MISSING':
    case 'CATALOG_DISTRICT_ITEM_NOT_FOUND':
    case 'CATALOG_DISTRICT_NOT_FOUND':
    case 'CATALOG_DISTRICT_DICTIONARY_EMPTY':
    case 'CATALOG_QUESTIONNAIRE_MISSING':
    case 'CATALOG_QUALITY_DICTIONARY_MISSING':
    case 'CATALOG_QUALITY_UNSUPPORTED_FILE':
    case 'EVALUATION_INVALID_MODEL':
    case 'CRITICAL_KIND_CANNOT_BE_MUTED':
    case 'RECIPIENT_HAS_NO_EMAIL':
    case 'RECIPIENT_AGENCY_REQUIRED':
    case 'WEBHOOK_SECRET_UNREADABLE':
    case 'DEAD_LETTER_REPLAY_FAILED':
      return 422;
    case 'INTERNAL_ERROR':
      return 500;
    case 'RESPONSE_TOO_LARGE':
      return 502;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    case 'SERVICE_TIMEOUT':
      return 504;
    default:
      return assertUnreachable(code);
  }
}
