import type { InlinePolicyOwner } from '@gatehouse/evaluator';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError } from '../../errors/iam-error';
import { paginate, type Page } from '../../graphql/connections';
import { requireIdentity } from '../identities';
import { assertValidPolicyDocument } from '../policies/policy-document';

interface Owner {
  id: string;
  arn: string;
}

interface StoredInlinePolicy {
  policyName: string;
  policyDocument: string;
}

/** What differs between a user's, a group's and a role's inline policies: the tables, AWS's names and size quota. */
interface InlinePolicyOwnerKind {
  kind: InlinePolicyOwner;
  /** AWS's aggregate quota on the owner's inline policies, in characters without white space. */
  aggregateSizeQuota: number;
  eventName: { put: string; delete: string };
  policies(tx: Tx, ownerId: string, options?: { afterPolicyName?: string; take?: number }): Promise<StoredInlinePolicy[]>;
  count(tx: Tx, ownerId: string): Promise<number>;
  upsert(tx: Tx, ownerId: string, policy: StoredInlinePolicy): Promise<unknown>;
  /** The number of policies removed (0 or 1). */
  remove(tx: Tx, ownerId: string, policyName: string): Promise<number>;
}

const afterName = (options?: { afterPolicyName?: string }) =>
  options?.afterPolicyName === undefined ? {} : { policyName: { gt: options.afterPolicyName } };

export const inlinePolicyOwners = {
  user: {
    kind: 'user',
    aggregateSizeQuota: 2048,
    eventName: { put: 'PutUserPolicy', delete: 'DeleteUserPolicy' },
    policies: (tx, userId, options) => tx.userPolicy.findMany({ where: { userId, ...afterName(options) }, orderBy: { policyName: 'asc' }, take: options?.take }),
    count: (tx, userId) => tx.userPolicy.count({ where: { userId } }),
    upsert: (tx, userId, policy) =>
      tx.userPolicy.upsert({ where: { userId_policyName: { userId, policyName: policy.policyName } }, create: { userId, ...policy }, update: policy }),
    remove: async (tx, userId, policyName) => (await tx.userPolicy.deleteMany({ where: { userId, policyName } })).count,
  },
  group: {
    kind: 'group',
    aggregateSizeQuota: 5120,
    eventName: { put: 'PutGroupPolicy', delete: 'DeleteGroupPolicy' },
    policies: (tx, groupId, options) => tx.groupPolicy.findMany({ where: { groupId, ...afterName(options) }, orderBy: { policyName: 'asc' }, take: options?.take }),
    count: (tx, groupId) => tx.groupPolicy.count({ where: { groupId } }),
    upsert: (tx, groupId, policy) =>
      tx.groupPolicy.upsert({ where: { groupId_policyName: { groupId, policyName: policy.policyName } }, create: { groupId, ...policy }, update: policy }),
    remove: async (tx, groupId, policyName) => (await tx.groupPolicy.deleteMany({ where: { groupId, policyName } })).count,
  },
  role: {
    kind: 'role',
    aggregateSizeQuota: 10240,
    eventName: { put: 'PutRolePolicy', delete: 'DeleteRolePolicy' },
    policies: (tx, roleId, options) => tx.rolePolicy.findMany({ where: { roleId, ...afterName(options) }, orderBy: { policyName: 'asc' }, take: options?.take }),
    count: (tx, roleId) => tx.rolePolicy.count({ where: { roleId } }),
    upsert: (tx, roleId, policy) =>
      tx.rolePolicy.upsert({ where: { roleId_policyName: { roleId, policyName: policy.policyName } }, create: { roleId, ...policy }, update: policy }),
    remove: async (tx, roleId, policyName) => (await tx.rolePolicy.deleteMany({ where: { roleId, policyName } })).count,
  },
} satisfies Record<InlinePolicyOwner, InlinePolicyOwnerKind>;

/** AWS counts policy sizes in characters other than white space. */
function sizeWithoutWhitespace(document: string): number {
  return document.replace(/[ \t\r\n]/g, '').length;
}

function noSuchInlinePolicy(owner: InlinePolicyOwnerKind, name: string, policyName: string): IamError {
  return new IamError('NoSuchEntity', `The ${owner.kind} policy with name ${policyName} cannot be found for ${owner.kind} ${name}.`);
}

/**
 * AWS PutUserPolicy and its kin: adds the policy or replaces the one of that name. The document is validated for
 * the owner's kind, and all of the owner's inline policies together must stay within its aggregate size quota.
 */
export function putInlinePolicy(
  ctx: RequestContext,
  accountId: string,
  owner: InlinePolicyOwnerKind,
  input: { name: string; policyName: string; policyDocument: string },
): Promise<StoredInlinePolicy & { ownerArn: string }> {
  assertValidPolicyDocument(input.policyDocument, { kind: 'identity', inlineOwner: owner.kind, field: 'input.policyDocument' });
  return auditedTransaction(
    ctx,
    { eventName: owner.eventName.put, resources: (policy) => [policy.ownerArn], requestParameters: { [`${owner.kind}Name`]: input.name, ...input } },
    async (tx) => {
      const found = await requireIdentity(tx, owner.kind, accountId, input.name);
      const others = (await owner.policies(tx, found.id)).filter((policy) => policy.policyName !== input.policyName);
      const total = [...others.map((policy) => policy.policyDocument), input.policyDocument].reduce((sum, text) => sum + sizeWithoutWhitespace(text), 0);
      if (total > owner.aggregateSizeQuota) {
        throw new IamError('LimitExceeded', `Maximum policy size of ${owner.aggregateSizeQuota} bytes exceeded for ${owner.kind} ${input.name}`);
      }
      const policy = { policyName: input.policyName, policyDocument: input.policyDocument };
      await owner.upsert(tx, found.id, policy);
      return { ...policy, ownerArn: found.arn };
    },
  );
}

export async function getInlinePolicy(
  ctx: RequestContext,
  accountId: string,
  owner: InlinePolicyOwnerKind,
  input: { name: string; policyName: string },
): Promise<StoredInlinePolicy> {
  const found = await requireIdentity(ctx.prisma, owner.kind, accountId, input.name);
  const [policy] = (await owner.policies(ctx.prisma, found.id)).filter((stored) => stored.policyName === input.policyName);
  if (!policy) throw noSuchInlinePolicy(owner, input.name, input.policyName);
  return policy;
}

export function deleteInlinePolicy(
  ctx: RequestContext,
  accountId: string,
  owner: InlinePolicyOwnerKind,
  input: { name: string; policyName: string },
): Promise<Owner> {
  return auditedTransaction(
    ctx,
    { eventName: owner.eventName.delete, resources: (found) => [found.arn], requestParameters: { [`${owner.kind}Name`]: input.name, policyName: input.policyName } },
    async (tx) => {
      const found = await requireIdentity(tx, owner.kind, accountId, input.name);
      if ((await owner.remove(tx, found.id, input.policyName)) === 0) throw noSuchInlinePolicy(owner, input.name, input.policyName);
      return found;
    },
  );
}

/** AWS ListUserPolicies and its kin, in name order. */
export async function listInlinePolicies(
  ctx: RequestContext,
  accountId: string,
  owner: InlinePolicyOwnerKind,
  options: { name: string; first: number; after?: string | null },
): Promise<Page<StoredInlinePolicy>> {
  const found = await requireIdentity(ctx.prisma, owner.kind, accountId, options.name);
  return paginate({
    first: options.first,
    after: options.after,
    isKey: (value): value is string => typeof value === 'string',
    keyOf: (policy) => policy.policyName,
    fetch: (take, afterPolicyName) => owner.policies(ctx.prisma, found.id, { afterPolicyName, take }),
    countTotal: () => owner.count(ctx.prisma, found.id),
  });
}
