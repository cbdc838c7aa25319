import type { PolicyVersion as PolicyVersionRow } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError } from '../../errors/iam-error';
import { paginate, type Page } from '../../graphql/connections';
import type { LoadedPolicyVersion } from './policies.loaders';
import { getPolicy } from './policies.service';
import type { CreatePolicyVersionInput, PolicyVersionInput } from './policies.inputs';
import { assertValidPolicyDocument } from './policy-document';
import { requireCustomerPolicy } from './policy-lookup';

/** `v12` → 12: versions sort by number, not as text. */
function versionNumber(versionId: string): number {
  return Number.parseInt(versionId.slice(1), 10);
}

function noSuchVersion(policyArn: string, versionId: string): IamError {
  return new IamError('NoSuchEntity', `Policy ${policyArn} version ${versionId} does not exist or is not attachable.`);
}

export async function getPolicyVersion(ctx: RequestContext, policyArn: string, versionId: string): Promise<LoadedPolicyVersion> {
  const policy = await getPolicy(ctx, policyArn);
  const version = await ctx.loaders.policies.policyVersion.load({ policyId: policy.id, versionId });
  if (!version) throw noSuchVersion(policyArn, versionId);
  return version;
}

/** AWS ListPolicyVersions: newest first. A policy has at most a handful of versions, so they are sorted here. */
export async function listPolicyVersions(
  ctx: RequestContext,
  options: { policyArn: string; first: number; after?: string | null },
): Promise<Page<LoadedPolicyVersion>> {
  const policy = await getPolicy(ctx, options.policyArn);
  const all = async () =>
    (await ctx.prisma.policyVersion.findMany({ where: { policyId: policy.id } }))
      .map((version) => ({ ...version, isDefaultVersion: version.versionId === policy.defaultVersionId }))
      .sort((a, b) => versionNumber(b.versionId) - versionNumber(a.versionId));
  return paginate({
    first: options.first,
    after: options.after,
    isKey: (value): value is number => Number.isInteger(value),
    keyOf: (version) => versionNumber(version.versionId),
    fetch: async (limit, afterNumber) =>
      (await all()).filter((version) => afterNumber === undefined || versionNumber(version.versionId) < afterNumber).slice(0, limit),
    countTotal: () => ctx.prisma.policyVersion.count({ where: { policyId: policy.id } }),
  });
}

/**
 * AWS CreatePolicyVersion: numbered after the highest number ever used; at most `versionsPerPolicy` versions. Two
 * concurrent creates both update the policy row, so the serializable transaction lets one win and retries the
 * other, which then sees the winner's version (and, at the quota, is refused).
 */
export function createPolicyVersion(ctx: RequestContext, accountId: string, input: CreatePolicyVersionInput): Promise<LoadedPolicyVersion> {
  assertValidPolicyDocument(input.policyDocument, { kind: 'identity', field: 'input.policyDocument' });
  return auditedTransaction(ctx, { eventName: 'CreatePolicyVersion', resources: [input.policyArn], requestParameters: { ...input } }, async (tx) => {
    const policy = await requireCustomerPolicy(tx, accountId, input.policyArn);
    const quota = ctx.config.quotas.versionsPerPolicy;
    if ((await tx.policyVersion.count({ where: { policyId: policy.id } })) >= quota) {
      throw new IamError(
        'LimitExceeded',
        `A managed policy can have up to ${quota} versions. Before you create a new version, you must delete an existing version.`,
      );
    }
    const lastVersionNumber = policy.lastVersionNumber + 1;
    const versionId = `v${lastVersionNumber}`;
    const version = await tx.policyVersion.create({ data: { policyId: policy.id, versionId, document: input.policyDocument } });
    await tx.managedPolicy.update({
      where: { id: policy.id },
      data: { lastVersionNumber, updateDate: new Date(), ...(input.setAsDefault ? { defaultVersionId: versionId } : {}) },
    });
    return { ...version, isDefaultVersion: input.setAsDefault };
  });
}

export function setDefaultPolicyVersion(ctx: RequestContext, accountId: string, input: PolicyVersionInput): Promise<LoadedPolicyVersion> {
  return auditedTransaction(ctx, { eventName: 'SetDefaultPolicyVersion', resources: [input.policyArn], requestParameters: { ...input } }, async (tx) => {
    const policy = await requireCustomerPolicy(tx, accountId, input.policyArn);
    const version = await requireVersion(tx, policy.id, input);
    await tx.managedPolicy.update({ where: { id: policy.id }, data: { defaultVersionId: version.versionId, updateDate: new Date() } });
    return { ...version, isDefaultVersion: true };
  });
}

/** AWS DeletePolicyVersion: the default version cannot be deleted (it goes only with the policy). */
export function deletePolicyVersion(ctx: RequestContext, accountId: string, input: PolicyVersionInput): Promise<PolicyVersionRow> {
  return auditedTransaction(ctx, { eventName: 'DeletePolicyVersion', resources: [input.policyArn], requestParameters: { ...input } }, async (tx) => {
    const policy = await requireCustomerPolicy(tx, accountId, input.policyArn);
    const version = await requireVersion(tx, policy.id, input);
    if (version.versionId === policy.defaultVersionId) {
      throw new IamError('DeleteConflict', 'Cannot delete the default version of a policy.', { conflicts: ['DefaultVersion'] });
    }
    await tx.policyVersion.delete({ where: { policyId_versionId: { policyId: policy.id, versionId: version.versionId } } });
    return version;
  });
}

async function requireVersion(tx: Tx, policyId: string, input: PolicyVersionInput): Promise<PolicyVersionRow> {
  const version = await tx.policyVersion.findUnique({ where: { policyId_versionId: { policyId, versionId: input.versionId } } });
  if (!version) throw noSuchVersion(input.policyArn, input.versionId);
  return version;
}
