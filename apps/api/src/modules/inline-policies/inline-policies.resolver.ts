import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { groupArnForName } from '../groups/groups.loaders';
import { roleArnForName } from '../roles/roles.loaders';
import { userArnForName } from '../users/users.loaders';
import { DeleteGroupPolicyInput, DeleteRolePolicyInput, DeleteUserPolicyInput, GroupPolicyArgs, ListGroupPoliciesArgs, ListRolePoliciesArgs, ListUserPoliciesArgs, PutGroupPolicyInput, PutRolePolicyInput, PutUserPolicyInput, RolePolicyArgs, UserPolicyArgs } from './inline-policies.inputs';
import { deleteInlinePolicy, getInlinePolicy, inlinePolicyOwners, listInlinePolicies, putInlinePolicy } from './inline-policies.service';
import { GroupPolicy, GroupPolicyConnection, RolePolicy, RolePolicyConnection, UserPolicy, UserPolicyConnection } from './inline-policy.type';

// AWS authorizes inline policy operations on the owner: the user, group or role ARN.

@Resolver()
export class InlinePoliciesResolver {
  @Mutation(() => UserPolicy, { description: 'Adds the inline policy, or replaces the one with that name.' })
  @IamOperation<{ input: PutUserPolicyInput }>('iam:PutUserPolicy', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName))
  async putUserPolicy(@Arg('input', () => PutUserPolicyInput) input: PutUserPolicyInput, @Ctx() ctx: RequestContext): Promise<UserPolicy> {
    const policy = await putInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.user, { ...input, name: input.userName });
    return { userName: input.userName, policyName: policy.policyName, policyDocument: policy.policyDocument };
  }

  @Query(() => UserPolicy)
  @IamOperation<UserPolicyArgs>('iam:GetUserPolicy', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.userName))
  async getUserPolicy(@Args(() => UserPolicyArgs) args: UserPolicyArgs, @Ctx() ctx: RequestContext): Promise<UserPolicy> {
    const policy = await getInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.user, { ...args, name: args.userName });
    return { userName: args.userName, ...policy };
  }

  @Mutation(() => Boolean, { description: 'True once the inline policy is deleted.' })
  @IamOperation<{ input: DeleteUserPolicyInput }>('iam:DeleteUserPolicy', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName))
  async deleteUserPolicy(@Arg('input', () => DeleteUserPolicyInput) input: DeleteUserPolicyInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await deleteInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.user, { ...input, name: input.userName });
    return true;
  }

  @Query(() => UserPolicyConnection, { complexity: connectionComplexity })
  @IamOperation<ListUserPoliciesArgs>('iam:ListUserPolicies', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.userName))
  async listUserPolicies(@Args(() => ListUserPoliciesArgs) args: ListUserPoliciesArgs, @Ctx() ctx: RequestContext): Promise<Page<UserPolicy>> {
    const page = await listInlinePolicies(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.user, { ...args, name: args.userName });
    return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: { userName: args.userName, ...node } })) };
  }

  @Mutation(() => GroupPolicy, { description: 'Adds the inline policy, or replaces the one with that name.' })
  @IamOperation<{ input: PutGroupPolicyInput }>('iam:PutGroupPolicy', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.input.groupName))
  async putGroupPolicy(@Arg('input', () => PutGroupPolicyInput) input: PutGroupPolicyInput, @Ctx() ctx: RequestContext): Promise<GroupPolicy> {
    const policy = await putInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.group, { ...input, name: input.groupName });
    return { groupName: input.groupName, policyName: policy.policyName, policyDocument: policy.policyDocument };
  }

  @Query(() => GroupPolicy)
  @IamOperation<GroupPolicyArgs>('iam:GetGroupPolicy', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.groupName))
  async getGroupPolicy(@Args(() => GroupPolicyArgs) args: GroupPolicyArgs, @Ctx() ctx: RequestContext): Promise<GroupPolicy> {
    const policy = await getInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.group, { ...args, name: args.groupName });
    return { groupName: args.groupName, ...policy };
  }

  @Mutation(() => Boolean, { description: 'True once the inline policy is deleted.' })
  @IamOperation<{ input: DeleteGroupPolicyInput }>('iam:DeleteGroupPolicy', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.input.groupName))
  async deleteGroupPolicy(@Arg('input', () => DeleteGroupPolicyInput) input: DeleteGroupPolicyInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await deleteInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.group, { ...input, name: input.groupName });
    return true;
  }

  @Query(() => GroupPolicyConnection, { complexity: connectionComplexity })
  @IamOperation<ListGroupPoliciesArgs>('iam:ListGroupPolicies', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.groupName))
  async listGroupPolicies(@Args(() => ListGroupPoliciesArgs) args: ListGroupPoliciesArgs, @Ctx() ctx: RequestContext): Promise<Page<GroupPolicy>> {
    const page = await listInlinePolicies(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.group, { ...args, name: args.groupName });
    return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: { groupName: args.groupName, ...node } })) };
  }

  @Mutation(() => RolePolicy, { description: 'Adds the inline policy, or replaces the one with that name.' })
  @IamOperation<{ input: PutRolePolicyInput }>('iam:PutRolePolicy', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName))
  async putRolePolicy(@Arg('input', () => PutRolePolicyInput) input: PutRolePolicyInput, @Ctx() ctx: RequestContext): Promise<RolePolicy> {
    const policy = await putInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.role, { ...input, name: input.roleName });
    return { roleName: input.roleName, policyName: policy.policyName, policyDocument: policy.policyDocument };
  }

  @Query(() => RolePolicy)
  @IamOperation<RolePolicyArgs>('iam:GetRolePolicy', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.roleName))
  async getRolePolicy(@Args(() => RolePolicyArgs) args: RolePolicyArgs, @Ctx() ctx: RequestContext): Promise<RolePolicy> {
    const policy = await getInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.role, { ...args, name: args.roleName });
    return { roleName: args.roleName, ...policy };
  }

  @Mutation(() => Boolean, { description: 'True once the inline policy is deleted.' })
  @IamOperation<{ input: DeleteRolePolicyInput }>('iam:DeleteRolePolicy', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName))
  async deleteRolePolicy(@Arg('input', () => DeleteRolePolicyInput) input: DeleteRolePolicyInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await deleteInlinePolicy(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.role, { ...input, name: input.roleName });
    return true;
  }

  @Query(() => RolePolicyConnection, { complexity: connectionComplexity })
  @IamOperation<ListRolePoliciesArgs>('iam:ListRolePolicies', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.roleName))
  async listRolePolicies(@Args(() => ListRolePoliciesArgs) args: ListRolePoliciesArgs, @Ctx() ctx: RequestContext): Promise<Page<RolePolicy>> {
    const page = await listInlinePolicies(ctx, requireCaller(ctx.caller).accountId, inlinePolicyOwners.role, { ...args, name: args.roleName });
    return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: { roleName: args.roleName, ...node } })) };
  }
}
