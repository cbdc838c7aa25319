// A managed policy as the Policies table shows it, and the IAM console's type filter over it.

export interface PolicyRow {
  arn: string;
  policyName: string;
  path: string;
  description: string | null;
  /** Users, groups and roles the policy is attached to as a permissions policy. */
  attachmentCount: number;
  /** Users and roles it serves as a permissions boundary for. */
  permissionsBoundaryUsageCount: number;
  createDate: string;
  updateDate: string;
}

export type PolicyType = 'AWS managed' | 'Customer managed';

/** AWS managed policies live in the `aws` account: `arn:aws:iam::aws:policy/ReadOnlyAccess`. */
export function policyType(policyArn: string): PolicyType {
  return policyArn.split(':')[4] === 'aws' ? 'AWS managed' : 'Customer managed';
}

/** AWS's "Used as" column: `Permissions policy (3)`, `Boundary (1)`, both, or `None`. */
export function policyUsedAs(policy: Pick<PolicyRow, 'attachmentCount' | 'permissionsBoundaryUsageCount'>): string {
  const uses = [
    ...(policy.attachmentCount > 0 ? [`Permissions policy (${policy.attachmentCount})`] : []),
    ...(policy.permissionsBoundaryUsageCount > 0 ? [`Boundary (${policy.permissionsBoundaryUsageCount})`] : []),
  ];
  return uses.length > 0 ? uses.join(', ') : 'None';
}

export type PolicyTypeFilter = 'all' | PolicyType;

export const POLICY_TYPE_FILTER_OPTIONS: Array<{ value: PolicyTypeFilter; label: string }> = [
  { value: 'all', label: 'All types' },
  { value: 'AWS managed', label: 'AWS managed' },
  { value: 'Customer managed', label: 'Customer managed' },
];

/** The type filter and the text filter together; the text matches the name, description and ARN, case-insensitively. */
export function policyMatches(policy: PolicyRow, typeFilter: PolicyTypeFilter, filteringText: string): boolean {
  if (typeFilter !== 'all' && policyType(policy.arn) !== typeFilter) return false;
  const text = filteringText.trim().toLowerCase();
  if (text === '') return true;
  return [policy.policyName, policy.description ?? '', policy.arn].some((field) => field.toLowerCase().includes(text));
}

/** The console path of a policy's details page; ARNs carry `/` and `:`, so they travel encoded. */
export function policyDetailsHref(policyArn: string): string {
  return `/policies/details/${encodeURIComponent(policyArn)}`;
}
