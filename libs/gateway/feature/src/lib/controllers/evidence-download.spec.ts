import type { Request } from 'express';

import { attachmentDisposition, matchesEntityTag } from './evidence-download';

describe('attachmentDisposition', () => {
  it('encodes a Thai name as RFC 5987 UTF-8', () => {
    const header = attachmentDisposition('คำสั่ง ปี 2567.pdf');

    expect(header).toBe(`attachment; filename="______ __ 2567.pdf"; filename*=UTF-8''${encodeURIComponent('คำสั่ง ปี 2567.pdf')}`);
  });

  it('escapes characters outside attr-char', () => {
    const header = attachmentDisposition(`it's (final)*.pdf`);

    expect(header).toContain(`filename*=UTF-8''it%27s%20%28final%29%2A.pdf`);
  });

  it('keeps quotes out of the fallback', () => {
    expect(attachmentDisposition('a"b\\c%d.pdf')).toContain('filename="a_b_c_d.pdf"');
  });
});

describe('matchesEntityTag', () => {
  const etag = `"${'a'.repeat(64)}"`;
  const request = (value?: string) => ({ headers: value === undefined ? {} : { 'if-none-match': value } }) as Request;

  it.each([[etag], [`"other", ${etag}`], ['*'], [`W/${etag}`]])('matches %p', (value) => {
    expect(matchesEntityTag(request(value), etag)).toBe(true);
  });

  it.each([[undefined], ['"other"'], ['']])('does not match %p', (value) => {
    expect(matchesEntityTag(request(value), etag)).toBe(false);
  });
});
