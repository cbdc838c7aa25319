import { storableText, unstorableTextPath } from '../src/storable-text';

test('storableText replaces U+0000 and lone surrogates by U+FFFD, and leaves pairs and other text as they are', () => {
  expect(storableText('a\u0000b\ud800c\udc00')).toBe('a\ufffdb\ufffdc\ufffd');
  expect(storableText('pair \u{1f600} and tab\t')).toBe('pair \u{1f600} and tab\t');
});

test('unstorableTextPath names the first string or member name that PostgreSQL cannot store', () => {
  expect(unstorableTextPath({ Name: 'orders', Actions: [{ Name: 'Get' }, { Description: 'x\u0000' }] })).toBe('$.Actions[1].Description');
  expect(unstorableTextPath({ Actions: [{ ['\ud800']: 1 }] })).toBe('$.Actions[0]');
  expect(unstorableTextPath('\u0000')).toBe('$');
  expect(unstorableTextPath({ Name: 'orders', Actions: [{ Name: 'Get', Count: 2, Ok: true, None: null }] })).toBeUndefined();
});
