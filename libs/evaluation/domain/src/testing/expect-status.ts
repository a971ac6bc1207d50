/**
 * Asserts that a result has the given status and returns it narrowed to that status, so a test
 * reads fields of a score, an unscorable result or a quarter aggregate with one assert each.
 */
export function expectStatus<TResult extends { status: string }, TStatus extends TResult['status']>(
  result: TResult,
  status: TStatus,
): Extract<TResult, { status: TStatus }> {
  expect(result.status).toBe(status);

  return result as Extract<TResult, { status: TStatus }>;
}
