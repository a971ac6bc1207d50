import { hashApiKey, issueApiKey, looksLikeApiKey } from './api-key';
import { auditableBody } from './audit-recorder';

describe('API keys', () => {
  it('issues distinct keys whose prefix starts the key and whose hash is stored instead', () => {
    const first = issueApiKey();
    const second = issueApiKey();

    expect(first.key.startsWith(`${first.keyPrefix}_`)).toBe(true);
    expect(first.key).not.toBe(second.key);
    expect(first.keyHash).toBe(hashApiKey(first.key));
    expect(first.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeApiKey(first.key)).toBe(true);
  });

  it.each(['', 'bmak_123', `bmak_${'a'.repeat(12)}_short`, 'eyJhbGciOiJIUzI1NiJ9.e30.sig'])('does not take %p for a key', (value) => {
    expect(looksLikeApiKey(value)).toBe(false);
  });
});

describe('auditableBody', () => {
  it('removes secrets at any depth and cuts long text and long lists', () => {
    const body = {
      name: 'Digital Plans',
      secret: 's3cret',
      nested: { apiKey: 'bmak_x', password: 'p', text: 'ก'.repeat(600) },
      items: Array.from({ length: 105 }, (_, index) => index),
    };
    const audited = auditableBody(body) as Record<string, any>;

    expect(audited['name']).toBe('Digital Plans');
    expect(audited['secret']).toBe('[removed]');
    expect(audited['nested']).toMatchObject({ apiKey: '[removed]', password: '[removed]' });
    expect(audited['nested'].text).toMatch(/… \(600 chars\)$/);
    expect(audited['items']).toHaveLength(101);
    expect(audited['items'][100]).toBe('… (105 items)');
  });

  it('keeps a text body as text', () => {
    expect(auditableBody(Buffer.from('รายงานผล', 'utf8'))).toBe('รายงานผล');
    expect(auditableBody(undefined)).toBeNull();
  });
});
