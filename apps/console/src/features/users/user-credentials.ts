// The Users table's credential columns (AWS's: MFA, Password age, Console last sign-in, Active key age, Access key
// last used), read from the credential report as of now: one request for every row instead of three per user.
import { credentialReportRows, type CredentialReportRow } from '../dashboard/security-recommendations';
import { parseCsv } from '../credential-report/parse-csv';

export interface UserCredentials {
  mfaActive: boolean;
  /** When the console password was set; undefined without one. */
  passwordLastChanged?: string;
  consoleLastSignIn?: string;
  /** The oldest active access key's creation (AWS's "Active key age" counts from it). */
  oldestActiveKeyCreated?: string;
  /** The latest use of any of the user's access keys. */
  accessKeyLastUsed?: string;
}

/** AWS writes `N/A`, `no_information` or `not_supported` where there is no time. */
function time(value: string | undefined): string | undefined {
  return value && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function credentialsOf(row: CredentialReportRow): UserCredentials {
  const keys = [1, 2].map((slot) => ({
    active: row[`access_key_${slot}_active`] === 'true',
    created: time(row[`access_key_${slot}_last_rotated`]),
    lastUsed: time(row[`access_key_${slot}_last_used_date`]),
  }));
  const activeCreated = keys.filter((key) => key.active && key.created).map((key) => key.created!).sort();
  const used = keys.flatMap((key) => (key.lastUsed ? [key.lastUsed] : [])).sort();
  const credentials: UserCredentials = { mfaActive: row.mfa_active === 'true' };
  if (row.password_enabled === 'true') {
    const changed = time(row.password_last_changed);
    if (changed) credentials.passwordLastChanged = changed;
    const signedIn = time(row.password_last_used);
    if (signedIn) credentials.consoleLastSignIn = signedIn;
  }
  if (activeCreated[0]) credentials.oldestActiveKeyCreated = activeCreated[0];
  if (used.length > 0) credentials.accessKeyLastUsed = used.at(-1)!;
  return credentials;
}

/** Each user's credentials, by user name, from the report's CSV; the root user's row is left out. */
export function userCredentialsByName(reportCsv: string): Map<string, UserCredentials> {
  const rows = credentialReportRows(parseCsv(reportCsv)).filter((row) => row.user !== '<root_account>');
  return new Map(rows.map((row) => [row.user!, credentialsOf(row)]));
}

/** The credential columns of the Users table: the report is asked for only while one of them is shown. */
export const CREDENTIAL_COLUMN_IDS = ['mfa', 'passwordAge', 'consoleLastSignIn', 'activeKeyAge', 'accessKeyLastUsed'] as const;
