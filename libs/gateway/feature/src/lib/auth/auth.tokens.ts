/** Injection tokens of the gateway's repositories, which the host app opens and closes. */
export const AUDIT_REPOSITORY = Symbol('AUDIT_REPOSITORY');
export const API_CLIENT_REPOSITORY = Symbol('API_CLIENT_REPOSITORY');
export const IDEMPOTENCY_REPOSITORY = Symbol('IDEMPOTENCY_REPOSITORY');
