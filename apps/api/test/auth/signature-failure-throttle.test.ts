import { SignatureFailureThrottle } from '../../src/auth/signature-failure-throttle';

describe('SignatureFailureThrottle', () => {
  it('refuses a key at an address after the allowed failures until the window ends, and keeps other addresses free', () => {
    const throttle = new SignatureFailureThrottle({ maxFailures: 3, windowMs: 60_000, maxTracked: 100 });
    for (let i = 0; i < 3; i++) throttle.recordFailure('AKIAEXAMPLE', '192.0.2.1', 1_000);
    expect(throttle.retryAfterSeconds('AKIAEXAMPLE', '192.0.2.1', 1_000)).toBe(60);
    expect(throttle.retryAfterSeconds('AKIAEXAMPLE', '192.0.2.2', 1_000)).toBe(0);
    expect(throttle.retryAfterSeconds('AKIAEXAMPLE', '192.0.2.1', 61_000)).toBe(0);
    // A failure after the window starts a new one.
    throttle.recordFailure('AKIAEXAMPLE', '192.0.2.1', 61_000);
    expect(throttle.retryAfterSeconds('AKIAEXAMPLE', '192.0.2.1', 61_000)).toBe(0);
  });

  it('tracks at most maxTracked keys and addresses, forgetting the oldest', () => {
    const throttle = new SignatureFailureThrottle({ maxFailures: 1, windowMs: 60_000, maxTracked: 2 });
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) throttle.recordFailure('AKIAEXAMPLE', ip, 0);
    expect(['192.0.2.1', '192.0.2.2', '192.0.2.3'].map((ip) => throttle.retryAfterSeconds('AKIAEXAMPLE', ip, 0))).toEqual([0, 60, 60]);
  });
});
