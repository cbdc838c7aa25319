// The Permissions tab's table: every policy that applies to the user and how (AWS's "Attached via" column).
import type { UserPermissionsQuery } from '../../../gql/graphql';

export interface UserPolicyRow {
  policyName: string;
  /** Managed policies only. */
  policyArn?: string;
  type: 'AWS managed' | 'Customer managed' | 'Customer inline';
  /** `Directly` or `Group Developers`. */
  attachedVia: string;
  /** Inline policies only: the JSON document. */
  policyDocument?: string;
}

/** AWS managed policies have no account in their ARN: arn:aws:iam::aws:policy/… */
function managedPolicyType(policyArn: string): UserPolicyRow['type'] {
  return policyArn.startsWith('arn:aws:iam::aws:policy/') ? 'AWS managed' : 'Customer managed';
}

export function userPolicyRows(
  details: Pick<UserPermissionsQuery['getAccountAuthorizationDetails'], 'userDetailList' | 'groupDetailList'>,
  userName: string,
): UserPolicyRow[] {
  const user = details.userDetailList.find((candidate) => candidate.userName === userName);
  if (!user) return [];
  const direct: UserPolicyRow[] = [
    ...user.attachedManagedPolicies.map((policy) => ({ policyName: policy.policyName, policyArn: policy.policyArn, type: managedPolicyType(policy.policyArn), attachedVia: 'Directly' })),
    ...user.userPolicyList.map((policy) => ({ policyName: policy.policyName, policyDocument: policy.policyDocument, type: 'Customer inline' as const, attachedVia: 'Directly' })),
  ];
  const viaGroups = details.groupDetailList
    .filter((group) => user.groupList.includes(group.groupName))
    .flatMap((group) => [
      ...group.attachedManagedPolicies.map((policy) => ({ policyName: policy.policyName, policyArn: policy.policyArn, type: managedPolicyType(policy.policyArn), attachedVia: `Group ${group.groupName}` })),
      ...group.groupPolicyList.map((policy) => ({ policyName: policy.policyName, policyDocument: policy.policyDocument, type: 'Customer inline' as const, attachedVia: `Group ${group.groupName}` })),
    ]);
  return [...direct, ...viaGroups];
}

/** A row's identity in the table: a policy name can appear once directly and again through each group. */
export function userPolicyRowId(row: UserPolicyRow): string {
  return `${row.attachedVia}\u0000${row.policyArn ?? `inline:${row.policyName}`}`;
}
