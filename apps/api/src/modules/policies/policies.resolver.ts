import { policyArn } from '@gatehouse/db';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../auth/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { requestTagConditionKeys, untagConditionKeys } from '../tags/tag-condition-keys';
import { createWithTags } from '../tags/tag-on-create';
import { Tag, TagConnection } from '../tags/tag.type';
import { CreatePolicyInput, DeletePolicyInput, ListPoliciesArgs, PolicyArnArgs, PolicyConnectionArgs, TagPolicyInput, UntagPolicyInput } from './policies.inputs';
import * as policies from './policies.service';
import { PolicyVersion } from './policy-version.type';
import { Policy, PolicyConnection } from './policy.type';

@Resolver(() => Policy)
export class PoliciesResolver {
  @Query(() => Policy)
  @IamOperation<PolicyArnArgs>('iam:GetPolicy', ({ args }) => args.policyArn)
  getPolicy(@Args(() => PolicyArnArgs) args: PolicyArnArgs, @Ctx() ctx: RequestContext): Promise<Policy> {
    return policies.getPolicy(ctx, args.policyArn);
  }

  @Query(() => PolicyConnection, { complexity: connectionComplexity, description: 'AWS ListPolicies: AWS managed and this account\'s customer managed policies.' })
  @IamOperation('iam:ListPolicies', () => '*')
  listPolicies(@Args(() => ListPoliciesArgs) args: ListPoliciesArgs, @Ctx() ctx: RequestContext): Promise<Page<Policy>> {
    return policies.listPolicies(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Query(() => TagConnection, { complexity: connectionComplexity })
  @IamOperation<PolicyConnectionArgs>('iam:ListPolicyTags', ({ args }) => args.policyArn)
  listPolicyTags(@Args(() => PolicyConnectionArgs) args: PolicyConnectionArgs, @Ctx() ctx: RequestContext): Promise<Page<Tag>> {
    return policies.listPolicyTags(ctx, args);
  }

  @Mutation(() => Policy)
  @IamOperation<{ input: CreatePolicyInput }>(
    'iam:CreatePolicy',
    ({ args, caller }) => policyArn(caller.accountId, args.input.path ?? '/', args.input.policyName),
    createWithTags('iam:TagPolicy'),
  )
  createPolicy(@Arg('input', () => CreatePolicyInput) input: CreatePolicyInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return policies.createPolicy(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once the policy and its default version are deleted.' })
  @IamOperation<{ input: DeletePolicyInput }>('iam:DeletePolicy', ({ args }) => args.input.policyArn)
  async deletePolicy(@Arg('input', () => DeletePolicyInput) input: DeletePolicyInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await policies.deletePolicy(ctx, requireCaller(ctx.caller).accountId, input.policyArn);
    return true;
  }

  @Mutation(() => Policy)
  @IamOperation<{ input: TagPolicyInput }>('iam:TagPolicy', ({ args }) => args.input.policyArn, {
    requestConditionKeys: (args) => requestTagConditionKeys(args.input.tags),
  })
  tagPolicy(@Arg('input', () => TagPolicyInput) input: TagPolicyInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return policies.tagPolicy(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Policy)
  @IamOperation<{ input: UntagPolicyInput }>('iam:UntagPolicy', ({ args }) => args.input.policyArn, {
    requestConditionKeys: (args) => untagConditionKeys(args.input.tagKeys),
  })
  untagPolicy(@Arg('input', () => UntagPolicyInput) input: UntagPolicyInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return policies.untagPolicy(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @FieldResolver(() => PolicyVersion, { description: 'The version in force, with its document.' })
  @IamOperation<unknown, Policy>('iam:GetPolicyVersion', ({ root }) => root.arn)
  defaultVersion(@Root() policy: Policy, @Ctx() ctx: RequestContext): Promise<PolicyVersion | null> {
    return ctx.loaders.policies.policyVersion.load({ policyId: policy.id, versionId: policy.defaultVersionId });
  }

  @FieldResolver(() => [Tag])
  @IamOperation<unknown, Policy>('iam:ListPolicyTags', ({ root }) => root.arn, { answeredBy: ['iam:GetPolicy', 'iam:CreatePolicy'] })
  tags(@Root() policy: Policy, @Ctx() ctx: RequestContext): Promise<Tag[]> {
    return ctx.loaders.policies.tagsByPolicyId.load(policy.id);
  }

  @FieldResolver(() => Int, { description: "Users, groups and roles of the caller's account the policy is attached to." })
  @IamOperation<unknown, Policy>('iam:GetPolicy', ({ root }) => root.arn, { answeredBy: ['iam:CreatePolicy'] })
  attachmentCount(@Root() policy: Policy, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.policies.attachmentCountByPolicyId.load(policy.id);
  }

  @FieldResolver(() => Int, { description: "Users and roles of the caller's account whose permissions boundary the policy is." })
  @IamOperation<unknown, Policy>('iam:GetPolicy', ({ root }) => root.arn, { answeredBy: ['iam:CreatePolicy'] })
  permissionsBoundaryUsageCount(@Root() policy: Policy, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.policies.boundaryUsageCountByPolicyId.load(policy.id);
  }
}
