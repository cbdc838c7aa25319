import type { ManagedPolicy, Prisma } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError, limitExceeded, type IamEntityKind } from '../../errors/iam-error';
import type { Page } from '../../graphql/connections';
import type { AttachedPolicy } from '../accounts/authorization-details.type';
import { requireIdentity } from '../identities';
import { underPath } from '../ordered-list';
import { paginatePolicies } from './policies.service';
import { requireAttachablePolicy } from './policy-lookup';

/** What differs between attaching to a user, a group and a role: the tables and AWS's names. */
interface AttachmentTarget {
  entity: Extract<IamEntityKind, 'user' | 'group' | 'role'>;
  /** AWS's quota names: PoliciesPerUser, PoliciesPerGroup, PoliciesPerRole. */
  quotaName: string;
  eventName: { attach: string; detach: string };
  count(tx: Tx, ownerId: string): Promise<number>;
  isAttached(tx: Tx, ownerId: string, policyId: string): Promise<boolean>;
  attach(tx: Tx, ownerId: string, policyId: string): Promise<unknown>;
  /** The number of attachments removed (0 or 1). */
  detach(tx: Tx, ownerId: string, policyId: string): Promise<number>;
  /** Policies attached to the owner, for ListAttachedXPolicies. */
  attachedTo(ownerId: string): Prisma.ManagedPolicyWhereInput;
}

export const attachmentTargets = {
  user: {
    entity: 'user',
    quotaName: 'PoliciesPerUser',
    eventName: { attach: 'AttachUserPolicy', detach: 'DetachUserPolicy' },
    count: (tx, userId) => tx.userPolicyAttachment.count({ where: { userId } }),
    isAttached: async (tx, userId, policyId) => (await tx.userPolicyAttachment.count({ where: { userId, policyId } })) > 0,
    attach: (tx, userId, policyId) => tx.userPolicyAttachment.create({ data: { userId, policyId } }),
    detach: async (tx, userId, policyId) => (await tx.userPolicyAttachment.deleteMany({ where: { userId, policyId } })).count,
    attachedTo: (userId) => ({ userAttachments: { some: { userId } } }),
  },
  group: {
    entity: 'group',
    quotaName: 'PoliciesPerGroup',
    eventName: { attach: 'AttachGroupPolicy', detach: 'DetachGroupPolicy' },
    count: (tx, groupId) => tx.groupPolicyAttachment.count({ where: { groupId } }),
    isAttached: async (tx, groupId, policyId) => (await tx.groupPolicyAttachment.count({ where: { groupId, policyId } })) > 0,
    attach: (tx, groupId, policyId) => tx.groupPolicyAttachment.create({ data: { groupId, policyId } }),
    detach: async (tx, groupId, policyId) => (await tx.groupPolicyAttachment.deleteMany({ where: { groupId, policyId } })).count,
    attachedTo: (groupId) => ({ groupAttachments: { some: { groupId } } }),
  },
  role: {
    entity: 'role',
    quotaName: 'PoliciesPerRole',
    eventName: { attach: 'AttachRolePolicy', detach: 'DetachRolePolicy' },
    count: (tx, roleId) => tx.rolePolicyAttachment.count({ where: { roleId } }),
    isAttached: async (tx, roleId, policyId) => (await tx.rolePolicyAttachment.count({ where: { roleId, policyId } })) > 0,
    attach: (tx, roleId, policyId) => tx.rolePolicyAttachment.create({ data: { roleId, policyId } }),
    detach: async (tx, roleId, policyId) => (await tx.rolePolicyAttachment.deleteMany({ where: { roleId, policyId } })).count,
    attachedTo: (roleId) => ({ roleAttachments: { some: { roleId } } }),
  },
} satisfies Record<string, AttachmentTarget>;

/**
 * AWS AttachUserPolicy, AttachGroupPolicy, AttachRolePolicy: customer managed policies of the account and every AWS
 * managed policy; attaching twice changes nothing; at most `attachedPoliciesPerIdentity` per identity.
 */
export function attachPolicy(
  ctx: RequestContext,
  accountId: string,
  target: AttachmentTarget,
  input: { name: string; policyArn: string },
): Promise<ManagedPolicy> {
  return auditedTransaction(
    ctx,
    { eventName: target.eventName.attach, resources: [input.policyArn], requestParameters: { [`${target.entity}Name`]: input.name, policyArn: input.policyArn } },
    async (tx) => {
      const owner = await requireIdentity(tx, target.entity, accountId, input.name);
      const policy = await requireAttachablePolicy(tx, accountId, input.policyArn);
      if (await target.isAttached(tx, owner.id, policy.id)) return policy;
      const quota = ctx.config.quotas.attachedPoliciesPerIdentity;
      if ((await target.count(tx, owner.id)) >= quota) throw limitExceeded(target.quotaName, quota);
      await target.attach(tx, owner.id, policy.id);
      return policy;
    },
  );
}

/** AWS DetachXPolicy: a policy that is not attached is NoSuchEntity ("Policy … was not found."). */
export function detachPolicy(
  ctx: RequestContext,
  accountId: string,
  target: AttachmentTarget,
  input: { name: string; policyArn: string },
): Promise<ManagedPolicy> {
  return auditedTransaction(
    ctx,
    { eventName: target.eventName.detach, resources: [input.policyArn], requestParameters: { [`${target.entity}Name`]: input.name, policyArn: input.policyArn } },
    async (tx) => {
      const owner = await requireIdentity(tx, target.entity, accountId, input.name);
      const policy = await tx.managedPolicy.findUnique({ where: { arn: input.policyArn } });
      if (!policy || (await target.detach(tx, owner.id, policy.id)) === 0) {
        throw new IamError('NoSuchEntity', `Policy ${input.policyArn} was not found.`);
      }
      return policy;
    },
  );
}

/** AWS ListAttachedUserPolicies and its kin, in name order, optionally under a path prefix. */
export async function listAttachedPolicies(
  ctx: RequestContext,
  accountId: string,
  target: AttachmentTarget,
  options: { name: string; pathPrefix?: string; first: number; after?: string | null },
): Promise<Page<AttachedPolicy>> {
  const owner = await requireIdentity(ctx.prisma, target.entity, accountId, options.name);
  const where: Prisma.ManagedPolicyWhereInput = {
    ...target.attachedTo(owner.id),
    ...underPath(options.pathPrefix),
  };
  const page = await paginatePolicies(ctx, where, options);
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: { policyName: node.policyName, policyArn: node.arn } })) };
}
