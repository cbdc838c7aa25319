/**
 * Where the policies that govern a principal are stored: for each kind of row the loader reads (governing-policies.ts),
 * every table it reads that row through, with the column naming the row. The triggers of migrations
 * add_change_notifications and add_governing_policy_notifications notify `Table:value of that column` when such a row
 * appears, changes or goes, so the cache drops exactly the principals read through it. A test compares this table with
 * the database's triggers: a table read here without its trigger would leave a revoked permission cached.
 */
export const governingSources = {
  user: { User: 'id', UserPolicyAttachment: 'userId', UserPolicy: 'userId', UserTag: 'userId', GroupMembership: 'userId' },
  group: { Group: 'id', GroupPolicyAttachment: 'groupId', GroupPolicy: 'groupId' },
  role: { Role: 'id', RolePolicyAttachment: 'roleId', RolePolicy: 'roleId', RoleTag: 'roleId' },
  // A new default version is an update of this row; versions never change once written (AWS).
  managedPolicy: { ManagedPolicy: 'id' },
} as const satisfies Record<string, Record<string, string>>;

export type SourceKind = keyof typeof governingSources;

/** The change notifications (`Table:key`) that concern the row `id` of `kind`. */
export function sourceNotifications(kind: SourceKind, id: string): string[] {
  return Object.keys(governingSources[kind]).map((table) => `${table}:${id}`);
}

/** Whether a change to `table` can concern any principal's governing policies. */
export function isGoverningSource(table: string): boolean {
  return governedTables.has(table);
}

const governedTables = new Set(Object.values(governingSources).flatMap((tables) => Object.keys(tables)));
