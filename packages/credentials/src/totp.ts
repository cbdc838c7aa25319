import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { constantTimeEqual } from './constant-time';

// RFC 6238 as virtual MFA apps implement it, and as AWS uses it: SHA-1, 6 digits, 30-second steps.
const PERIOD_SECONDS = 30;
const DIGITS = 6;
// One step either side tolerates clocks that drift by up to 30 seconds.
const WINDOW = 1;
const SIX_DIGITS = /^[0-9]{6}$/;

function totp(seedBase32: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(seedBase32), algorithm: 'SHA1', digits: DIGITS, period: PERIOD_SECONDS });
}

/** A new seed: 20 random bytes in base32, like AWS's `Base32StringSeed` for CreateVirtualMFADevice. */
export function generateTotpSeed(): string {
  return new Secret({ buffer: randomBytes(20).buffer }).base32;
}

/** The `otpauth://totp/…` URI an authenticator app scans (AWS puts the same data in its QR code PNG). */
export function totpUri(options: { seedBase32: string; issuer: string; accountName: string }): string {
  const otp = totp(options.seedBase32);
  otp.issuer = options.issuer;
  otp.label = options.accountName;
  return otp.toString();
}

/** The code for the time step containing `time` (what the user's app shows). */
export function generateTotpCode(seedBase32: string, time: Date = new Date()): string {
  return totp(seedBase32).generate({ timestamp: time.getTime() });
}

export type TotpVerification = { valid: true; timeStep: number } | { valid: false };

/**
 * Accepts a code from the current time step or one either side, but never from a step at or before
 * `lastUsedTimeStep`: a code seen once (VirtualMfaDevice.lastTimeStep) cannot be replayed. otpauth compares codes with
 * crypto.timingSafeEqual, which throws on buffers of different byte lengths: anything but six ASCII digits (a public
 * fact of the code's shape) is refused before it.
 */
export function verifyTotpCode(options: {
  seedBase32: string;
  code: string;
  lastUsedTimeStep?: number | null;
  time?: Date;
}): TotpVerification {
  if (!SIX_DIGITS.test(options.code)) return { valid: false };
  const timestamp = (options.time ?? new Date()).getTime();
  const otp = totp(options.seedBase32);
  // otpauth answers the step offset, where 0 (falsy) means the current step; null means no match.
  const delta = otp.validate({ token: options.code, timestamp, window: WINDOW });
  if (delta === null) return { valid: false };
  const timeStep = otp.counter({ timestamp }) + delta;
  if (options.lastUsedTimeStep != null && timeStep <= options.lastUsedTimeStep) return { valid: false };
  return { valid: true, timeStep };
}

/**
 * EnableMFADevice's check: AuthenticationCode1 and AuthenticationCode2 must be two consecutive codes, which proves the
 * device is in sync. Answers the later code's time step, to be stored as the last one used.
 */
export function verifyConsecutiveTotpCodes(options: {
  seedBase32: string;
  code1: string;
  code2: string;
  time?: Date;
}): TotpVerification {
  const timestamp = (options.time ?? new Date()).getTime();
  const otp = totp(options.seedBase32);
  const current = otp.counter({ timestamp });
  // The second code may come from the current step or one either side, the same drift verifyTotpCode tolerates.
  for (const secondStep of [current, current - 1, current + 1]) {
    const at = (step: number) => otp.generate({ timestamp: step * PERIOD_SECONDS * 1000 });
    // Both compared, whatever the first answers: the time must not tell which code was wrong.
    const first = constantTimeEqual(at(secondStep - 1), options.code1);
    const second = constantTimeEqual(at(secondStep), options.code2);
    if (first && second) return { valid: true, timeStep: secondStep };
  }
  return { valid: false };
}
