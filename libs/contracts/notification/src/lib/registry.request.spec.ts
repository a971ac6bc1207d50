import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { ListDeadLettersRequest } from './dead-letter.request';
import { CreateSubscriptionRequest, UpdatePreferencesRequest, UpsertRecipientRequest } from './recipient.request';
import { RegisterWebhookRequest, UpdateWebhookRequest } from './webhook.request';

/** Property and first failed rule of each invalid field, as the shared pipe reports them. */
function failures(type: new () => object, plain: object): [string, string][] {
  return validateSync(plainToInstance(type, plain), { stopAtFirstError: true }).map((error) => [
    error.property,
    Object.keys(error.constraints ?? {})[0] ?? 'nested',
  ]);
}

const recipient = { id: 'user:somchai', type: 'user', displayName: 'สมชาย ใจดี' };
const webhook = { recipientId: 'client:bma-monitor', url: 'https://monitor.bangkok.go.th/hooks/kpi' };

describe('UpsertRecipientRequest', () => {
  it.each([
    ['the required fields', recipient],
    ['every field', { ...recipient, agencyCode: '0411', audiences: ['agency', 'agencyHead'], email: 'somchai@bangkok.go.th', language: 'en', dailyDigest: true, version: 3 }],
    ['null agency and e-mail', { ...recipient, agencyCode: null, email: null }],
    ['a muted non-critical kind', { ...recipient, mutedKinds: { evaluationScored: { email: false, inbox: true } } }],
  ])('accepts %s', (_name, plain) => {
    expect(failures(UpsertRecipientRequest, plain)).toEqual([]);
  });

  it.each([
    ['an id with a slash', { ...recipient, id: 'user/1' }, 'id', 'matches'],
    ['an unknown type', { ...recipient, type: 'robot' }, 'type', 'isIn'],
    ['a blank name', { ...recipient, displayName: '  ' }, 'displayName', 'matches'],
    ['a 3-digit agency', { ...recipient, agencyCode: '411' }, 'agencyCode', 'matches'],
    ['an unknown audience', { ...recipient, audiences: ['public'] }, 'audiences', 'isIn'],
    ['a repeated audience', { ...recipient, audiences: ['agency', 'agency'] }, 'audiences', 'arrayUnique'],
    ['a bad e-mail', { ...recipient, email: 'somchai-at-bangkok' }, 'email', 'isEmail'],
    ['an unknown language', { ...recipient, language: 'fr' }, 'language', 'isIn'],
    ['version 0', { ...recipient, version: 0 }, 'version', 'min'],
  ])('rejects %s', (_name, plain, property, rule) => {
    expect(failures(UpsertRecipientRequest, plain)).toEqual([[property, rule]]);
  });
});

describe('mutedKinds', () => {
  it.each([
    ['an array', [], 'isObject'],
    ['a kind mapped to a boolean', { evaluationScored: false }, 'isObject'],
    ['an unknown kind', { evaluationLost: { email: false } }, 'isNotificationKind'],
    ['the any-kind wildcard', { '*': { email: false } }, 'isNotificationKind'],
    ['an unknown channel', { evaluationScored: { sms: false } }, 'isPreferenceChannel'],
    ['a text value', { evaluationScored: { email: 'off' } }, 'isChannelSwitch'],
  ])('rejects %s', (_name, mutedKinds, rule) => {
    expect(failures(UpdatePreferencesRequest, { id: 'user:somchai', mutedKinds })).toEqual([['mutedKinds', rule]]);
  });

  it('lists the valid kinds in its message', () => {
    const [error] = validateSync(plainToInstance(UpdatePreferencesRequest, { id: 'user:somchai', mutedKinds: { evaluationLost: { email: false } } }));

    expect(error?.constraints?.['isNotificationKind']).toContain('one of the following values: progressDueReminder,');
  });

  // Whether a kind is critical is a domain rule, so the service rejects it with a 422, not the contract.
  it('passes a critical kind on to the service', () => {
    expect(failures(UpdatePreferencesRequest, { id: 'user:somchai', mutedKinds: { progressOverdue: { email: false } } })).toEqual([]);
  });
});

describe('CreateSubscriptionRequest', () => {
  it.each([
    ['every agency and kind', { recipientId: 'user:somchai', channel: 'inbox' }],
    ['wildcards written out', { recipientId: 'user:somchai', agencyCode: '*', kind: '*', channel: 'email' }],
    ['one agency and kind', { recipientId: 'user:somchai', agencyCode: '0411', kind: 'evaluationScored', channel: 'email' }],
  ])('accepts %s', (_name, plain) => {
    expect(failures(CreateSubscriptionRequest, plain)).toEqual([]);
  });

  it.each([
    ['an unknown kind', { recipientId: 'user:somchai', kind: 'evaluationLost', channel: 'inbox' }, 'kind', 'isIn'],
    ['the webhook channel', { recipientId: 'user:somchai', channel: 'webhook' }, 'channel', 'isIn'],
    ['a bad agency', { recipientId: 'user:somchai', agencyCode: 'all', channel: 'inbox' }, 'agencyCode', 'matches'],
    ['no channel', { recipientId: 'user:somchai' }, 'channel', 'isIn'],
  ])('rejects %s', (_name, plain, property, rule) => {
    expect(failures(CreateSubscriptionRequest, plain)).toEqual([[property, rule]]);
  });
});

describe('RegisterWebhookRequest', () => {
  it.each([
    ['an https URL', webhook],
    ['a local http URL with a port', { ...webhook, url: 'http://127.0.0.1:8080/hook' }],
    ['kinds and agencies', { ...webhook, kinds: ['evaluationScored', 'roundSignedOff'], agencyCodes: ['0411'], description: 'BMA Monitor', active: false }],
  ])('accepts %s', (_name, plain) => {
    expect(failures(RegisterWebhookRequest, plain)).toEqual([]);
  });

  it.each([
    ['an ftp URL', { ...webhook, url: 'ftp://monitor.bangkok.go.th/hook' }, 'url', 'isUrl'],
    ['a URL with credentials', { ...webhook, url: 'https://user:secret@monitor.bangkok.go.th/hook' }, 'url', 'isUrl'],
    ['a URL without a scheme', { ...webhook, url: 'monitor.bangkok.go.th/hook' }, 'url', 'isUrl'],
    ['a URL over 2000 characters', { ...webhook, url: `https://monitor.bangkok.go.th/${'a'.repeat(2000)}` }, 'url', 'maxLength'],
    ['an unknown kind', { ...webhook, kinds: ['evaluationLost'] }, 'kinds', 'isIn'],
    ['a bad agency', { ...webhook, agencyCodes: ['04110'] }, 'agencyCodes', 'matches'],
    ['no URL', { recipientId: 'client:bma-monitor' }, 'url', 'isString'],
  ])('rejects %s', (_name, plain, property, rule) => {
    expect(failures(RegisterWebhookRequest, plain)).toEqual([[property, rule]]);
  });

  it('requires only the id to update', () => {
    expect(failures(UpdateWebhookRequest, { id: '5a0e4a3e-6d0c-4b47-9a57-0f1f7d8f2c11' })).toEqual([]);
  });
});

describe('ListDeadLettersRequest', () => {
  it('reads replayed from a query string', () => {
    const request = plainToInstance(ListDeadLettersRequest, { replayed: 'false', page: '2' });

    expect(request.replayed).toBe(false);
    expect(request.page).toBe(2);
  });

  it('rejects replayed that is not true or false', () => {
    expect(failures(ListDeadLettersRequest, { replayed: 'yes' })).toEqual([['replayed', 'isBoolean']]);
  });
});
