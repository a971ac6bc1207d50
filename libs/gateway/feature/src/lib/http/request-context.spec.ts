import { actorOf } from './request-context';

/** Returns a header value as Node hands it over, each byte of the raw header read as one Latin-1 character. */
function asReceived(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

describe('actorOf', () => {
  it.each([
    ['an ASCII name', 'evaluator-1', 'evaluator-1'],
    ['a Thai name sent as raw UTF-8', asReceived('สมชาย'), 'สมชาย'],
    ['a Thai name with vowel and tone marks', asReceived('สมศักดิ์'), 'สมศักดิ์'],
    ['no header', undefined, 'anonymous'],
    ['bytes that are not UTF-8', '\u00ff\u00fe', 'anonymous'],
    ['a name with inner spaces', asReceived('สมชาย ใจดี'), 'สมชาย ใจดี'],
    ['a name with a leading space', ' evaluator', 'anonymous'],
    ['a name over 100 characters', 'a'.repeat(101), 'anonymous'],
  ])('reads %s', (_name, header, actor) => {
    expect(actorOf(header)).toBe(actor);
  });
});
