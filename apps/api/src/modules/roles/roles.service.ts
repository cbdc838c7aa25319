import { newUniqueId, roleArn, type Role as RoleRow, type RoleTag } from '@gatehouse/db';
import { auditedTransaction } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { entityAlreadyExists, limitExceeded } from '../../errors/iam-error';
import type { Page } from '../../graphql/connections';
import { assertNoDeleteConflict } from '../delete-conflict';
import { findIdentity, identityInAccount, requireIdentity } from '../identities';
import { paginateBy, underPath } from '../ordered-list';
import { assertValidPolicyDocument } from '../policies/policy-document';
import { requireAttachablePolicy } from '../policies/policy-lookup';
import { roleTags } from '../tags/resource-tags';
import { assertTagKeysAllowed } from '../tags/tag-rules';
import type { CreateRoleInput, TagRoleInput, UntagRoleInput, UpdateAssumeRolePolicyInput, UpdateRoleInput } from './roles.inputs';

// Every function takes the account it acts in: no lookup here can reach another account's rows.

export async function getRole(ctx: RequestContext, accountId: string, roleName: string): Promise<RoleRow> {
  return identityInAccount(await ctx.loaders.roles.roleByName.load(roleName), 'role', accountId, roleName);
}

export function listRoles(
  ctx: RequestContext,
  accountId: string,
  options: { pathPrefix?: string; first: number; after?: string | null },
): Promise<Page<RoleRow>> {
  return paginateBy(ctx.prisma.role, 'roleName', { accountId, ...underPath(options.pathPrefix) }, options);
}

/** AWS CreateRole: the trust policy is validated as one (a Principal, no Resource) before anything is stored. */
export function createRole(ctx: RequestContext, accountId: string, input: CreateRoleInput): Promise<RoleRow> {
  const path = input.path ?? '/';
  const tags = input.tags ?? [];
  assertTagKeysAllowed(tags.map((tag) => tag.key));
  assertValidPolicyDocument(input.assumeRolePolicyDocument, { kind: 'trust', field: 'input.assumeRolePolicyDocument' });
  const arn = roleArn(accountId, path, input.roleName);
  return auditedTransaction(ctx, { eventName: 'CreateRole', resources: [arn], requestParameters: { ...input, path } }, async (tx) => {
    if (await findIdentity.role(tx, accountId, input.roleName)) throw entityAlreadyExists('role', input.roleName);
    const quota = ctx.config.quotas.rolesPerAccount;
    if ((await tx.role.count({ where: { accountId } })) >= quota) throw limitExceeded('RolesPerAccount', quota);
    const boundary = input.permissionsBoundary ? await requireAttachablePolicy(tx, accountId, input.permissionsBoundary) : null;
    return tx.role.create({
      data: {
        id: newUniqueId('role'),
        accountId,
        path,
        roleName: input.roleName,
        arn,
        assumeRolePolicyDocument: input.assumeRolePolicyDocument,
        description: input.description ?? null,
        maxSessionDuration: input.maxSessionDuration ?? 3600,
        permissionsBoundaryPolicyId: boundary?.id ?? null,
        tags: { create: tags.map(({ key, value }) => ({ key, value })) },
      },
    });
  });
}

/** AWS UpdateRole: the description and the maximum session duration; what is not given stays. */
export function updateRole(ctx: RequestContext, accountId: string, input: UpdateRoleInput, eventName = 'UpdateRole'): Promise<RoleRow> {
  return auditedTransaction(ctx, { eventName, resources: (role) => [role.arn], requestParameters: { ...input } }, async (tx) => {
    const role = await requireIdentity(tx, 'role', accountId, input.roleName);
    return tx.role.update({
      where: { id: role.id },
      data: {
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.maxSessionDuration === undefined ? {} : { maxSessionDuration: input.maxSessionDuration }),
      },
    });
  });
}

export function updateAssumeRolePolicy(ctx: RequestContext, accountId: string, input: UpdateAssumeRolePolicyInput): Promise<RoleRow> {
  assertValidPolicyDocument(input.policyDocument, { kind: 'trust', field: 'input.policyDocument' });
  return auditedTransaction(ctx, { eventName: 'UpdateAssumeRolePolicy', resources: (role) => [role.arn], requestParameters: { ...input } }, async (tx) => {
    const role = await requireIdentity(tx, 'role', accountId, input.roleName);
    return tx.role.update({ where: { id: role.id }, data: { assumeRolePolicyDocument: input.policyDocument } });
  });
}

/**
 * AWS DeleteRole refuses while managed policies are attached, inline policies remain or an instance profile holds the
 * role; its sessions go with it.
 */
export function deleteRole(ctx: RequestContext, accountId: string, roleName: string): Promise<RoleRow> {
  return auditedTransaction(ctx, { eventName: 'DeleteRole', resources: (role) => [role.arn], requestParameters: { roleName } }, async (tx) => {
    const role = await requireIdentity(tx, 'role', accountId, roleName);
    const { _count: count } = await tx.role.findUniqueOrThrow({
      where: { id: role.id },
      select: { _count: { select: { attachedPolicies: true, inlinePolicies: true, instanceProfiles: true } } },
    });
    assertNoDeleteConflict([
      count.instanceProfiles > 0 && { kind: 'InstanceProfiles', step: 'remove roles from instance profile' },
      count.attachedPolicies > 0 && { kind: 'AttachedPolicies', step: 'detach all policies' },
      count.inlinePolicies > 0 && { kind: 'InlinePolicies', step: 'delete policies' },
    ]);
    await tx.role.delete({ where: { id: role.id } });
    return role;
  });
}

/** AWS TagRole: adds tags and overwrites the values of keys the role already has. */
export function tagRole(ctx: RequestContext, accountId: string, input: TagRoleInput): Promise<RoleRow> {
  assertTagKeysAllowed(input.tags.map((tag) => tag.key));
  return auditedTransaction(ctx, { eventName: 'TagRole', resources: (role) => [role.arn], requestParameters: { ...input } }, async (tx) => {
    const role = await requireIdentity(tx, 'role', accountId, input.roleName);
    await roleTags.add(tx, role.id, input.tags, ctx.config.quotas.tagsPerResource);
    return role;
  });
}

/** AWS UntagRole: keys the role does not have are ignored. */
export function untagRole(ctx: RequestContext, accountId: string, input: UntagRoleInput): Promise<RoleRow> {
  return auditedTransaction(ctx, { eventName: 'UntagRole', resources: (role) => [role.arn], requestParameters: { ...input } }, async (tx) => {
    const role = await requireIdentity(tx, 'role', accountId, input.roleName);
    await roleTags.remove(tx, role.id, input.tagKeys);
    return role;
  });
}

export async function listRoleTags(
  ctx: RequestContext,
  accountId: string,
  options: { roleName: string; first: number; after?: string | null },
): Promise<Page<RoleTag>> {
  const role = await getRole(ctx, accountId, options.roleName);
  return paginateBy(ctx.prisma.roleTag, 'key', { roleId: role.id }, options);
}
