import type { AccessKey, LoginProfile, User } from '@gatehouse/db';
import type { PasswordPolicyRules } from '../../auth/password-policy';
import { passwordExpiry } from '../../auth/password-policy';

/** AWS's credential report columns, in AWS's order. Gatehouse has no signing certificates: those columns are empty. */
export const credentialReportColumns = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

export interface ReportUser {
  user: Pick<User, 'userName' | 'arn' | 'createDate' | 'passwordLastUsed'>;
  loginProfile: Pick<LoginProfile, 'passwordChangedAt'> | null;
  mfaActive: boolean;
  accessKeys: Pick<AccessKey, 'status' | 'createDate' | 'lastUsedDate' | 'lastUsedRegion' | 'lastUsedService'>[];
}

export interface ReportRoot {
  arn: string;
  createdAt: Date;
  passwordLastUsed: Date | null;
  mfaActive: boolean;
  accessKeys: ReportUser['accessKeys'];
}

/** AWS writes times as ISO 8601 with a `+00:00` offset and no milliseconds. */
function time(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function orNotApplicable(date: Date | null | undefined): string {
  return date ? time(date) : 'N/A';
}

function accessKeyColumns(keys: ReportUser['accessKeys']): string[] {
  const oldestFirst = [...keys].sort((a, b) => a.createDate.getTime() - b.createDate.getTime());
  return [0, 1].flatMap((slot) => {
    const key = oldestFirst[slot];
    if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
    return [
      String(key.status === 'Active'),
      time(key.createDate),
      orNotApplicable(key.lastUsedDate),
      key.lastUsedRegion ?? 'N/A',
      key.lastUsedService ?? 'N/A',
    ];
  });
}

const noCertificates = ['false', 'N/A', 'false', 'N/A'];

function userRow(entry: ReportUser, policy: PasswordPolicyRules | null): string[] {
  const { user, loginProfile } = entry;
  const passwordEnabled = loginProfile !== null;
  const nextRotation = loginProfile ? passwordExpiry(policy, loginProfile.passwordChangedAt).expiresAt : null;
  return [
    user.userName,
    user.arn,
    time(user.createDate),
    String(passwordEnabled),
    // AWS: `no_information` for a password never used, `N/A` for a user without a password.
    passwordEnabled ? (user.passwordLastUsed ? time(user.passwordLastUsed) : 'no_information') : 'N/A',
    orNotApplicable(loginProfile?.passwordChangedAt),
    orNotApplicable(nextRotation),
    String(entry.mfaActive),
    ...accessKeyColumns(entry.accessKeys),
    ...noCertificates,
  ];
}

/** AWS's root row: the account password is outside the password policy, so its password columns say `not_supported`. */
function rootRow(root: ReportRoot): string[] {
  return [
    '<root_account>',
    root.arn,
    time(root.createdAt),
    'not_supported',
    root.passwordLastUsed ? time(root.passwordLastUsed) : 'no_information',
    'not_supported',
    'not_supported',
    String(root.mfaActive),
    ...accessKeyColumns(root.accessKeys),
    ...noCertificates,
  ];
}

/** RFC 4180 quoting for the values that need it (ARNs and names never do, but a CSV writer must not assume). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The report: a header line, the root row, then one row per user in the order given. */
export function credentialReportCsv(root: ReportRoot, users: readonly ReportUser[], policy: PasswordPolicyRules | null): string {
  const rows = [[...credentialReportColumns], rootRow(root), ...users.map((entry) => userRow(entry, policy))];
  return rows.map((row) => row.map(csvField).join(',')).join('\n');
}
