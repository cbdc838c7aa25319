import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether two secrets, or values derived from one (signatures, token hashes, one-time codes), are equal, in a time
 * that depends on neither where they differ nor their lengths: both are hashed to 32 bytes first, so timingSafeEqual
 * always compares equal-length buffers (SHA-256 equality is string equality). The one comparison of secrets in
 * Gatehouse; docs/reliability.md lists its callers.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}
