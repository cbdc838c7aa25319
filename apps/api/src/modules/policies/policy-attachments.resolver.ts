import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { groupArnForName } from '../groups/groups.loaders';
import { roleArnForName } from '../roles/roles.loaders';
import { userArnForName } from '../users/users.loaders';
import {
  GroupPolicyAttachmentInput,
  ListAttachedGroupPoliciesArgs,
  ListAttachedRolePoliciesArgs,
  ListAttachedUserPoliciesArgs,
  RolePolicyAttachmentInput,
  UserPolicyAttachmentInput,
} from './policies.inputs';
import { attachmentTargets, attachPolicy, detachPolicy, listAttachedPolicies } from './policy-attachments.service';
import { AttachedPolicy } from '../accounts/authorization-details.type';
import { AttachedPolicyConnection, Policy } from './policy.type';

// AWS authorizes attachments on the identity (user, group or role ARN); the policy is the `iam:PolicyARN` condition key.
const policyArnConditionKey = { requestConditionKeys: (args: { input: { policyArn: string } }) => ({ 'iam:PolicyARN': args.input.policyArn }) };

@Resolver(() => AttachedPolicy)
export class PolicyAttachmentsResolver {
  @Mutation(() => Policy, { description: 'The attached policy.' })
  @IamOperation<{ input: UserPolicyAttachmentInput }>('iam:AttachUserPolicy', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName), policyArnConditionKey)
  attachUserPolicy(@Arg('input', () => UserPolicyAttachmentInput) input: UserPolicyAttachmentInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return attachPolicy(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.user, { name: input.userName, policyArn: input.policyArn });
  }

  @Mutation(() => Policy, { description: 'The detached policy.' })
  @IamOperation<{ input: UserPolicyAttachmentInput }>('iam:DetachUserPolicy', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName), policyArnConditionKey)
  detachUserPolicy(@Arg('input', () => UserPolicyAttachmentInput) input: UserPolicyAttachmentInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return detachPolicy(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.user, { name: input.userName, policyArn: input.policyArn });
  }

  @Mutation(() => Policy, { description: 'The attached policy.' })
  @IamOperation<{ input: GroupPolicyAttachmentInput }>('iam:AttachGroupPolicy', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.input.groupName), policyArnConditionKey)
  attachGroupPolicy(@Arg('input', () => GroupPolicyAttachmentInput) input: GroupPolicyAttachmentInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return attachPolicy(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.group, { name: input.groupName, policyArn: input.policyArn });
  }

  @Mutation(() => Policy, { description: 'The detached policy.' })
  @IamOperation<{ input: GroupPolicyAttachmentInput }>('iam:DetachGroupPolicy', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.input.groupName), policyArnConditionKey)
  detachGroupPolicy(@Arg('input', () => GroupPolicyAttachmentInput) input: GroupPolicyAttachmentInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return detachPolicy(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.group, { name: input.groupName, policyArn: input.policyArn });
  }

  @Mutation(() => Policy, { description: 'The attached policy.' })
  @IamOperation<{ input: RolePolicyAttachmentInput }>('iam:AttachRolePolicy', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName), policyArnConditionKey)
  attachRolePolicy(@Arg('input', () => RolePolicyAttachmentInput) input: RolePolicyAttachmentInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return attachPolicy(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.role, { name: input.roleName, policyArn: input.policyArn });
  }

  @Mutation(() => Policy, { description: 'The detached policy.' })
  @IamOperation<{ input: RolePolicyAttachmentInput }>('iam:DetachRolePolicy', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName), policyArnConditionKey)
  detachRolePolicy(@Arg('input', () => RolePolicyAttachmentInput) input: RolePolicyAttachmentInput, @Ctx() ctx: RequestContext): Promise<Policy> {
    return detachPolicy(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.role, { name: input.roleName, policyArn: input.policyArn });
  }

  @Query(() => AttachedPolicyConnection, { complexity: connectionComplexity })
  @IamOperation<ListAttachedUserPoliciesArgs>('iam:ListAttachedUserPolicies', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.userName))
  listAttachedUserPolicies(@Args(() => ListAttachedUserPoliciesArgs) args: ListAttachedUserPoliciesArgs, @Ctx() ctx: RequestContext): Promise<Page<AttachedPolicy>> {
    return listAttachedPolicies(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.user, { ...args, name: args.userName });
  }

  @Query(() => AttachedPolicyConnection, { complexity: connectionComplexity })
  @IamOperation<ListAttachedGroupPoliciesArgs>('iam:ListAttachedGroupPolicies', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.groupName))
  listAttachedGroupPolicies(@Args(() => ListAttachedGroupPoliciesArgs) args: ListAttachedGroupPoliciesArgs, @Ctx() ctx: RequestContext): Promise<Page<AttachedPolicy>> {
    return listAttachedPolicies(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.group, { ...args, name: args.groupName });
  }

  @Query(() => AttachedPolicyConnection, { complexity: connectionComplexity })
  @IamOperation<ListAttachedRolePoliciesArgs>('iam:ListAttachedRolePolicies', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.roleName))
  listAttachedRolePolicies(@Args(() => ListAttachedRolePoliciesArgs) args: ListAttachedRolePoliciesArgs, @Ctx() ctx: RequestContext): Promise<Page<AttachedPolicy>> {
    return listAttachedPolicies(ctx, requireCaller(ctx.caller).accountId, attachmentTargets.role, { ...args, name: args.roleName });
  }

  /** The attached policy itself, for its versions, tags and counts (one batched lookup for a whole page). */
  @FieldResolver(() => Policy, { nullable: true })
  @IamOperation<unknown, AttachedPolicy>('iam:GetPolicy', ({ root }) => root.policyArn)
  policy(@Root() attached: AttachedPolicy, @Ctx() ctx: RequestContext): Promise<Policy | null> {
    return ctx.loaders.policies.policyByArn.load(attached.policyArn);
  }
}
