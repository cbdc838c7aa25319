import { isIP } from 'node:net';
import { invalidInput } from '../../errors/iam-error';

/** An OIDC issuer as Gatehouse fetches it: the scheme it is reached by and AWS's stored form of its URL. */
export interface IssuerUrl {
  /** `https:`, or `http:` for a loopback issuer when insecure loopback issuers are allowed. */
  protocol: 'https:' | 'http:';
  /** The URL without its scheme (`token.actions.githubusercontent.com`, `example.com/tenant`): AWS's `Url`. */
  url: string;
  hostname: string;
}

/** 127.0.0.0/8, ::1 and localhost: the only hosts a plain-HTTP issuer may be on, and only when allowed. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return isIP(host) === 6 && host === '::1';
}

/**
 * Reads an issuer URL (CreateOpenIDConnectProvider's `Url`, or a token's `iss`): `https://` and a host, optionally a
 * port and a path, nothing else (AWS refuses query strings, fragments and user names). Null when it is not one.
 * Gatehouse accepts a port, which AWS does not, so that issuers on private ports can be used.
 */
export function readIssuerUrl(value: string, allowInsecureLoopback: boolean): IssuerUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return null;
  }
  const insecureAllowed = parsed.protocol === 'http:' && allowInsecureLoopback && isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== 'https:' && !insecureAllowed) return null;
  if (parsed.username || parsed.password || parsed.search || parsed.hash || value.includes('?') || value.includes('#')) return null;
  // The stored form keeps what the issuer wrote after the scheme (a trailing slash matters: `iss` must match exactly).
  const url = value.slice(parsed.protocol.length + 2);
  // No white space, control character (U+0000 among them, which PostgreSQL cannot hold) or half a surrogate pair.
  if (url.length === 0 || /[\s\p{Cc}\p{Cs}]/u.test(url)) return null;
  return { protocol: parsed.protocol as IssuerUrl['protocol'], url, hostname: parsed.hostname };
}

/** CreateOpenIDConnectProvider's `Url`, or AWS's InvalidInput. */
export function requireIssuerUrl(value: string, allowInsecureLoopback: boolean): IssuerUrl {
  const issuer = readIssuerUrl(value, allowInsecureLoopback);
  if (!issuer) throw invalidInput('Invalid URL: the URL must begin with https:// and have no query string or fragment.', 'input.url');
  return issuer;
}
