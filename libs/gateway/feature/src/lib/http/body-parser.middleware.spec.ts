import { findLoneSurrogate } from './body-parser.middleware';

describe('findLoneSurrogate', () => {
  it.each([
    ['Thai text', { reason: 'ขออุทธรณ์' }, null],
    ['a surrogate pair (an emoji)', { reason: 'ok 😀' }, null],
    ['a lone high surrogate', JSON.parse('{"reason":"\\ud800 lone"}'), 'reason'],
    ['a lone low surrogate in a nested list', JSON.parse('{"partComments":[{"partKey":"overall","comment":"\\udc00"}]}'), 'partComments.0.comment'],
    ['numbers and nulls', { value: 1, note: null }, null],
  ])('checks %s', (_name, body, field) => {
    expect(findLoneSurrogate(body)).toBe(field);
  });
});
