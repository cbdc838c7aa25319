import { createLocalJWKSet, errors, type FlattenedJWSInput, type JSONWebKeySet, type JWSHeaderParameters } from 'jose';
import type { ApiConfig } from '../../../config';
import { fetchIssuerDocument, IssuerFetchError, type IssuerFetchLimits } from './issuer-fetch';

/** The issuer's keys could not be fetched or read: AWS's "Couldn't retrieve verification key…". */
export class IssuerKeysUnavailable extends Error {
  override readonly name = 'IssuerKeysUnavailable';
}

/** The issuer's key set, fetched and still fresh, has no key for the token's `kid` and algorithm. */
export class NoMatchingIssuerKey extends Error {
  override readonly name = 'NoMatchingIssuerKey';
}

type KeyResolver = ReturnType<typeof createLocalJWKSet>;

interface CachedKeySet {
  resolve: KeyResolver;
  expiresAt: number;
}

interface IssuerEntry {
  keySet?: CachedKeySet;
  /** A fetch under way, shared by the requests that wait for it. */
  loading?: Promise<CachedKeySet>;
  /** When a token with an unknown `kid` last made the key set be fetched again. */
  lastRefreshForUnknownKey: number;
}

/** Issuers whose keys are kept; beyond it the least recently added is dropped. */
const maxIssuers = 1000;

function isKeySet(body: unknown): body is JSONWebKeySet {
  return typeof body === 'object' && body !== null && Array.isArray((body as { keys?: unknown }).keys);
}

/**
 * Every OIDC issuer's signing keys, shared by the requests of the process: discovered from the issuer's
 * `/.well-known/openid-configuration` (its `jwks_uri`), kept until they expire (`jwksCacheSeconds`, or the key set's
 * shorter Cache-Control max-age) and fetched again early when a token names a key the set lacks, the way issuers
 * rotate keys, at most once per cool-down.
 */
export class IssuerKeyCache {
  private readonly issuers = new Map<string, IssuerEntry>();

  constructor(
    private readonly config: ApiConfig['oidc'],
    private readonly now: () => number = Date.now,
  ) {}

  /** The public key that verifies a token of `issuer` (the `iss` URL) with this protected header. */
  async keyFor(issuer: string, header: JWSHeaderParameters, token: FlattenedJWSInput): ReturnType<KeyResolver> {
    const entry = this.entryFor(issuer);
    const cached = entry.keySet && entry.keySet.expiresAt > this.now() ? entry.keySet : undefined;
    const keySet = cached ?? (await this.load(issuer, entry));
    try {
      return await keySet.resolve(header, token);
    } catch (error) {
      // Several matching keys (no `kid`) are jose's to try one by one: only a missing key is ours to handle.
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      // Only a key set read before this request can be stale; one just fetched is the issuer's current one.
      const mayRefresh = cached !== undefined && this.now() - entry.lastRefreshForUnknownKey >= this.config.jwksRefreshCooldownSeconds * 1000;
      if (!mayRefresh) throw new NoMatchingIssuerKey('no key in the key set matches the token');
      entry.lastRefreshForUnknownKey = this.now();
      const refreshed = await this.load(issuer, entry);
      return refreshed.resolve(header, token).catch((again: unknown) => {
        throw again instanceof errors.JWKSNoMatchingKey ? new NoMatchingIssuerKey(again.message) : again;
      });
    }
  }

  private entryFor(issuer: string): IssuerEntry {
    let entry = this.issuers.get(issuer);
    if (!entry) {
      if (this.issuers.size >= maxIssuers) this.issuers.delete(this.issuers.keys().next().value!);
      entry = { lastRefreshForUnknownKey: -Infinity };
      this.issuers.set(issuer, entry);
    }
    return entry;
  }

  private load(issuer: string, entry: IssuerEntry): Promise<CachedKeySet> {
    entry.loading ??= this.fetchKeySet(issuer)
      .then((keySet) => {
        entry.keySet = keySet;
        return keySet;
      })
      .finally(() => {
        entry.loading = undefined;
      });
    return entry.loading;
  }

  private async fetchKeySet(issuer: string): Promise<CachedKeySet> {
    const limits: IssuerFetchLimits = {
      timeoutMs: this.config.fetchTimeoutMs,
      maxResponseBytes: this.config.maxResponseBytes,
      allowInsecureLoopback: this.config.allowInsecureLoopback,
    };
    try {
      const discovery = await fetchIssuerDocument(new URL(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`), limits);
      const jwksUri = (discovery.body as { jwks_uri?: unknown } | null)?.jwks_uri;
      if (typeof jwksUri !== 'string') throw new IssuerFetchError('the discovery document has no jwks_uri');
      const jwks = await fetchIssuerDocument(new URL(jwksUri), limits);
      if (!isKeySet(jwks.body)) throw new IssuerFetchError('the key set has no keys');
      const seconds = Math.min(this.config.jwksCacheSeconds, jwks.maxAgeSeconds ?? Infinity);
      return { resolve: createLocalJWKSet(jwks.body), expiresAt: this.now() + seconds * 1000 };
    } catch (error) {
      throw new IssuerKeysUnavailable(error instanceof Error ? error.message : String(error), { cause: error });
    }
  }
}
