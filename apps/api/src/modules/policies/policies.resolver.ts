import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { PolicyVersion } from './policy-version.type';
import { Policy } from './policy.type';

@Resolver(() => Policy)
export class PoliciesResolver {
  @FieldResolver(() => PolicyVersion, { description: 'The version in force, with its document.' })
  @IamOperation<unknown, Policy>('iam:GetPolicyVersion', ({ root }) => root.arn)
  defaultVersion(@Root() policy: Policy, @Ctx() ctx: RequestContext): Promise<PolicyVersion | null> {
    return ctx.loaders.policies.policyVersion.load({ policyId: policy.id, versionId: policy.defaultVersionId });
  }
}
