/**
 * A host to connect to for a server bound to `host`: a wildcard bind (0.0.0.0 or ::) is reached over loopback, and an
 * IPv6 literal needs brackets in a URL.
 */
export function connectableHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
