// The review step's "Permissions summary": what the new user gets, one row per group, policy or boundary.
import { policyType } from '../../policies/policies-table/policy-row';
import type { CreateUserState } from './wizard-state';

export interface PermissionsSummaryRow {
  name: string;
  /** `Group`, or the policy's type as the Policies list shows it: `AWS managed - job function`, `Customer managed`… */
  type: string;
  /** `Permissions policy` or `Permissions boundary`, as AWS's review says. */
  usedAs: string;
}

/** The last segment of a managed policy's ARN: `arn:aws:iam::aws:policy/job-function/ViewOnlyAccess` → `ViewOnlyAccess`. */
function policyNameOf(policyArn: string): string {
  return policyArn.slice(policyArn.lastIndexOf('/') + 1);
}

function policyRow(policyArn: string, usedAs: string): PermissionsSummaryRow {
  return { name: policyNameOf(policyArn), type: policyType(policyArn), usedAs };
}

/** The groups, copied memberships or policies of the chosen permissions option; the others' choices are not sent. */
function optionRows(state: CreateUserState): PermissionsSummaryRow[] {
  if (state.permissionsOption === 'groups') return state.groupNames.map((name) => ({ name, type: 'Group', usedAs: 'Permissions group' }));
  if (state.permissionsOption === 'copy') {
    return state.copyFromUserName ? [{ name: state.copyFromUserName, type: "Copy of the user's groups", usedAs: 'Permissions group' }] : [];
  }
  return state.policyArns.map((policyArn) => policyRow(policyArn, 'Permissions policy'));
}

export function permissionsSummary(state: CreateUserState): PermissionsSummaryRow[] {
  const boundary = state.useBoundary && state.permissionsBoundaryArn ? [policyRow(state.permissionsBoundaryArn, 'Permissions boundary')] : [];
  return [...optionRows(state), ...boundary];
}
