import { QueryError } from './query-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The parameters of an `application/x-www-form-urlencoded` body or query string, as AWS's Query protocol sends them.
 * Refused with AWS's codes: bytes or escapes that are not UTF-8, and a parameter given twice (which value would
 * count is anyone's guess, so none does).
 */
export function parseFormParameters(encoded: Buffer | string): Map<string, string> {
  let text: string;
  try {
    text = typeof encoded === 'string' ? encoded : utf8.decode(encoded);
  } catch {
    throw new QueryError('MalformedQueryString', 'The request is not valid UTF-8.');
  }
  const parameters = new Map<string, string>();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decodeComponent(equals === -1 ? pair : pair.slice(0, equals));
    const value = equals === -1 ? '' : decodeComponent(pair.slice(equals + 1));
    if (parameters.has(name)) throw new QueryError('InvalidInput', `The parameter ${name.slice(0, 128)} is given more than once.`);
    parameters.set(name, value);
  }
  return parameters;
}

function decodeComponent(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    throw new QueryError('MalformedQueryString', 'The request holds a percent-encoding that is not valid UTF-8.');
  }
}
