import { roleArn } from '@gatehouse/db';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../auth/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity, quotaListComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { Policy } from '../policies/policy.type';
import { permissionsBoundaryConditionKeys } from '../permissions-boundaries/boundary-condition-keys';
import { requestTagConditionKeys, untagConditionKeys } from '../tags/tag-condition-keys';
import { createWithTags } from '../tags/tag-on-create';
import { Tag, TagConnection } from '../tags/tag.type';
import { PermissionsBoundary } from '../users/user.type';
import { Role, RoleConnection, RoleLastUsed } from './role.type';
import {
  CreateRoleInput,
  DeleteRoleInput,
  GetRoleArgs,
  ListRoleTagsArgs,
  ListRolesArgs,
  TagRoleInput,
  UntagRoleInput,
  UpdateAssumeRolePolicyInput,
  UpdateRoleDescriptionInput,
  UpdateRoleInput,
} from './roles.inputs';
import { roleArnForName } from './roles.loaders';
import * as roles from './roles.service';

@Resolver(() => Role)
export class RolesResolver {
  @Query(() => Role)
  @IamOperation<GetRoleArgs>('iam:GetRole', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.roleName))
  getRole(@Args(() => GetRoleArgs) args: GetRoleArgs, @Ctx() ctx: RequestContext): Promise<Role> {
    return roles.getRole(ctx, requireCaller(ctx.caller).accountId, args.roleName);
  }

  @Query(() => RoleConnection, { complexity: connectionComplexity })
  @IamOperation('iam:ListRoles', () => '*')
  listRoles(@Args(() => ListRolesArgs) args: ListRolesArgs, @Ctx() ctx: RequestContext): Promise<Page<Role>> {
    return roles.listRoles(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Query(() => TagConnection, { complexity: connectionComplexity })
  @IamOperation<ListRoleTagsArgs>('iam:ListRoleTags', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.roleName))
  listRoleTags(@Args(() => ListRoleTagsArgs) args: ListRoleTagsArgs, @Ctx() ctx: RequestContext): Promise<Page<Tag>> {
    return roles.listRoleTags(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Mutation(() => Role)
  @IamOperation<{ input: CreateRoleInput }>(
    'iam:CreateRole',
    ({ args, caller }) => roleArn(caller.accountId, args.input.path ?? '/', args.input.roleName),
    createWithTags<CreateRoleInput>('iam:TagRole', (input) => permissionsBoundaryConditionKeys(input.permissionsBoundary)),
  )
  createRole(@Arg('input', () => CreateRoleInput) input: CreateRoleInput, @Ctx() ctx: RequestContext): Promise<Role> {
    return roles.createRole(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Role)
  @IamOperation<{ input: UpdateRoleInput }>('iam:UpdateRole', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName))
  updateRole(@Arg('input', () => UpdateRoleInput) input: UpdateRoleInput, @Ctx() ctx: RequestContext): Promise<Role> {
    return roles.updateRole(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Role)
  @IamOperation<{ input: UpdateRoleDescriptionInput }>('iam:UpdateRoleDescription', ({ args, caller, ctx }) =>
    roleArnForName(ctx, caller.accountId, args.input.roleName),
  )
  updateRoleDescription(@Arg('input', () => UpdateRoleDescriptionInput) input: UpdateRoleDescriptionInput, @Ctx() ctx: RequestContext): Promise<Role> {
    return roles.updateRole(ctx, requireCaller(ctx.caller).accountId, input, 'UpdateRoleDescription');
  }

  @Mutation(() => Role)
  @IamOperation<{ input: UpdateAssumeRolePolicyInput }>('iam:UpdateAssumeRolePolicy', ({ args, caller, ctx }) =>
    roleArnForName(ctx, caller.accountId, args.input.roleName),
  )
  updateAssumeRolePolicy(@Arg('input', () => UpdateAssumeRolePolicyInput) input: UpdateAssumeRolePolicyInput, @Ctx() ctx: RequestContext): Promise<Role> {
    return roles.updateAssumeRolePolicy(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once the role is deleted.' })
  @IamOperation<{ input: DeleteRoleInput }>('iam:DeleteRole', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName))
  async deleteRole(@Arg('input', () => DeleteRoleInput) input: DeleteRoleInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await roles.deleteRole(ctx, requireCaller(ctx.caller).accountId, input.roleName);
    return true;
  }

  @Mutation(() => Role)
  @IamOperation<{ input: TagRoleInput }>('iam:TagRole', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName), {
    requestConditionKeys: (args) => requestTagConditionKeys(args.input.tags),
  })
  tagRole(@Arg('input', () => TagRoleInput) input: TagRoleInput, @Ctx() ctx: RequestContext): Promise<Role> {
    return roles.tagRole(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Role)
  @IamOperation<{ input: UntagRoleInput }>('iam:UntagRole', ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName), {
    requestConditionKeys: (args) => untagConditionKeys(args.input.tagKeys),
  })
  untagRole(@Arg('input', () => UntagRoleInput) input: UntagRoleInput, @Ctx() ctx: RequestContext): Promise<Role> {
    return roles.untagRole(ctx, requireCaller(ctx.caller).accountId, input);
  }

  /** AWS GetRole's `RoleLastUsed`, from the columns AssumeRole updates. */
  @FieldResolver(() => RoleLastUsed)
  @IamOperation<unknown, Role>('iam:GetRole', ({ root }) => root.arn, { answeredBy: ['iam:CreateRole', 'iam:UpdateRoleDescription'] })
  roleLastUsed(@Root() role: Role): RoleLastUsed {
    return { lastUsedDate: role.lastUsedDate, region: role.lastUsedRegion };
  }

  @FieldResolver(() => [Tag])
  @IamOperation<unknown, Role>('iam:ListRoleTags', ({ root }) => root.arn, {
    answeredBy: ['iam:GetRole', 'iam:CreateRole', 'iam:UpdateRoleDescription'],
  })
  tags(@Root() role: Role, @Ctx() ctx: RequestContext): Promise<Tag[]> {
    return ctx.loaders.roles.tagsByRoleId.load(role.id);
  }

  @FieldResolver(() => [Policy], { complexity: quotaListComplexity('attachedPoliciesPerIdentity'), description: 'The managed policies attached to the role.' })
  @IamOperation<unknown, Role>('iam:ListAttachedRolePolicies', ({ root }) => root.arn)
  attachedPolicies(@Root() role: Role, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    return ctx.loaders.roles.attachedPoliciesByRoleId.load(role.id);
  }

  @FieldResolver(() => PermissionsBoundary, { nullable: true })
  @IamOperation<unknown, Role>('iam:GetRole', ({ root }) => root.arn, { answeredBy: ['iam:CreateRole', 'iam:UpdateRoleDescription'] })
  async permissionsBoundary(@Root() role: Role, @Ctx() ctx: RequestContext): Promise<PermissionsBoundary | null> {
    if (!role.permissionsBoundaryPolicyId) return null;
    const policy = await ctx.loaders.policies.policyById.load(role.permissionsBoundaryPolicyId);
    return policy && { permissionsBoundaryType: 'Policy', permissionsBoundaryArn: policy.arn };
  }
}
