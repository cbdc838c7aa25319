import { groupArn } from '@gatehouse/db';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity, quotaListComplexity } from '../../graphql/complexity';
import { ConnectionArgs, type Page } from '../../graphql/connections';
import { Policy } from '../policies/policy.type';
import { User, UserConnection } from '../users/user.type';
import { userArnForName } from '../users/users.loaders';
import { Group, GroupConnection } from './group.type';
import { CreateGroupInput, DeleteGroupInput, GetGroupArgs, GroupMembershipInput, ListGroupsArgs, ListGroupsForUserArgs, UpdateGroupInput } from './groups.inputs';
import { groupArnForName } from './groups.loaders';
import * as groups from './groups.service';

@Resolver(() => Group)
export class GroupsResolver {
  @Query(() => Group, { description: 'AWS GetGroup: the group; its members are the `users` connection.' })
  @IamOperation<GetGroupArgs>('iam:GetGroup', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.groupName))
  getGroup(@Args(() => GetGroupArgs) args: GetGroupArgs, @Ctx() ctx: RequestContext): Promise<Group> {
    return groups.getGroup(ctx, requireCaller(ctx.caller).accountId, args.groupName);
  }

  @Query(() => GroupConnection, { complexity: connectionComplexity })
  @IamOperation('iam:ListGroups', () => '*')
  listGroups(@Args(() => ListGroupsArgs) args: ListGroupsArgs, @Ctx() ctx: RequestContext): Promise<Page<Group>> {
    return groups.listGroups(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Query(() => GroupConnection, { complexity: connectionComplexity })
  @IamOperation<ListGroupsForUserArgs>('iam:ListGroupsForUser', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.userName))
  listGroupsForUser(@Args(() => ListGroupsForUserArgs) args: ListGroupsForUserArgs, @Ctx() ctx: RequestContext): Promise<Page<Group>> {
    return groups.listGroupsForUser(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Mutation(() => Group)
  @IamOperation<{ input: CreateGroupInput }>('iam:CreateGroup', ({ args, caller }) =>
    groupArn(caller.accountId, args.input.path ?? '/', args.input.groupName),
  )
  createGroup(@Arg('input', () => CreateGroupInput) input: CreateGroupInput, @Ctx() ctx: RequestContext): Promise<Group> {
    return groups.createGroup(ctx, requireCaller(ctx.caller).accountId, input);
  }

  /** AWS: a rename or move needs the permission on the group as it is and as it will be. */
  @Mutation(() => Group)
  @IamOperation<{ input: UpdateGroupInput }>('iam:UpdateGroup', async ({ args, caller, ctx }) => {
    const group = await ctx.loaders.groups.groupByName.load(args.input.groupName);
    const current = group?.arn ?? groupArn(caller.accountId, '/', args.input.groupName);
    const next = groupArn(caller.accountId, args.input.newPath ?? group?.path ?? '/', args.input.newGroupName ?? args.input.groupName);
    return [current, next];
  })
  updateGroup(@Arg('input', () => UpdateGroupInput) input: UpdateGroupInput, @Ctx() ctx: RequestContext): Promise<Group> {
    return groups.updateGroup(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once the group is deleted.' })
  @IamOperation<{ input: DeleteGroupInput }>('iam:DeleteGroup', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.input.groupName))
  async deleteGroup(@Arg('input', () => DeleteGroupInput) input: DeleteGroupInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await groups.deleteGroup(ctx, requireCaller(ctx.caller).accountId, input.groupName);
    return true;
  }

  /** AWS authorizes AddUserToGroup and RemoveUserFromGroup on the group. */
  @Mutation(() => Group)
  @IamOperation<{ input: GroupMembershipInput }>('iam:AddUserToGroup', ({ args, caller, ctx }) => groupArnForName(ctx, caller.accountId, args.input.groupName))
  addUserToGroup(@Arg('input', () => GroupMembershipInput) input: GroupMembershipInput, @Ctx() ctx: RequestContext): Promise<Group> {
    return groups.addUserToGroup(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Group)
  @IamOperation<{ input: GroupMembershipInput }>('iam:RemoveUserFromGroup', ({ args, caller, ctx }) =>
    groupArnForName(ctx, caller.accountId, args.input.groupName),
  )
  removeUserFromGroup(@Arg('input', () => GroupMembershipInput) input: GroupMembershipInput, @Ctx() ctx: RequestContext): Promise<Group> {
    return groups.removeUserFromGroup(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @FieldResolver(() => UserConnection, { complexity: connectionComplexity, description: 'The members (AWS GetGroup `Users`).' })
  @IamOperation<unknown, Group>('iam:GetGroup', ({ root }) => root.arn)
  users(@Root() group: Group, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<Page<User>> {
    return groups.listGroupMembers(ctx, group, args);
  }

  @FieldResolver(() => [Policy], { complexity: quotaListComplexity('attachedPoliciesPerIdentity'), description: 'The managed policies attached to the group.' })
  @IamOperation<unknown, Group>('iam:ListAttachedGroupPolicies', ({ root }) => root.arn)
  attachedPolicies(@Root() group: Group, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    return ctx.loaders.groups.attachedPoliciesByGroupId.load(group.id);
  }
}
