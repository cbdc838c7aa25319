/** CloudTrail's own placeholder for values it does not record. */
export const hiddenValue = 'HIDDEN_DUE_TO_SECURITY_REASONS';

// The members of IAM and STS requests and responses whose values are credential material, by exact name (compared
// without case). Names that merely mention one (minimumPasswordLength, passwordResetRequired, passwordLastUsed,
// sessionTokenExpiration…) describe settings or dates and are recorded as they are, as CloudTrail does. The tests'
// clients record the values of these same members, to scan everything the suite wrote for them.
export const secretMemberNames: readonly string[] = [
  'password',
  'newPassword',
  'oldPassword',
  'secretAccessKey',
  'sessionToken',
  'secret',
  'token',
  'seed',
  'base32StringSeed',
  'qrCodePNG',
  'qrCodeUri',
  'otpauthUri',
  'tokenCode',
  'authenticationCode',
  'authenticationCode1',
  'authenticationCode2',
  'privateKey',
  'webIdentityToken',
];

// HTTP headers passed as `{ name, value }` (the signed request `authorize` takes) whose value is credential material.
const secretHeaderNames = new Set(['x-amz-security-token']);

const secretMemberNamesLowerCase = new Set(secretMemberNames.map((name) => name.toLowerCase()));

/** True when a member of this name carries a secret value. */
export function isSecretMember(name: string): boolean {
  return secretMemberNamesLowerCase.has(name.toLowerCase());
}

/**
 * The one redaction of the code base: a JSON copy of `value` in which every member that carries a secret is
 * replaced by the placeholder, at any depth. Used for everything an audit event records.
 */
export function redactSecrets(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, member: unknown) => {
      if (key !== '' && isSecretMember(key)) return hiddenValue;
      return isSecretHeader(member) ? { ...member, value: hiddenValue } : member;
    }),
  );
}

function isSecretHeader(member: unknown): member is { name: string; value: unknown } {
  if (typeof member !== 'object' || member === null) return false;
  const { name } = member as { name?: unknown };
  return typeof name === 'string' && 'value' in member && secretHeaderNames.has(name.toLowerCase());
}
