import { newUniqueId, policyArn, type ManagedPolicy, type PolicyTag, type Prisma } from '@gatehouse/db';
import { auditedTransaction } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { entityAlreadyExists, limitExceeded } from '../../errors/iam-error';
import { paginate, type Page } from '../../graphql/connections';
import { assertNoDeleteConflict } from '../delete-conflict';
import { paginateBy, underPath } from '../ordered-list';
import { policyTags } from '../tags/resource-tags';
import { assertTagKeysAllowed } from '../tags/tag-rules';
import { PolicyScopeType, PolicyUsageType, type CreatePolicyInput, type ListPoliciesArgs, type TagPolicyInput, type UntagPolicyInput } from './policies.inputs';
import { assertValidPolicyDocument } from './policy-document';
import { noSuchPolicy, requireCustomerPolicy } from './policy-lookup';

// Every function takes the account it acts in: customer managed policies of other accounts are never visible,
// AWS managed policies (no account) are visible to every account and changed by none.

/** Keyset of policy lists: names may repeat across an account and AWS (`AdministratorAccess`), so the id breaks ties. */
type PolicyKey = [policyName: string, policyId: string];
const isPolicyKey = (value: unknown): value is PolicyKey =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');

/** Pages through managed policies matching `where`, in name order. */
export function paginatePolicies(
  ctx: RequestContext,
  where: Prisma.ManagedPolicyWhereInput,
  options: { first: number; after?: string | null },
): Promise<Page<ManagedPolicy>> {
  return paginate({
    first: options.first,
    after: options.after,
    isKey: isPolicyKey,
    keyOf: (policy): PolicyKey => [policy.policyName, policy.id],
    fetch: (limit, afterKey) =>
      ctx.prisma.managedPolicy.findMany({
        where: afterKey
          ? { AND: [where, { OR: [{ policyName: { gt: afterKey[0] } }, { policyName: afterKey[0], id: { gt: afterKey[1] } }] }] }
          : where,
        orderBy: [{ policyName: 'asc' }, { id: 'asc' }],
        take: limit,
      }),
    countTotal: () => ctx.prisma.managedPolicy.count({ where }),
  });
}

export async function getPolicy(ctx: RequestContext, policyArn: string): Promise<ManagedPolicy> {
  const policy = await ctx.loaders.policies.policyByArn.load(policyArn);
  if (!policy) throw noSuchPolicy(policyArn);
  return policy;
}

/** The account's users, groups and roles that have the policy attached (AWS AttachmentCount > 0). */
export function attachedInAccount(accountId: string): Prisma.ManagedPolicyWhereInput {
  return {
    OR: [
      { userAttachments: { some: { user: { accountId } } } },
      { groupAttachments: { some: { group: { accountId } } } },
      { roleAttachments: { some: { role: { accountId } } } },
    ],
  };
}

/** The account's users and roles that have the policy as their permissions boundary. */
export function boundaryInAccount(accountId: string): Prisma.ManagedPolicyWhereInput {
  return { OR: [{ userBoundaryOf: { some: { accountId } } }, { roleBoundaryOf: { some: { accountId } } }] };
}

/**
 * AWS ListPolicies. `onlyAttached` keeps the policies attached to an entity of the account; `policyUsageFilter`
 * keeps those the account uses that way (attached as a permissions policy, or set as a boundary).
 */
export function listPolicies(ctx: RequestContext, accountId: string, args: ListPoliciesArgs): Promise<Page<ManagedPolicy>> {
  const scope: Prisma.ManagedPolicyWhereInput =
    args.scope === PolicyScopeType.AWS ? { accountId: null } : args.scope === PolicyScopeType.Local ? { accountId } : { OR: [{ accountId }, { accountId: null }] };
  const filters: Prisma.ManagedPolicyWhereInput[] = [scope];
  if (args.pathPrefix) filters.push(underPath(args.pathPrefix));
  if (args.onlyAttached || args.policyUsageFilter === PolicyUsageType.PermissionsPolicy) filters.push(attachedInAccount(accountId));
  if (args.policyUsageFilter === PolicyUsageType.PermissionsBoundary) filters.push(boundaryInAccount(accountId));
  return paginatePolicies(ctx, { AND: filters }, args);
}

/** AWS CreatePolicy: the document becomes version v1, the default; it is validated first (6,144 characters at most). */
export function createPolicy(ctx: RequestContext, accountId: string, input: CreatePolicyInput): Promise<ManagedPolicy> {
  const path = input.path ?? '/';
  const tags = input.tags ?? [];
  assertTagKeysAllowed(tags.map((tag) => tag.key));
  assertValidPolicyDocument(input.policyDocument, { kind: 'identity', field: 'input.policyDocument' });
  const arn = policyArn(accountId, path, input.policyName);
  return auditedTransaction(ctx, { eventName: 'CreatePolicy', resources: [arn], requestParameters: { ...input, path } }, async (tx) => {
    if (await tx.managedPolicy.findUnique({ where: { accountId_policyName: { accountId, policyName: input.policyName } } })) {
      throw entityAlreadyExists('policy', input.policyName);
    }
    const quota = ctx.config.quotas.policiesPerAccount;
    if ((await tx.managedPolicy.count({ where: { accountId } })) >= quota) throw limitExceeded('PoliciesPerAccount', quota);
    return tx.managedPolicy.create({
      data: {
        id: newUniqueId('managedPolicy'),
        accountId,
        path,
        policyName: input.policyName,
        arn,
        description: input.description ?? null,
        defaultVersionId: 'v1',
        lastVersionNumber: 1,
        versions: { create: { versionId: 'v1', document: input.policyDocument } },
        tags: { create: tags.map(({ key, value }) => ({ key, value })) },
      },
    });
  });
}

/**
 * AWS DeletePolicy refuses while the policy is attached to any user, group or role, is a permissions boundary, or
 * has versions besides the default (which goes with the policy).
 */
export function deletePolicy(ctx: RequestContext, accountId: string, policyArn: string): Promise<ManagedPolicy> {
  return auditedTransaction(ctx, { eventName: 'DeletePolicy', resources: [policyArn], requestParameters: { policyArn } }, async (tx) => {
    const policy = await requireCustomerPolicy(tx, accountId, policyArn);
    const { _count: count } = await tx.managedPolicy.findUniqueOrThrow({
      where: { id: policy.id },
      select: {
        _count: { select: { userAttachments: true, groupAttachments: true, roleAttachments: true, userBoundaryOf: true, roleBoundaryOf: true, versions: true } },
      },
    });
    assertNoDeleteConflict([
      count.userAttachments + count.groupAttachments + count.roleAttachments > 0 && { kind: 'Attachments', step: 'detach the policy from every user, group and role' },
      count.userBoundaryOf + count.roleBoundaryOf > 0 && { kind: 'PermissionsBoundaries', step: 'remove the policy as a permissions boundary' },
      count.versions > 1 && { kind: 'PolicyVersions', step: "delete the policy's non-default versions" },
    ]);
    await tx.managedPolicy.delete({ where: { id: policy.id } });
    return policy;
  });
}

/** AWS TagPolicy: adds tags and overwrites the values of keys the policy already has. */
export function tagPolicy(ctx: RequestContext, accountId: string, input: TagPolicyInput): Promise<ManagedPolicy> {
  assertTagKeysAllowed(input.tags.map((tag) => tag.key));
  return auditedTransaction(ctx, { eventName: 'TagPolicy', resources: [input.policyArn], requestParameters: { ...input } }, async (tx) => {
    const policy = await requireCustomerPolicy(tx, accountId, input.policyArn);
    await policyTags.add(tx, policy.id, input.tags, ctx.config.quotas.tagsPerResource);
    return policy;
  });
}

/** AWS UntagPolicy: keys the policy does not have are ignored. */
export function untagPolicy(ctx: RequestContext, accountId: string, input: UntagPolicyInput): Promise<ManagedPolicy> {
  return auditedTransaction(ctx, { eventName: 'UntagPolicy', resources: [input.policyArn], requestParameters: { ...input } }, async (tx) => {
    const policy = await requireCustomerPolicy(tx, accountId, input.policyArn);
    await policyTags.remove(tx, policy.id, input.tagKeys);
    return policy;
  });
}

export async function listPolicyTags(ctx: RequestContext, options: { policyArn: string; first: number; after?: string | null }): Promise<Page<PolicyTag>> {
  const policy = await getPolicy(ctx, options.policyArn);
  return paginateBy(ctx.prisma.policyTag, 'key', { policyId: policy.id }, options);
}
