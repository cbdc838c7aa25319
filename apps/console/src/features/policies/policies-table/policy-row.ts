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

export type PolicyType = 'AWS managed' | 'AWS managed - job function' | 'Customer managed';

// AWS's policies for job functions: those under /job-function/, and three older ones at the root that AWS's
// documentation and console list with them.
const ROOT_JOB_FUNCTION_ARNS = new Set(['AdministratorAccess', 'PowerUserAccess', 'SecurityAudit'].map((name) => `arn:aws:iam::aws:policy/${name}`));

/** AWS managed policies live in the `aws` account: `arn:aws:iam::aws:policy/ReadOnlyAccess`. */
export function isAwsManaged(policyArn: string): boolean {
  return policyArn.split(':')[4] === 'aws';
}

/** The IAM console's Type: `AWS managed`, `AWS managed - job function` or `Customer managed`. */
export function policyType(policyArn: string): PolicyType {
  if (!isAwsManaged(policyArn)) return 'Customer managed';
  return policyArn.startsWith('arn:aws:iam::aws:policy/job-function/') || ROOT_JOB_FUNCTION_ARNS.has(policyArn) ? 'AWS managed - job function' : 'AWS managed';
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
  { value: 'AWS managed - job function', label: 'AWS managed - job function' },
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
