// Switch role as AWS's console does it: the account by ID or alias, a display name and colour of the user's choosing,
// and the last five roles remembered in the identity menu (AWS keeps them in the browser too). No React here.

/** AWS's five Switch role colours. */
export const ROLE_COLORS = ['red', 'orange', 'yellow', 'green', 'blue'] as const;
export type RoleColor = (typeof ROLE_COLORS)[number];

/** The colours as swatches (AWS's console shades). */
export const ROLE_COLOR_HEX: Record<RoleColor, string> = { red: '#d13212', orange: '#ec7211', yellow: '#f2c300', green: '#1d8102', blue: '#0073bb' };

export interface RecentRole {
  /** As typed: the account's ID or alias. */
  account: string;
  /** The account's ID, from the session the switch started, which the identity menu compares with. */
  accountId: string;
  /** With its path, if it has one. */
  roleName: string;
  /** As typed; empty when none was given, and the menu then names the role as it names any role session. */
  displayName: string;
  color: RoleColor;
}

/** AWS shows the last five roles. */
export const MAX_RECENT_ROLES = 5;

export interface SwitchRoleForm {
  account: string;
  roleName: string;
  displayName: string;
  color: RoleColor;
}

const ACCOUNT_ID = /^\d{12}$/;
/** AWS: an account alias is 3–63 lowercase letters, digits and hyphens, not starting or ending with a hyphen. */
const ACCOUNT_ALIAS = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/;
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const MAX_DISPLAY_NAME = 64;

export function switchRoleFormErrors(form: SwitchRoleForm): Partial<Record<'account' | 'roleName' | 'displayName', string>> {
  const errors: Partial<Record<'account' | 'roleName' | 'displayName', string>> = {};
  const account = form.account.trim();
  // Digits alone are read as an account ID, as AWS's sign-in page reads them.
  if (/^\d+$/.test(account)) {
    if (!ACCOUNT_ID.test(account)) errors.account = `An account ID has 12 digits; this one has ${account.length}.`;
  } else if (!ACCOUNT_ALIAS.test(account)) {
    errors.account = "Enter the account's 12-digit ID or its alias (lowercase letters, digits and hyphens).";
  }
  if (!ROLE_NAME.test(form.roleName.trim())) errors.roleName = 'Enter the name of the role, with its path if it has one.';
  if (form.displayName.length > MAX_DISPLAY_NAME) errors.displayName = `The display name can have up to ${MAX_DISPLAY_NAME} characters.`;
  return errors;
}

/** AWS's default display name: `RoleName @ account`. */
export function displayNameOf(form: Pick<SwitchRoleForm, 'account' | 'roleName' | 'displayName'>): string {
  return form.displayName.trim() || `${form.roleName.trim().split('/').at(-1)} @ ${form.account.trim()}`;
}

/** The history with `role` first: switching to a role again moves it up and takes its new name and colour. */
export function rememberRole(history: readonly RecentRole[], role: RecentRole): RecentRole[] {
  const same = (entry: RecentRole) => entry.accountId === role.accountId && entry.roleName === role.roleName;
  return [role, ...history.filter((entry) => !same(entry))].slice(0, MAX_RECENT_ROLES);
}

/** The remembered entry for the role session the console acts as, for its display name and colour. */
export function recentRoleFor(history: readonly RecentRole[], accountId: string, roleName: string): RecentRole | undefined {
  return history.find((entry) => entry.accountId === accountId && entry.roleName.split('/').at(-1) === roleName);
}
