// The IAM resources panel of the dashboard: AWS's GetAccountSummary counts next to their quotas.

export type SummaryMap = ReadonlyMap<string, number>;

export interface ResourceUsage {
  label: string;
  href: string;
  count: number;
  quota?: number;
}

/** Same entries, order and words as the AWS IAM dashboard; "Policies" counts customer managed policies, as AWS does. */
const RESOURCES = [
  { label: 'User groups', href: '/groups', key: 'Groups', quotaKey: 'GroupsQuota' },
  { label: 'Users', href: '/users', key: 'Users', quotaKey: 'UsersQuota' },
  { label: 'Roles', href: '/roles', key: 'Roles', quotaKey: 'RolesQuota' },
  { label: 'Policies', href: '/policies', key: 'Policies', quotaKey: 'PoliciesQuota' },
] as const;

export function summaryMapOf(entries: readonly { key: string; value: number }[]): SummaryMap {
  return new Map(entries.map(({ key, value }) => [key, value]));
}

export function resourceUsages(summary: SummaryMap): ResourceUsage[] {
  return RESOURCES.map(({ label, href, key, quotaKey }) => {
    const quota = summary.get(quotaKey);
    return { label, href, count: summary.get(key) ?? 0, ...(quota === undefined ? {} : { quota }) };
  });
}
