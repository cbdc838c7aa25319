import { isLoopbackHost } from '../../open-id-connect-providers/issuer-url';

/** Why an issuer's document could not be had; never shown to clients, who get AWS's one message. */
export class IssuerFetchError extends Error {
  override readonly name = 'IssuerFetchError';
}

export interface IssuerFetchLimits {
  timeoutMs: number;
  maxResponseBytes: number;
  allowInsecureLoopback: boolean;
}

export interface IssuerDocument {
  body: unknown;
  /** The response's Cache-Control max-age, when it gave one. */
  maxAgeSeconds: number | undefined;
}

/** Redirects followed within one origin (an issuer moving its key set to another path); never to another host. */
const maxRedirects = 3;

function assertFetchable(url: URL, limits: IssuerFetchLimits): void {
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && limits.allowInsecureLoopback && isLoopbackHost(url.hostname)) return;
  throw new IssuerFetchError(`${url.origin} is not an https:// URL`);
}

function maxAgeOf(cacheControl: string | null): number | undefined {
  const match = cacheControl ? /(?:^|,)\s*max-age=(\d+)/i.exec(cacheControl) : null;
  return match ? Number(match[1]) : undefined;
}

/** Reads at most `maxBytes` of the body; a longer one is refused without reading the rest. */
async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new IssuerFetchError(`response of ${declared} bytes exceeds ${maxBytes}`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new IssuerFetchError(`response exceeds ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * GETs a JSON document from an OIDC issuer (its discovery document or key set): HTTPS only (plain HTTP on loopback
 * when allowed), trusting the system's CAs and NODE_EXTRA_CA_CERTS; within the time limit, refusing bodies over the
 * size limit, following redirects only within the same origin. Any failure is an IssuerFetchError.
 */
export async function fetchIssuerDocument(location: URL, limits: IssuerFetchLimits): Promise<IssuerDocument> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = location;
  try {
    for (let redirects = 0; ; redirects++) {
      assertFetchable(url, limits);
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'application/json' } });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const target = response.headers.get('location');
        const next = target === null ? null : new URL(target, url);
        if (!next || next.origin !== location.origin || redirects >= maxRedirects) {
          throw new IssuerFetchError(`redirect from ${url.href} to ${target ?? 'nowhere'} not followed`);
        }
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IssuerFetchError(`${url.href} answered ${response.status}`);
      }
      const text = await readBounded(response, limits.maxResponseBytes);
      return { body: JSON.parse(text) as unknown, maxAgeSeconds: maxAgeOf(response.headers.get('cache-control')) };
    }
  } catch (error) {
    if (error instanceof IssuerFetchError) throw error;
    throw new IssuerFetchError(`${url.href}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
