// The dashboard's security recommendations, as AWS's IAM dashboard words them, worked out from GetAccountSummary and
// the credential report (AWS's CSV columns). Pure, so each rule is unit-tested.
import type { SummaryMap } from './iam-resources';

export interface Recommendation {
  id: 'root-mfa' | 'root-access-keys' | 'users-without-mfa' | 'old-access-keys' | 'unused-credentials';
  /** `success`: nothing to do; `warning`: AWS advises acting. */
  status: 'success' | 'warning';
  title: string;
  description: string;
  /** The users concerned, for the recommendations about users. */
  userNames?: string[];
}

/** A credential report row, by AWS's column names (`user`, `mfa_active`, `access_key_1_last_rotated`, …). */
export type CredentialReportRow = Readonly<Record<string, string>>;

/** AWS: access keys should be rotated at least every 90 days; credentials unused for 90 days should be removed. */
export const CREDENTIAL_AGE_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;
const ROOT_ROW = '<root_account>';

/** Reads the report's CSV rows (header first) into rows keyed by column name. */
export function credentialReportRows(csvRows: readonly string[][]): CredentialReportRow[] {
  const [header, ...rows] = csvRows;
  if (!header) return [];
  return rows.filter((row) => row.length === header.length).map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]!])));
}

/** AWS writes `N/A`, `no_information` or `not_supported` where there is no time. */
function timeOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function olderThan(value: string | undefined, days: number, now: number): boolean {
  const time = timeOf(value);
  return time !== undefined && now - time > days * DAY_MS;
}

const ACCESS_KEY_SLOTS = [1, 2] as const;

function activeAccessKeys(row: CredentialReportRow) {
  return ACCESS_KEY_SLOTS.filter((slot) => row[`access_key_${slot}_active`] === 'true').map((slot) => ({
    lastRotated: row[`access_key_${slot}_last_rotated`],
    lastUsed: row[`access_key_${slot}_last_used_date`],
  }));
}

/** A password or active key not used for 90 days; one never used counts once it is 90 days old. */
function hasUnusedCredentials(row: CredentialReportRow, now: number): boolean {
  const unusedPassword =
    row.password_enabled === 'true' &&
    (timeOf(row.password_last_used) === undefined
      ? olderThan(row.password_last_changed ?? row.user_creation_time, CREDENTIAL_AGE_DAYS, now)
      : olderThan(row.password_last_used, CREDENTIAL_AGE_DAYS, now));
  const unusedKey = activeAccessKeys(row).some((key) =>
    timeOf(key.lastUsed) === undefined ? olderThan(key.lastRotated, CREDENTIAL_AGE_DAYS, now) : olderThan(key.lastUsed, CREDENTIAL_AGE_DAYS, now),
  );
  return unusedPassword || unusedKey;
}

function userNames(rows: readonly CredentialReportRow[], matches: (row: CredentialReportRow) => boolean): string[] {
  return rows.filter(matches).map((row) => row.user!);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function rootRecommendations(summary: SummaryMap): Recommendation[] {
  return [
    summary.get('AccountMFAEnabled') === 1
      ? { id: 'root-mfa', status: 'success', title: 'Root user has MFA', description: 'Having multi-factor authentication (MFA) for the root user improves security for this account.' }
      : { id: 'root-mfa', status: 'warning', title: 'Add MFA for root user', description: 'Add MFA for the root user: register an authenticator app for the root user to improve security for this account.' },
    summary.get('AccountAccessKeysPresent') === 1
      ? { id: 'root-access-keys', status: 'warning', title: 'Deactivate or delete access keys for root user', description: 'Use access keys attached to an IAM user instead of the root user.' }
      : { id: 'root-access-keys', status: 'success', title: 'Root user has no active access keys', description: 'Using access keys attached to an IAM user instead of the root user improves security.' },
  ];
}

export function userRecommendations(report: readonly CredentialReportRow[], now: Date): Recommendation[] {
  const users = report.filter((row) => row.user !== ROOT_ROW);
  const time = now.getTime();
  const withoutMfa = userNames(users, (row) => row.password_enabled === 'true' && row.mfa_active !== 'true');
  const oldKeys = userNames(users, (row) => activeAccessKeys(row).some((key) => olderThan(key.lastRotated, CREDENTIAL_AGE_DAYS, time)));
  const unused = userNames(users, (row) => hasUnusedCredentials(row, time));
  return [
    withoutMfa.length > 0
      ? { id: 'users-without-mfa', status: 'warning', title: `Add MFA for ${plural(withoutMfa.length, 'user', 'users')}`, description: 'These users can sign in to the console without multi-factor authentication.', userNames: withoutMfa }
      : { id: 'users-without-mfa', status: 'success', title: 'Every user with console access has MFA', description: 'Users who sign in to the console are asked for an MFA code.' },
    oldKeys.length > 0
      ? { id: 'old-access-keys', status: 'warning', title: `Rotate access keys older than ${CREDENTIAL_AGE_DAYS} days for ${plural(oldKeys.length, 'user', 'users')}`, description: 'Create a new access key, move the workload to it, then deactivate and delete the old one.', userNames: oldKeys }
      : { id: 'old-access-keys', status: 'success', title: `No active access keys older than ${CREDENTIAL_AGE_DAYS} days`, description: 'Access keys are rotated regularly.' },
    unused.length > 0
      ? { id: 'unused-credentials', status: 'warning', title: `Remove unused credentials for ${plural(unused.length, 'user', 'users')}`, description: `Passwords or active access keys not used in the last ${CREDENTIAL_AGE_DAYS} days.`, userNames: unused }
      : { id: 'unused-credentials', status: 'success', title: 'No unused credentials', description: `Every password and active access key was used in the last ${CREDENTIAL_AGE_DAYS} days.` },
  ];
}
