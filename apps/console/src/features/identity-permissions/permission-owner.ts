// One description per kind of identity that holds permissions policies, so that one set of components (attached and
// inline policies, the permissions boundary) serves groups and roles, and the user's boundary, instead of a copy each.
import type { Client, CombinedError } from '@urql/core';
import { useQuery } from 'urql';
import {
  AttachGroupPolicyMutation,
  AttachRolePolicyMutation,
  DetachGroupPolicyMutation,
  DetachRolePolicyMutation,
} from '../policies/policies.documents';
import {
  DeleteGroupPolicyMutation,
  DeleteRolePermissionsBoundaryMutation,
  DeleteRolePolicyMutation,
  DeleteUserPermissionsBoundaryMutation,
  GroupInlinePoliciesQuery,
  PutGroupPolicyMutation,
  PutRolePermissionsBoundaryMutation,
  PutRolePolicyMutation,
  PutUserPermissionsBoundaryMutation,
  RoleInlinePoliciesQuery,
} from './identity-permissions.documents';

export interface InlinePolicy {
  policyName: string;
  /** Exactly as it was submitted. */
  policyDocument: string;
}

export interface InlinePolicies {
  policies: InlinePolicy[];
  fetching: boolean;
  error: CombinedError | undefined;
  refresh: () => void;
}

type Change = Promise<CombinedError | undefined>;

/** The API operations on one kind of owner's policies; each change resolves with the API's error, if any. */
export interface ManagedPolicyOwnerKind {
  /** As AWS's console words it: "user group", "role". */
  noun: string;
  attachPolicy(client: Client, name: string, policyArn: string): Change;
  detachPolicy(client: Client, name: string, policyArn: string): Change;
  putInlinePolicy(client: Client, name: string, policyName: string, policyDocument: string): Change;
  deleteInlinePolicy(client: Client, name: string, policyName: string): Change;
  /** A React hook: call it on every render of the same component, for the same kind. */
  useInlinePolicies(name: string): InlinePolicies;
}

export interface BoundaryOwnerKind {
  noun: string;
  putPermissionsBoundary(client: Client, name: string, policyArn: string): Change;
  deletePermissionsBoundary(client: Client, name: string): Change;
}

const errorOf = async (result: Promise<{ error?: CombinedError }>) => (await result).error;
const fresh = { requestPolicy: 'network-only' } as const;

export const groupPolicyOwner: ManagedPolicyOwnerKind = {
  noun: 'user group',
  attachPolicy: (client, groupName, policyArn) => errorOf(client.mutation(AttachGroupPolicyMutation, { input: { groupName, policyArn } }).toPromise()),
  detachPolicy: (client, groupName, policyArn) => errorOf(client.mutation(DetachGroupPolicyMutation, { input: { groupName, policyArn } }).toPromise()),
  putInlinePolicy: (client, groupName, policyName, policyDocument) =>
    errorOf(client.mutation(PutGroupPolicyMutation, { input: { groupName, policyName, policyDocument } }).toPromise()),
  deleteInlinePolicy: (client, groupName, policyName) => errorOf(client.mutation(DeleteGroupPolicyMutation, { input: { groupName, policyName } }).toPromise()),
  useInlinePolicies(groupName) {
    const [result, reexecute] = useQuery({ query: GroupInlinePoliciesQuery, variables: { groupName } });
    return {
      policies: result.data?.listGroupPolicies.edges.map((edge) => edge.node) ?? [],
      fetching: result.fetching && !result.data,
      error: result.error,
      refresh: () => reexecute(fresh),
    };
  },
};

export const rolePolicyOwner: ManagedPolicyOwnerKind & BoundaryOwnerKind = {
  noun: 'role',
  attachPolicy: (client, roleName, policyArn) => errorOf(client.mutation(AttachRolePolicyMutation, { input: { roleName, policyArn } }).toPromise()),
  detachPolicy: (client, roleName, policyArn) => errorOf(client.mutation(DetachRolePolicyMutation, { input: { roleName, policyArn } }).toPromise()),
  putInlinePolicy: (client, roleName, policyName, policyDocument) =>
    errorOf(client.mutation(PutRolePolicyMutation, { input: { roleName, policyName, policyDocument } }).toPromise()),
  deleteInlinePolicy: (client, roleName, policyName) => errorOf(client.mutation(DeleteRolePolicyMutation, { input: { roleName, policyName } }).toPromise()),
  useInlinePolicies(roleName) {
    const [result, reexecute] = useQuery({ query: RoleInlinePoliciesQuery, variables: { roleName } });
    return {
      policies: result.data?.listRolePolicies.edges.map((edge) => edge.node) ?? [],
      fetching: result.fetching && !result.data,
      error: result.error,
      refresh: () => reexecute(fresh),
    };
  },
  putPermissionsBoundary: (client, roleName, permissionsBoundary) =>
    errorOf(client.mutation(PutRolePermissionsBoundaryMutation, { input: { roleName, permissionsBoundary } }).toPromise()),
  deletePermissionsBoundary: (client, roleName) => errorOf(client.mutation(DeleteRolePermissionsBoundaryMutation, { input: { roleName } }).toPromise()),
};

export const userBoundaryOwner: BoundaryOwnerKind = {
  noun: 'user',
  putPermissionsBoundary: (client, userName, permissionsBoundary) =>
    errorOf(client.mutation(PutUserPermissionsBoundaryMutation, { input: { userName, permissionsBoundary } }).toPromise()),
  deletePermissionsBoundary: (client, userName) => errorOf(client.mutation(DeleteUserPermissionsBoundaryMutation, { input: { userName } }).toPromise()),
};
