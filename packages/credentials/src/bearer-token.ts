import { hash, randomBytes } from 'node:crypto';

/**
 * A random token for a cookie or an STS session token. Only its hash is stored (`hashBearerToken`), so a copy of the
 * database does not hold anything a client could present.
 */
export function generateBearerToken(byteLength = 32): string {
  return randomBytes(byteLength).toString('base64url');
}

/**
 * SHA-256 in hex: the stored form of a bearer token (ConsoleSession.tokenHash, StsSession.sessionTokenHash). Hashed
 * for every request a console session makes: Node's one-shot hash, without a Hash object.
 */
export function hashBearerToken(token: string): string {
  return hash('sha256', token, 'hex');
}
