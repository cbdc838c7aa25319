// A JSON parser that remembers where every value (and every object key) sits in the text, so that findings can carry
// line and column. JSON.parse gives neither positions nor duplicate keys, which the validator reports.
import { indexPath, memberPath, ROOT_PATH } from './json-path';

/** Offsets into the text, end exclusive. `keyStart`/`keyEnd` are set for object members. */
export interface Span {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
}

export interface JsonSyntaxError {
  message: string;
  offset: number;
}

export type JsonParseResult =
  | { ok: true; value: unknown; spans: Map<string, Span>; duplicateKeys: string[] }
  | { ok: false; error: JsonSyntaxError };

/** Deeper nesting than any policy needs; bounds the recursion so hostile input cannot overflow the stack. */
const MAX_DEPTH = 64;

/** A run of string characters that need no decoding. */
const PLAIN = /[^"\\\u0000-\u001f]+/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class JsonSyntaxFailure {
  constructor(readonly message: string, readonly offset: number) {}
}

export function parseJsonWithLocations(text: string): JsonParseResult {
  const spans = new Map<string, Span>();
  const duplicateKeys: string[] = [];
  let pos = 0;

  const fail = (message: string, offset = pos): never => {
    throw new JsonSyntaxFailure(message, offset);
  };

  const skipWhitespace = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else return;
    }
  };

  // A whole code point, never half of a surrogate pair; a lone surrogate by its number, as no text can carry it on.
  const describeAt = (offset: number) => {
    if (offset >= text.length) return 'end of input';
    const code = text.codePointAt(offset)!;
    return code >= 0xd800 && code <= 0xdfff ? `character U+${code.toString(16).toUpperCase()}` : `character \`${String.fromCodePoint(code)}\``;
  };

  const parseString = (): string => {
    // pos is on the opening quote
    const start = pos;
    pos++;
    let out = '';
    let chunkStart = pos;
    for (;;) {
      // Skip the plain run in one step: most strings have no escapes.
      PLAIN.lastIndex = pos;
      if (PLAIN.test(text)) pos = PLAIN.lastIndex;
      if (pos >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        out += text.slice(chunkStart, pos);
        pos++;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(chunkStart, pos);
        const e = text[pos + 1];
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            const hex = text.slice(pos + 2, pos + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid unicode escape in string', pos);
            out += String.fromCharCode(parseInt(hex, 16));
            pos += 4;
            break;
          }
          default:
            fail('invalid escape in string', pos);
        }
        pos += 2;
        chunkStart = pos;
        continue;
      }
      if (c < 0x20) fail('control character in string', pos);
      pos++;
    }
  };


  const parseValue = (path: string, depth: number): unknown => {
    skipWhitespace();
    const start = pos;
    const c = text[pos];
    let value: unknown;
    if (c === '{') {
      if (depth >= MAX_DEPTH) fail('nesting is too deep');
      pos++;
      const obj: Record<string, unknown> = {};
      skipWhitespace();
      if (text[pos] === '}') {
        pos++;
      } else {
        for (;;) {
          skipWhitespace();
          if (text[pos] !== '"') fail(`expected a member name in double quotes, found ${describeAt(pos)}`);
          const keyStart = pos;
          const key = parseString();
          const keyEnd = pos;
          skipWhitespace();
          if (text[pos] !== ':') fail(`expected \`:\` after member name, found ${describeAt(pos)}`);
          pos++;
          const childPath = memberPath(path, key);
          if (Object.prototype.hasOwnProperty.call(obj, key)) duplicateKeys.push(childPath);
          const child = parseValue(childPath, depth + 1);
          // A member named `__proto__` must stay an ordinary member, as JSON.parse keeps it.
          if (key === '__proto__') Object.defineProperty(obj, key, { value: child, enumerable: true, writable: true, configurable: true });
          else obj[key] = child;
          const span = spans.get(childPath);
          if (span) {
            span.keyStart = keyStart;
            span.keyEnd = keyEnd;
          }
          skipWhitespace();
          if (text[pos] === ',') {
            pos++;
            continue;
          }
          if (text[pos] === '}') {
            pos++;
            break;
          }
          fail(`expected \`,\` or \`}\`, found ${describeAt(pos)}`);
        }
      }
      value = obj;
    } else if (c === '[') {
      if (depth >= MAX_DEPTH) fail('nesting is too deep');
      pos++;
      const arr: unknown[] = [];
      skipWhitespace();
      if (text[pos] === ']') {
        pos++;
      } else {
        for (;;) {
          arr.push(parseValue(indexPath(path, arr.length), depth + 1));
          skipWhitespace();
          if (text[pos] === ',') {
            pos++;
            continue;
          }
          if (text[pos] === ']') {
            pos++;
            break;
          }
          fail(`expected \`,\` or \`]\`, found ${describeAt(pos)}`);
        }
      }
      value = arr;
    } else if (c === '"') {
      value = parseString();
    } else if (text.startsWith('true', pos)) {
      pos += 4;
      value = true;
    } else if (text.startsWith('false', pos)) {
      pos += 5;
      value = false;
    } else if (text.startsWith('null', pos)) {
      pos += 4;
      value = null;
    } else {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text);
      if (!m) fail(`unexpected ${describeAt(pos)}`);
      pos += m![0].length;
      value = Number(m![0]);
    }
    spans.set(path, { start, end: pos });
    return value;
  };

  try {
    const value = parseValue(ROOT_PATH, 0);
    skipWhitespace();
    if (pos < text.length) fail(`unexpected ${describeAt(pos)} after the document`);
    return { ok: true, value, spans, duplicateKeys };
  } catch (e) {
    if (e instanceof JsonSyntaxFailure) return { ok: false, error: { message: e.message, offset: e.offset } };
    throw e;
  }
}

/** Converts offsets to 1-based line/column; builds the line table once per text. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) this.lineStarts.push(nl + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }
}
