/** One invalid input field, with the rule it broke, in Thai and English. */
export interface FieldError {
  field: string;
  rule: string;
  messageTh: string;
  messageEn: string;
}

/**
 * Error as it travels between services over NATS: a stable code, bilingual messages and optional
 * field errors or details. The gateway turns it into application/problem+json.
 */
export interface ErrorBody {
  code: string;
  messageTh: string;
  messageEn: string;
  errors?: FieldError[];
  details?: unknown;
  correlationId?: string | null;
}

/** Returns true when a value received from a transport has the shape of an ErrorBody. */
export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Record<string, unknown>;

  return (
    typeof candidate['code'] === 'string' &&
    typeof candidate['messageTh'] === 'string' &&
    typeof candidate['messageEn'] === 'string'
  );
}
