import type { RequestContext } from '../../context';
import type { GoverningPolicy as StoredPolicy } from '../../principals/governing-policies';
import { governingPoliciesByArn } from '../../principals/principal-by-arn';
import { PolicySourceType } from '../simulator/simulator.type';
import type { GoverningPolicy, PrincipalPolicies } from './principal-policies.type';

function toGraphQL(policy: StoredPolicy): GoverningPolicy {
  return {
    policyName: policy.policyName,
    policyArn: policy.policyArn,
    policyType: PolicySourceType[policy.source],
    groupName: policy.viaGroup?.groupName ?? null,
    policyDocument: policy.document,
  };
}

/** The governing policies of a user, group or role of the caller's account, as the console's permissions views show them. */
export async function getPrincipalPolicies(ctx: RequestContext, accountId: string, principalArn: string): Promise<PrincipalPolicies> {
  const governing = await governingPoliciesByArn(ctx.prisma, ctx.governingPolicies, accountId, principalArn, 'principalArn');
  return {
    principalArn: governing.principal.arn,
    identityPolicies: governing.identityPolicies.map(toGraphQL),
    permissionsBoundary: governing.permissionsBoundary && toGraphQL(governing.permissionsBoundary),
    groupList: governing.groups.map((group) => group.groupName),
    tags: governing.tags,
  };
}
