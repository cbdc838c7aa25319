import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { CreatePolicyVersionInput, PolicyConnectionArgs, PolicyVersionArgs, PolicyVersionInput } from './policies.inputs';
import { PolicyVersion, PolicyVersionConnection } from './policy-version.type';
import * as versions from './policy-versions.service';

@Resolver(() => PolicyVersion)
export class PolicyVersionsResolver {
  @Query(() => PolicyVersion)
  @IamOperation<PolicyVersionArgs>('iam:GetPolicyVersion', ({ args }) => args.policyArn)
  getPolicyVersion(@Args(() => PolicyVersionArgs) args: PolicyVersionArgs, @Ctx() ctx: RequestContext): Promise<PolicyVersion> {
    return versions.getPolicyVersion(ctx, args.policyArn, args.versionId);
  }

  @Query(() => PolicyVersionConnection, { complexity: connectionComplexity, description: 'Newest first.' })
  @IamOperation<PolicyConnectionArgs>('iam:ListPolicyVersions', ({ args }) => args.policyArn)
  listPolicyVersions(@Args(() => PolicyConnectionArgs) args: PolicyConnectionArgs, @Ctx() ctx: RequestContext): Promise<Page<PolicyVersion>> {
    return versions.listPolicyVersions(ctx, args);
  }

  @Mutation(() => PolicyVersion)
  @IamOperation<{ input: CreatePolicyVersionInput }>('iam:CreatePolicyVersion', ({ args }) => args.input.policyArn)
  createPolicyVersion(@Arg('input', () => CreatePolicyVersionInput) input: CreatePolicyVersionInput, @Ctx() ctx: RequestContext): Promise<PolicyVersion> {
    return versions.createPolicyVersion(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => PolicyVersion, { description: 'The version that is now the default.' })
  @IamOperation<{ input: PolicyVersionInput }>('iam:SetDefaultPolicyVersion', ({ args }) => args.input.policyArn)
  setDefaultPolicyVersion(@Arg('input', () => PolicyVersionInput) input: PolicyVersionInput, @Ctx() ctx: RequestContext): Promise<PolicyVersion> {
    return versions.setDefaultPolicyVersion(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once the version is deleted.' })
  @IamOperation<{ input: PolicyVersionInput }>('iam:DeletePolicyVersion', ({ args }) => args.input.policyArn)
  async deletePolicyVersion(@Arg('input', () => PolicyVersionInput) input: PolicyVersionInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await versions.deletePolicyVersion(ctx, requireCaller(ctx.caller).accountId, input);
    return true;
  }
}
