import type { ManagedPolicy, Prisma } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError, limitExceeded } from '../../errors/iam-error';
import type { Page } from '../../graphql/connections';
import type { AttachedPolicy } from '../accounts/authorization-details.type';
import { requireIdentity, type IdentityKind } from '../identities';
import { underPath } from '../ordered-list';
import { paginatePolicies } from './policies.service';
import { requireAttachablePolicy } from './policy-lookup';

/** How attaching to a user, a group or a role is done: the attachment table and AWS's names. */
interface AttachmentTarget {
  entity: IdentityKind;
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

/** The part of the UserPolicyAttachment, GroupPolicyAttachment and RolePolicyAttachment delegates used here. */
interface AttachmentTable<TOwnerColumn extends string> {
  count(args: { where: Record<string, string> }): PromiseLike<number>;
  create(args: { data: Record<TOwnerColumn | 'policyId', string> }): PromiseLike<unknown>;
  deleteMany(args: { where: Record<TOwnerColumn | 'policyId', string> }): PromiseLike<{ count: number }>;
}

/** Each attachment table keys its rows by the owner's id in `<entity>Id` and the policy's in `policyId`. */
function attachmentTarget<TEntity extends IdentityKind>(
  entity: TEntity,
  table: (tx: Tx) => AttachmentTable<`${TEntity}Id`>,
  attachedTo: (ownerId: string) => Prisma.ManagedPolicyWhereInput,
): AttachmentTarget {
  const kind = entity.charAt(0).toUpperCase() + entity.slice(1);
  // A computed key is typed as any string: the cast restores the column name it is.
  const row = (ownerId: string, policyId: string) => ({ [`${entity}Id`]: ownerId, policyId }) as Record<`${TEntity}Id` | 'policyId', string>;
  return {
    entity,
    quotaName: `PoliciesPer${kind}`,
    eventName: { attach: `Attach${kind}Policy`, detach: `Detach${kind}Policy` },
    count: async (tx, ownerId) => table(tx).count({ where: { [`${entity}Id`]: ownerId } }),
    isAttached: async (tx, ownerId, policyId) => (await table(tx).count({ where: row(ownerId, policyId) })) > 0,
    attach: async (tx, ownerId, policyId) => table(tx).create({ data: row(ownerId, policyId) }),
    detach: async (tx, ownerId, policyId) => (await table(tx).deleteMany({ where: row(ownerId, policyId) })).count,
    attachedTo,
  };
}

export const attachmentTargets = {
  user: attachmentTarget('user', (tx) => tx.userPolicyAttachment, (userId) => ({ userAttachments: { some: { userId } } })),
  group: attachmentTarget('group', (tx) => tx.groupPolicyAttachment, (groupId) => ({ groupAttachments: { some: { groupId } } })),
  role: attachmentTarget('role', (tx) => tx.rolePolicyAttachment, (roleId) => ({ roleAttachments: { some: { roleId } } })),
} satisfies Record<IdentityKind, AttachmentTarget>;

interface AttachmentInput {
  /** The user's, group's or role's name. */
  name: string;
  policyArn: string;
}

/** The audit event of an attach or detach: AWS's request parameters (`userName`, `policyArn`, …), the policy's ARN. */
function attachmentChange(eventName: string, target: AttachmentTarget, input: AttachmentInput) {
  return { eventName, resources: [input.policyArn], requestParameters: { [`${target.entity}Name`]: input.name, policyArn: input.policyArn } };
}

/**
 * AWS AttachUserPolicy, AttachGroupPolicy, AttachRolePolicy: customer managed policies of the account and every AWS
 * managed policy; attaching twice changes nothing; at most `attachedPoliciesPerIdentity` per identity.
 */
export function attachPolicy(
  ctx: RequestContext,
  accountId: string,
  target: AttachmentTarget,
  input: AttachmentInput,
): Promise<ManagedPolicy> {
  return auditedTransaction(
    ctx,
    attachmentChange(target.eventName.attach, target, input),
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
  input: AttachmentInput,
): Promise<ManagedPolicy> {
  return auditedTransaction(
    ctx,
    attachmentChange(target.eventName.detach, target, input),
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
