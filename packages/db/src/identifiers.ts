import { randomBytes, randomInt } from 'node:crypto';

// AWS unique ids are a four-letter prefix naming the entity type, then base32 characters (RFC 4648 alphabet).
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** AWS's prefixes and lengths (IAM User Guide, "Unique identifiers"): `AIDACKCEVSQ6C2EXAMPLE`, `AKIAIOSFODNN7EXAMPLE`. */
export const UNIQUE_ID_FORMATS = {
  user: { prefix: 'AIDA', length: 21 },
  group: { prefix: 'AGPA', length: 21 },
  role: { prefix: 'AROA', length: 21 },
  managedPolicy: { prefix: 'ANPA', length: 21 },
  instanceProfile: { prefix: 'AIPA', length: 21 },
  accessKey: { prefix: 'AKIA', length: 20 },
  temporaryAccessKey: { prefix: 'ASIA', length: 20 },
} as const;

export type UniqueIdKind = keyof typeof UNIQUE_ID_FORMATS;

function randomBase32(count: number): string {
  // 256 is a multiple of 32, so taking the low five bits of each byte keeps every character equally likely.
  return Array.from(randomBytes(count), (byte) => BASE32_ALPHABET[byte & 31]).join('');
}

/** A fresh unique id of the given kind, such as `AIDA` + 17 characters for a user. */
export function newUniqueId(kind: UniqueIdKind): string {
  const { prefix, length } = UNIQUE_ID_FORMATS[kind];
  return prefix + randomBase32(length - prefix.length);
}

/** Whether `id` has the shape of a unique id of the given kind. */
export function isUniqueId(kind: UniqueIdKind, id: string): boolean {
  const { prefix, length } = UNIQUE_ID_FORMATS[kind];
  return id.length === length && id.startsWith(prefix) && /^[A-Z2-7]+$/.test(id);
}

/** A fresh 12-digit account id. AWS account ids may start with 0, which is why they are strings. */
export function newAccountId(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0') + String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** `arn:aws:iam::ACCOUNT:root`, the principal of an account's root user. */
export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

// IAM entity ARNs put the path between the resource type and the name: `user/division_abc/subdivision_xyz/Bob`.
function iamEntityArn(accountId: string, resourceType: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:${resourceType}${path}${name}`;
}

/** `arn:aws:iam::ACCOUNT:user/PATH/NAME`; `path` is `/` or `/a/b/`. */
export function userArn(accountId: string, path: string, userName: string): string {
  return iamEntityArn(accountId, 'user', path, userName);
}

/** `arn:aws:iam::ACCOUNT:group/PATH/NAME`. */
export function groupArn(accountId: string, path: string, groupName: string): string {
  return iamEntityArn(accountId, 'group', path, groupName);
}

/** `arn:aws:iam::ACCOUNT:role/PATH/NAME`. */
export function roleArn(accountId: string, path: string, roleName: string): string {
  return iamEntityArn(accountId, 'role', path, roleName);
}

/** `arn:aws:iam::ACCOUNT:instance-profile/PATH/NAME`. */
export function instanceProfileArn(accountId: string, path: string, instanceProfileName: string): string {
  return iamEntityArn(accountId, 'instance-profile', path, instanceProfileName);
}

/** `arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH`; `url` is the issuer URL without `https://`. */
export function openIdConnectProviderArn(accountId: string, url: string): string {
  return `arn:aws:iam::${accountId}:oidc-provider/${url}`;
}

/** `arn:aws:iam::ACCOUNT:policy/PATH/NAME`, or `arn:aws:iam::aws:policy/PATH/NAME` for an AWS managed policy (no account). */
export function policyArn(accountId: string | null, path: string, policyName: string): string {
  return iamEntityArn(accountId ?? 'aws', 'policy', path, policyName);
}

/** `arn:aws:iam::ACCOUNT:mfa/PATH/NAME`: a virtual MFA device's serial number. */
export function mfaDeviceArn(accountId: string, path: string, deviceName: string): string {
  return iamEntityArn(accountId, 'mfa', path, deviceName);
}

/** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`: the principal of AssumeRole credentials (no path, as in AWS). */
export function assumedRoleArn(accountId: string, roleName: string, roleSessionName: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/${roleSessionName}`;
}
