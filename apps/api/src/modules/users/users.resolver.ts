import { userArn } from '@gatehouse/db';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { invalidInput } from '../../errors/iam-error';
import { connectionComplexity, quotaListComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { Group } from '../groups/group.type';
import { permissionsBoundaryConditionKeys } from '../permissions-boundaries/boundary-condition-keys';
import { requestTagConditionKeys, untagConditionKeys } from '../tags/tag-condition-keys';
import { createWithTags } from '../tags/tag-on-create';
import { Tag, TagConnection } from '../tags/tag.type';
import { PermissionsBoundary, User, UserConnection, UserDeletion } from './user.type';
import {
  CreateUserInput,
  DeleteUserInput,
  GetUserArgs,
  ListUserTagsArgs,
  ListUsersArgs,
  TagUserInput,
  UntagUserInput,
  UpdateUserInput,
} from './users.inputs';
import { userArnForName } from './users.loaders';
import * as users from './users.service';

/** AWS: without a user name, GetUser answers for the calling IAM user. */
function userNameOrCaller(ctx: RequestContext, userName: string | undefined): string {
  const caller = requireCaller(ctx.caller);
  const name = userName ?? caller.userName;
  if (name === undefined) throw invalidInput('Must specify userName when calling with non-User credentials', 'userName');
  return name;
}

@Resolver(() => User)
export class UsersResolver {
  @Query(() => User)
  @IamOperation<GetUserArgs>('iam:GetUser', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, userNameOrCaller(ctx, args.userName)))
  getUser(@Args(() => GetUserArgs) args: GetUserArgs, @Ctx() ctx: RequestContext): Promise<User> {
    return users.getUser(ctx, requireCaller(ctx.caller).accountId, userNameOrCaller(ctx, args.userName));
  }

  @Query(() => UserConnection, { complexity: connectionComplexity })
  @IamOperation('iam:ListUsers', () => '*')
  listUsers(@Args(() => ListUsersArgs) args: ListUsersArgs, @Ctx() ctx: RequestContext): Promise<Page<User>> {
    return users.listUsers(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Query(() => TagConnection, { complexity: connectionComplexity })
  @IamOperation<ListUserTagsArgs>('iam:ListUserTags', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.userName))
  listUserTags(@Args(() => ListUserTagsArgs) args: ListUserTagsArgs, @Ctx() ctx: RequestContext): Promise<Page<Tag>> {
    return users.listUserTags(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Mutation(() => User)
  @IamOperation<{ input: CreateUserInput }>(
    'iam:CreateUser',
    ({ args, caller }) => userArn(caller.accountId, args.input.path ?? '/', args.input.userName),
    createWithTags<CreateUserInput>('iam:TagUser', (input) => permissionsBoundaryConditionKeys(input.permissionsBoundary)),
  )
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return users.createUser(ctx, requireCaller(ctx.caller).accountId, input);
  }

  /** AWS: a rename or move needs the permission on the user as it is and as it will be. */
  @Mutation(() => User)
  @IamOperation<{ input: UpdateUserInput }>('iam:UpdateUser', async ({ args, caller, ctx }) => {
    const user = await ctx.loaders.users.userByName.load(args.input.userName);
    const current = user?.arn ?? userArn(caller.accountId, '/', args.input.userName);
    const next = userArn(caller.accountId, args.input.newPath ?? user?.path ?? '/', args.input.newUserName ?? args.input.userName);
    return [current, next];
  })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return users.updateUser(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once the user is deleted.' })
  @IamOperation<{ input: DeleteUserInput }>('iam:DeleteUser', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName))
  async deleteUser(@Arg('input', () => DeleteUserInput) input: DeleteUserInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await users.deleteUser(ctx, requireCaller(ctx.caller).accountId, input.userName);
    return true;
  }

  /**
   * Not an AWS API operation: what AWS's console does when it deletes a user (removes the memberships, password, keys,
   * MFA device and policies, then the user), as one transaction. The caller needs every action those steps need;
   * the service authorizes them on the rows it finds, so the deletion completes or changes nothing.
   */
  @Mutation(() => UserDeletion)
  @IamOperation<{ input: DeleteUserInput }>('iam:DeleteUser', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName))
  async deleteUserAndDependents(@Arg('input', () => DeleteUserInput) input: DeleteUserInput, @Ctx() ctx: RequestContext): Promise<UserDeletion> {
    const { user, ...dependents } = await users.deleteUserAndDependents(ctx, requireCaller(ctx.caller), input.userName);
    return { userName: user.userName, ...dependents };
  }

  @Mutation(() => User)
  @IamOperation<{ input: TagUserInput }>('iam:TagUser', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName), {
    requestConditionKeys: (args) => requestTagConditionKeys(args.input.tags),
  })
  tagUser(@Arg('input', () => TagUserInput) input: TagUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return users.tagUser(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => User)
  @IamOperation<{ input: UntagUserInput }>('iam:UntagUser', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName), {
    requestConditionKeys: (args) => untagConditionKeys(args.input.tagKeys),
  })
  untagUser(@Arg('input', () => UntagUserInput) input: UntagUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return users.untagUser(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @FieldResolver(() => [Tag])
  @IamOperation<unknown, User>('iam:ListUserTags', ({ root }) => root.arn, { answeredBy: ['iam:GetUser', 'iam:CreateUser'] })
  tags(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Tag[]> {
    return ctx.loaders.users.tagsByUserId.load(user.id);
  }

  @FieldResolver(() => [Group], { complexity: quotaListComplexity('groupsPerUser') })
  @IamOperation<unknown, User>('iam:ListGroupsForUser', ({ root }) => root.arn)
  groups(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Group[]> {
    return ctx.loaders.groups.groupsByUserId.load(user.id);
  }

  @FieldResolver(() => PermissionsBoundary, { nullable: true })
  @IamOperation<unknown, User>('iam:GetUser', ({ root }) => root.arn, { answeredBy: ['iam:CreateUser'] })
  async permissionsBoundary(@Root() user: User, @Ctx() ctx: RequestContext): Promise<PermissionsBoundary | null> {
    if (!user.permissionsBoundaryPolicyId) return null;
    const policy = await ctx.loaders.policies.policyById.load(user.permissionsBoundaryPolicyId);
    return policy && { permissionsBoundaryType: 'Policy', permissionsBoundaryArn: policy.arn };
  }
}
