/**
 * Slows down signature guessing for one access key: after `maxFailures` SignatureDoesNotMatch from one address for
 * one key id within `windowMs`, that address's requests signed with that key are refused (Throttling) until the
 * window ends, without computing the signature. Keyed by address too, so that whoever knows a key id (ids are not
 * secret: they appear in logs and events) cannot lock its owner out. Kept in this process's memory: a signature check
 * is on every signed request's path, and guessing a 40-character secret is hopeless anyway; this bounds the work and
 * the noise a guesser causes, per process.
 */
export class SignatureFailureThrottle {
  private readonly failures = new Map<string, { count: number; windowStart: number }>();

  constructor(
    private readonly policy: { maxFailures: number; windowMs: number; maxTracked: number } = { maxFailures: 10, windowMs: 60_000, maxTracked: 10_000 },
  ) {}

  /** Seconds until this address may sign with this key again; 0 when it may now. */
  retryAfterSeconds(accessKeyId: string, sourceIp: string, now = Date.now()): number {
    // Asked for every signed request; with no failure on record there is no key to build and look up.
    if (this.failures.size === 0) return 0;
    const entry = this.failures.get(keyOf(accessKeyId, sourceIp));
    if (!entry || entry.count < this.policy.maxFailures) return 0;
    const windowEnd = entry.windowStart + this.policy.windowMs;
    return windowEnd > now ? Math.ceil((windowEnd - now) / 1000) : 0;
  }

  recordFailure(accessKeyId: string, sourceIp: string, now = Date.now()): void {
    const key = keyOf(accessKeyId, sourceIp);
    const entry = this.failures.get(key);
    if (entry && entry.windowStart + this.policy.windowMs > now) {
      entry.count += 1;
      return;
    }
    this.failures.delete(key);
    // Bounded: the oldest entry (Map keeps insertion order) makes room, so a flood of key ids cannot grow memory.
    if (this.failures.size >= this.policy.maxTracked) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(key, { count: 1, windowStart: now });
  }
}

function keyOf(accessKeyId: string, sourceIp: string): string {
  return `${accessKeyId}\0${sourceIp}`;
}
