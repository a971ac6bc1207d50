import { MalformedEventError, parseEventEnvelope } from './event-envelope';

const validEnvelope = {
  eventId: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  subject: 'events.indicators.progress.reported.v1',
  occurredAt: '2026-12-05T01:02:03.456Z',
  correlationId: 'corr-1',
  actor: 'officer-0411',
  data: { indicatorId: 'a', month: 12, note: 'ผลงานไตรมาส 1' },
};

function withField(field: string, value: unknown): string {
  return JSON.stringify({ ...validEnvelope, [field]: value });
}

function withoutField(field: string): string {
  const copy: Record<string, unknown> = { ...validEnvelope };

  delete copy[field];

  return JSON.stringify(copy);
}

function failureOf(text: string): unknown {
  try {
    parseEventEnvelope(text);
  } catch (error) {
    return error;
  }

  return undefined;
}

describe('parseEventEnvelope', () => {
  it('returns a valid envelope unchanged', () => {
    expect(parseEventEnvelope(JSON.stringify(validEnvelope))).toEqual(validEnvelope);
  });

  it('accepts a null correlation id and null data', () => {
    const envelope = parseEventEnvelope(
      JSON.stringify({ ...validEnvelope, correlationId: null, data: null }),
    );

    expect(envelope.correlationId).toBeNull();
    expect(envelope.data).toBeNull();
  });

  it('accepts an offset timestamp without fractions', () => {
    expect(
      parseEventEnvelope(withField('occurredAt', '2026-12-05T08:02:03+07:00')).occurredAt,
    ).toBe('2026-12-05T08:02:03+07:00');
  });

  it('drops fields outside the envelope', () => {
    expect(parseEventEnvelope(withField('extra', 1))).not.toHaveProperty('extra');
  });

  it.each([
    ['text that is not JSON', 'not json', /not valid JSON/],
    ['a JSON array', '[]', /must be a JSON object, got \[\]/],
    ['JSON null', 'null', /must be a JSON object, got null/],
    ['a JSON string', '"event"', /must be a JSON object/],
    ['a missing eventId', withoutField('eventId'), /"eventId" must be a UUID, got nothing/],
    [
      'an eventId that is not a UUID',
      withField('eventId', 'evt-1'),
      /"eventId" must be a UUID, got "evt-1"/,
    ],
    ['a numeric eventId', withField('eventId', 42), /"eventId" must be a UUID, got 42/],
    ['a missing subject', withoutField('subject'), /"subject" must be a non-empty string/],
    ['an empty subject', withField('subject', ''), /"subject" must be a non-empty string, got ""/],
    ['a numeric subject', withField('subject', 7), /"subject" must be a non-empty string, got 7/],
    [
      'a missing occurredAt',
      withoutField('occurredAt'),
      /"occurredAt" must be an ISO 8601 timestamp, got nothing/,
    ],
    [
      'an occurredAt that is not ISO 8601',
      withField('occurredAt', '05/12/2026'),
      /"occurredAt" must be an ISO 8601 timestamp/,
    ],
    [
      'an occurredAt with an impossible date',
      withField('occurredAt', '2026-13-45T00:00:00Z'),
      /"occurredAt" must be an ISO 8601 timestamp/,
    ],
    [
      'a numeric occurredAt',
      withField('occurredAt', 1764896523456),
      /"occurredAt" must be an ISO 8601 timestamp/,
    ],
    [
      'a missing correlationId',
      withoutField('correlationId'),
      /"correlationId" must be a string or null, got nothing/,
    ],
    [
      'a numeric correlationId',
      withField('correlationId', 5),
      /"correlationId" must be a string or null, got 5/,
    ],
    ['a missing actor', withoutField('actor'), /"actor" must be a string, got nothing/],
    ['a null actor', withField('actor', null), /"actor" must be a string, got null/],
    ['a missing data field', withoutField('data'), /"data" is missing/],
  ])('rejects %s', (_case, text, message) => {
    const error = failureOf(text);

    expect(error).toBeInstanceOf(MalformedEventError);
    expect((error as Error).message).toMatch(message);
  });

  it('shortens a long rejected value in the message', () => {
    const error = failureOf(withField('eventId', 'x'.repeat(500))) as Error;

    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toContain('...');
  });
});
