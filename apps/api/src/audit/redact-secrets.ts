/** CloudTrail's own placeholder for values it does not record. */
export const hiddenValue = 'HIDDEN_DUE_TO_SECURITY_REASONS';

// Member names that carry credential material anywhere in IAM and STS: password, newPassword, secretAccessKey,
// sessionToken, base32StringSeed, qrCodePNG, authenticationCode1, privateKey, ...
const secretKeyPattern = /password|secret|token|seed|qrcode|authenticationcode|privatekey/i;

/**
 * The one redaction of the code base: a JSON copy of `value` in which every member whose name says it is a secret
 * is replaced by the placeholder, at any depth. Used for everything an audit event records.
 */
export function redactSecrets(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (key, member: unknown) => (key !== '' && secretKeyPattern.test(key) ? hiddenValue : member)));
}
