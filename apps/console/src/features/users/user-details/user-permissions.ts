// The Permissions tab's table: every policy that applies to the user and how (AWS's "Attached via" column).
import type { UserPermissionsQuery } from '../../../gql/graphql';
import { policyType, type PolicyType } from '../../policies/policies-table/policy-row';

export interface UserPolicyRow {
  policyName: string;
  /** Managed policies only. */
  policyArn?: string;
  type: PolicyType | 'Customer inline';
  /** `Directly` or `Group Developers`. */
  attachedVia: string;
  /** Inline policies only: the JSON document. */
  policyDocument?: string;
}

type GoverningPolicy = UserPermissionsQuery['getPrincipalPolicies']['identityPolicies'][number];

function rowType(policy: GoverningPolicy): UserPolicyRow['type'] {
  return policy.policyArn ? policyType(policy.policyArn) : 'Customer inline';
}

/** The API's governing policies as rows: the user's own first, then each group's, as the API orders them. */
export function userPolicyRows(policies: UserPermissionsQuery['getPrincipalPolicies']): UserPolicyRow[] {
  return policies.identityPolicies.map((policy) => ({
    policyName: policy.policyName,
    ...(policy.policyArn ? { policyArn: policy.policyArn } : { policyDocument: policy.policyDocument }),
    type: rowType(policy),
    attachedVia: policy.groupName === null ? 'Directly' : `Group ${policy.groupName}`,
  }));
}

/** A row's identity in the table: a policy name can appear once directly and again through each group. */
export function userPolicyRowId(row: UserPolicyRow): string {
  return `${row.attachedVia}\u0000${row.policyArn ?? `inline:${row.policyName}`}`;
}
