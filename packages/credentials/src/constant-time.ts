import { hash, timingSafeEqual } from 'node:crypto';

// One-shot hashing: half the CPU of a Hash object, on every signed request's path.
const digest = (value: string) => hash('sha256', value, 'buffer');

/**
 * Whether two secrets, or values derived from one (signatures, token hashes, one-time codes), are equal, in a time
 * that depends on neither where they differ nor their lengths: both are hashed to 32 bytes first, so timingSafeEqual
 * always compares equal-length buffers (SHA-256 equality is string equality). The one comparison of secrets in
 * Gatehouse; docs/reliability.md lists its callers.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * The same for two values of one fixed length known to both sides (a SigV4 signature, 32 bytes, against the one
 * computed): compared as they are, without hashing them first. Different lengths are the caller's mistake, not an
 * answer, and throw.
 */
export function constantTimeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) throw new RangeError('constantTimeEqualBytes compares values of one length');
  return timingSafeEqual(a, b);
}
