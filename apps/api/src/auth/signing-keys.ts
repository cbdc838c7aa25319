import { createHmac } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { HmacSha256Key } from './hmac-sha256-key';

/** The credential scope a signature was made for: `DATE/REGION/SERVICE/aws4_request`. */
export interface CredentialScope {
  date: string;
  region: string;
  service: string;
}

/**
 * SigV4 signing keys derived from an access key's secret, kept per key, date, region and service: a key is derived
 * from its secret by four HMACs, after the secret is unsealed from its row (AES-GCM); both would otherwise run for every
 * signed request. The sealed secret an entry was derived from is kept beside it, so that a row whose secret differs
 * never uses it. Whether the key may still sign is not this cache's concern: the key's row (status, deletion) is read
 * from the credential cache, which change notifications keep true, before an entry here is used.
 */
export class SigningKeyCache {
  private readonly keys = new LRUCache<string, { sealed: string; signingKey: HmacSha256Key }>({ max: 10_000 });

  /** The signing key for this scope, derived from the secret `unseal` returns (null: no key, and nothing is kept). */
  get(accessKeyId: string, sealed: string, scope: CredentialScope, unseal: () => string | null): HmacSha256Key | null {
    const cacheKey = `${accessKeyId}/${scope.date}/${scope.region}/${scope.service}`;
    const cached = this.keys.get(cacheKey);
    if (cached && cached.sealed === sealed) return cached.signingKey;
    const secretAccessKey = unseal();
    if (secretAccessKey === null) return null;
    const signingKey = new HmacSha256Key(deriveSigningKey(secretAccessKey, scope));
    this.keys.set(cacheKey, { sealed, signingKey });
    return signingKey;
  }
}

/** AWS SigV4: kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
export function deriveSigningKey(secretAccessKey: string, scope: CredentialScope): Buffer {
  let key: Buffer = Buffer.from(`AWS4${secretAccessKey}`, 'utf8');
  for (const part of [scope.date, scope.region, scope.service, 'aws4_request']) key = createHmac('sha256', key).update(part, 'utf8').digest();
  return key;
}
