import type { Role as RoleRow, User as UserRow } from '@gatehouse/db';
import { auditedTransaction } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { requireIdentity } from '../identities';
import { requireAttachablePolicy } from '../policies/policy-lookup';

// AWS: a permissions boundary is one managed policy (customer or AWS managed) that caps what the identity-based
// policies of a user or role can grant. Setting one replaces the previous one; deleting one that is not set changes nothing.

export function putUserPermissionsBoundary(
  ctx: RequestContext,
  accountId: string,
  input: { userName: string; permissionsBoundary: string },
): Promise<UserRow> {
  return auditedTransaction(ctx, { eventName: 'PutUserPermissionsBoundary', resources: (user) => [user.arn], requestParameters: { ...input } }, async (tx) => {
    const user = await requireIdentity(tx, 'user', accountId, input.userName);
    const policy = await requireAttachablePolicy(tx, accountId, input.permissionsBoundary);
    return tx.user.update({ where: { id: user.id }, data: { permissionsBoundaryPolicyId: policy.id } });
  });
}

export function deleteUserPermissionsBoundary(ctx: RequestContext, accountId: string, userName: string): Promise<UserRow> {
  return auditedTransaction(ctx, { eventName: 'DeleteUserPermissionsBoundary', resources: (user) => [user.arn], requestParameters: { userName } }, async (tx) => {
    const user = await requireIdentity(tx, 'user', accountId, userName);
    return tx.user.update({ where: { id: user.id }, data: { permissionsBoundaryPolicyId: null } });
  });
}

export function putRolePermissionsBoundary(
  ctx: RequestContext,
  accountId: string,
  input: { roleName: string; permissionsBoundary: string },
): Promise<RoleRow> {
  return auditedTransaction(ctx, { eventName: 'PutRolePermissionsBoundary', resources: (role) => [role.arn], requestParameters: { ...input } }, async (tx) => {
    const role = await requireIdentity(tx, 'role', accountId, input.roleName);
    const policy = await requireAttachablePolicy(tx, accountId, input.permissionsBoundary);
    return tx.role.update({ where: { id: role.id }, data: { permissionsBoundaryPolicyId: policy.id } });
  });
}

export function deleteRolePermissionsBoundary(ctx: RequestContext, accountId: string, roleName: string): Promise<RoleRow> {
  return auditedTransaction(ctx, { eventName: 'DeleteRolePermissionsBoundary', resources: (role) => [role.arn], requestParameters: { roleName } }, async (tx) => {
    const role = await requireIdentity(tx, 'role', accountId, roleName);
    return tx.role.update({ where: { id: role.id }, data: { permissionsBoundaryPolicyId: null } });
  });
}
