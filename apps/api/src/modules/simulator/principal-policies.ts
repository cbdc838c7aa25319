import { parseArn } from '@gatehouse/evaluator';
import type { Prisma } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import { invalidInput, noSuchEntity } from '../../errors/iam-error';
import { PolicySourceType } from './simulator.type';

/** A stored policy that takes part in a simulation, with where it came from for the matched statements. */
export interface SourcePolicy {
  sourcePolicyId: string;
  sourcePolicyType: PolicySourceType;
  document: string;
}

export interface PrincipalPolicies {
  /** The principal to simulate as (a group simulates as the group's ARN). */
  principalArn: string;
  identityPolicies: SourcePolicy[];
  permissionsBoundary: SourcePolicy | undefined;
}

const managedPolicy = { select: { policyName: true, accountId: true, defaultVersionId: true, versions: { select: { versionId: true, document: true } } } } as const;
type ManagedPolicyRow = Prisma.ManagedPolicyGetPayload<typeof managedPolicy>;

function fromManaged(policy: ManagedPolicyRow): SourcePolicy {
  const document = policy.versions.find((version) => version.versionId === policy.defaultVersionId)?.document ?? '';
  return {
    sourcePolicyId: policy.policyName,
    sourcePolicyType: policy.accountId === null ? PolicySourceType.aws_managed : PolicySourceType.user_managed,
    document,
  };
}

function fromInline(owner: PolicySourceType, rows: Array<{ policyName: string; policyDocument: string }>): SourcePolicy[] {
  return rows.map((row) => ({ sourcePolicyId: row.policyName, sourcePolicyType: owner, document: row.policyDocument }));
}

const groupPolicies = {
  attachedPolicies: { select: { policy: managedPolicy } },
  inlinePolicies: { select: { policyName: true, policyDocument: true } },
} as const;

/**
 * AWS SimulatePrincipalPolicy's policies for `policySourceArn`: a user's own managed and inline policies, its groups'
 * and its permissions boundary; a group's policies; a role's policies and boundary. Only this account's entities.
 */
export async function loadPrincipalPolicies(ctx: RequestContext, accountId: string, policySourceArn: string): Promise<PrincipalPolicies> {
  const arn = parseArn(policySourceArn);
  const [resourceType, ...rest] = arn?.resource.split('/') ?? [];
  const name = rest.at(-1);
  if (!arn || arn.service !== 'iam' || arn.accountId !== accountId || name === undefined) {
    throw invalidInput(`Invalid ARN ${policySourceArn}: it must name a user, group or role of this account.`, 'policySourceArn');
  }
  if (resourceType === 'user') {
    const user = await ctx.prisma.user.findUnique({
      where: { arn: policySourceArn },
      include: { ...groupPolicies, permissionsBoundary: managedPolicy, groupMemberships: { select: { group: { include: groupPolicies } } } },
    });
    if (!user) throw noSuchEntity('user', name);
    const groups = user.groupMemberships.map((membership) => membership.group);
    return {
      principalArn: user.arn,
      identityPolicies: [
        ...user.attachedPolicies.map((attachment) => fromManaged(attachment.policy)),
        ...fromInline(PolicySourceType.user, user.inlinePolicies),
        ...groups.flatMap((group) => [
          ...group.attachedPolicies.map((attachment) => fromManaged(attachment.policy)),
          ...fromInline(PolicySourceType.group, group.inlinePolicies),
        ]),
      ],
      permissionsBoundary: user.permissionsBoundary ? fromManaged(user.permissionsBoundary) : undefined,
    };
  }
  if (resourceType === 'group') {
    const group = await ctx.prisma.group.findUnique({ where: { arn: policySourceArn }, include: groupPolicies });
    if (!group) throw noSuchEntity('group', name);
    return {
      principalArn: group.arn,
      identityPolicies: [...group.attachedPolicies.map((attachment) => fromManaged(attachment.policy)), ...fromInline(PolicySourceType.group, group.inlinePolicies)],
      permissionsBoundary: undefined,
    };
  }
  if (resourceType === 'role') {
    const role = await ctx.prisma.role.findUnique({ where: { arn: policySourceArn }, include: { ...groupPolicies, permissionsBoundary: managedPolicy } });
    if (!role) throw noSuchEntity('role', name);
    return {
      principalArn: role.arn,
      identityPolicies: [...role.attachedPolicies.map((attachment) => fromManaged(attachment.policy)), ...fromInline(PolicySourceType.role, role.inlinePolicies)],
      permissionsBoundary: role.permissionsBoundary ? fromManaged(role.permissionsBoundary) : undefined,
    };
  }
  throw invalidInput(`Invalid ARN ${policySourceArn}: it must name a user, group or role of this account.`, 'policySourceArn');
}
