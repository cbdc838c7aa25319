import type { Prisma } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import { AuthorizationDetailsEntity as Entity } from './accounts.inputs';
import type { AccountAuthorizationDetails, AttachedPolicy, ManagedPolicyDetail } from './authorization-details.type';

const attachedPolicy = { select: { policy: { select: { policyName: true, arn: true } } }, orderBy: { policy: { policyName: 'asc' } } } as const;
const inlinePolicy = { select: { policyName: true, policyDocument: true }, orderBy: { policyName: 'asc' } } as const;
const boundary = { select: { arn: true } } as const;
const tag = { select: { key: true, value: true }, orderBy: { key: 'asc' } } as const;

function toAttached(rows: Array<{ policy: { policyName: string; arn: string } }>): AttachedPolicy[] {
  return rows.map(({ policy }) => ({ policyName: policy.policyName, policyArn: policy.arn }));
}

function toBoundary(policy: { arn: string } | null) {
  return policy && { permissionsBoundaryType: 'Policy' as const, permissionsBoundaryArn: policy.arn };
}

/**
 * AWS GetAccountAuthorizationDetails: users, groups, roles and managed policies with their attachments and documents,
 * each kind read in one query. `filter` picks the kinds; AWS managed policies are listed only when attached to
 * something in this account, customer managed ones always.
 */
export async function getAccountAuthorizationDetails(
  ctx: RequestContext,
  accountId: string,
  filter: readonly Entity[] | undefined,
): Promise<AccountAuthorizationDetails> {
  const wanted = new Set(filter?.length ? filter : Object.values(Entity));
  const { prisma } = ctx;
  const [users, groups, roles, policies] = await Promise.all([
    wanted.has(Entity.User)
      ? prisma.user.findMany({
          where: { accountId },
          orderBy: { userName: 'asc' },
          include: {
            inlinePolicies: inlinePolicy,
            attachedPolicies: attachedPolicy,
            groupMemberships: { select: { group: { select: { groupName: true } } }, orderBy: { group: { groupName: 'asc' } } },
            permissionsBoundary: boundary,
            tags: tag,
          },
        })
      : [],
    wanted.has(Entity.Group)
      ? prisma.group.findMany({ where: { accountId }, orderBy: { groupName: 'asc' }, include: { inlinePolicies: inlinePolicy, attachedPolicies: attachedPolicy } })
      : [],
    wanted.has(Entity.Role)
      ? prisma.role.findMany({
          where: { accountId },
          orderBy: { roleName: 'asc' },
          include: { inlinePolicies: inlinePolicy, attachedPolicies: attachedPolicy, permissionsBoundary: boundary, tags: tag },
        })
      : [],
    findManagedPolicies(ctx, accountId, wanted),
  ]);
  return {
    userDetailList: users.map((user) => ({
      userName: user.userName,
      userId: user.id,
      arn: user.arn,
      path: user.path,
      createDate: user.createDate,
      userPolicyList: user.inlinePolicies,
      groupList: user.groupMemberships.map((membership) => membership.group.groupName),
      attachedManagedPolicies: toAttached(user.attachedPolicies),
      permissionsBoundary: toBoundary(user.permissionsBoundary),
      tags: user.tags,
    })),
    groupDetailList: groups.map((group) => ({
      groupName: group.groupName,
      groupId: group.id,
      arn: group.arn,
      path: group.path,
      createDate: group.createDate,
      groupPolicyList: group.inlinePolicies,
      attachedManagedPolicies: toAttached(group.attachedPolicies),
    })),
    roleDetailList: roles.map((role) => ({
      roleName: role.roleName,
      roleId: role.id,
      arn: role.arn,
      path: role.path,
      createDate: role.createDate,
      assumeRolePolicyDocument: role.assumeRolePolicyDocument,
      rolePolicyList: role.inlinePolicies,
      attachedManagedPolicies: toAttached(role.attachedPolicies),
      permissionsBoundary: toBoundary(role.permissionsBoundary),
      tags: role.tags,
    })),
    policies,
  };
}

async function findManagedPolicies(ctx: RequestContext, accountId: string, wanted: ReadonlySet<Entity>): Promise<ManagedPolicyDetail[]> {
  // Attachments and boundary uses are counted within this account only: AWS managed policies are shared.
  const inAccount = {
    userAttachments: { where: { user: { accountId } } },
    groupAttachments: { where: { group: { accountId } } },
    roleAttachments: { where: { role: { accountId } } },
    userBoundaryOf: { where: { accountId } },
    roleBoundaryOf: { where: { accountId } },
  } satisfies Prisma.ManagedPolicyCountOutputTypeSelect;
  const attachedHere = {
    OR: [
      { userAttachments: { some: { user: { accountId } } } },
      { groupAttachments: { some: { group: { accountId } } } },
      { roleAttachments: { some: { role: { accountId } } } },
    ],
  } satisfies Prisma.ManagedPolicyWhereInput;
  const kinds: Prisma.ManagedPolicyWhereInput[] = [
    ...(wanted.has(Entity.LocalManagedPolicy) ? [{ accountId }] : []),
    ...(wanted.has(Entity.AWSManagedPolicy) ? [{ accountId: null, ...attachedHere }] : []),
  ];
  if (kinds.length === 0) return [];
  const rows = await ctx.prisma.managedPolicy.findMany({
    where: { OR: kinds },
    orderBy: { arn: 'asc' },
    include: { versions: { orderBy: { createDate: 'asc' } }, _count: { select: inAccount } },
  });
  return rows.map((policy) => ({
    policyName: policy.policyName,
    policyId: policy.id,
    arn: policy.arn,
    path: policy.path,
    defaultVersionId: policy.defaultVersionId,
    attachmentCount: policy._count.userAttachments + policy._count.groupAttachments + policy._count.roleAttachments,
    permissionsBoundaryUsageCount: policy._count.userBoundaryOf + policy._count.roleBoundaryOf,
    isAttachable: policy.isAttachable,
    description: policy.description,
    createDate: policy.createDate,
    updateDate: policy.updateDate,
    policyVersionList: policy.versions.map((version) => ({
      versionId: version.versionId,
      document: version.document,
      isDefaultVersion: version.versionId === policy.defaultVersionId,
      createDate: version.createDate,
    })),
  }));
}
