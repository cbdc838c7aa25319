import { instanceProfileArn } from '@gatehouse/db';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../auth/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import type { Page } from '../../graphql/connections';
import { roleArnForName } from '../roles/roles.loaders';
import { requestTagConditionKeys, untagConditionKeys } from '../tags/tag-condition-keys';
import { createWithTags } from '../tags/tag-on-create';
import { Tag, TagConnection } from '../tags/tag.type';
import { InstanceProfile, InstanceProfileConnection } from './instance-profile.type';
import {
  CreateInstanceProfileInput,
  DeleteInstanceProfileInput,
  GetInstanceProfileArgs,
  InstanceProfileRoleInput,
  ListInstanceProfileTagsArgs,
  ListInstanceProfilesArgs,
  ListInstanceProfilesForRoleArgs,
  TagInstanceProfileInput,
  UntagInstanceProfileInput,
} from './instance-profiles.inputs';
import * as instanceProfiles from './instance-profiles.service';
import { instanceProfileArnForName } from './instance-profiles.service';

/** AWS: an instance profile's role is passed to EC2, the one service that uses instance profiles. */
const passedToService = { 'iam:PassedToService': 'ec2.amazonaws.com' };

@Resolver(() => InstanceProfile)
export class InstanceProfilesResolver {
  @Query(() => InstanceProfile)
  @IamOperation<GetInstanceProfileArgs>('iam:GetInstanceProfile', ({ args, caller, ctx }) =>
    instanceProfileArnForName(ctx, caller.accountId, args.instanceProfileName),
  )
  getInstanceProfile(@Args(() => GetInstanceProfileArgs) args: GetInstanceProfileArgs, @Ctx() ctx: RequestContext): Promise<InstanceProfile> {
    return instanceProfiles.getInstanceProfile(ctx, requireCaller(ctx.caller).accountId, args.instanceProfileName);
  }

  @Query(() => InstanceProfileConnection, { complexity: connectionComplexity })
  @IamOperation('iam:ListInstanceProfiles', () => '*')
  listInstanceProfiles(@Args(() => ListInstanceProfilesArgs) args: ListInstanceProfilesArgs, @Ctx() ctx: RequestContext): Promise<Page<InstanceProfile>> {
    return instanceProfiles.listInstanceProfiles(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Query(() => InstanceProfileConnection, { complexity: connectionComplexity })
  @IamOperation<ListInstanceProfilesForRoleArgs>('iam:ListInstanceProfilesForRole', ({ args, caller, ctx }) =>
    roleArnForName(ctx, caller.accountId, args.roleName),
  )
  listInstanceProfilesForRole(
    @Args(() => ListInstanceProfilesForRoleArgs) args: ListInstanceProfilesForRoleArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<InstanceProfile>> {
    return instanceProfiles.listInstanceProfilesForRole(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Query(() => TagConnection, { complexity: connectionComplexity })
  @IamOperation<ListInstanceProfileTagsArgs>('iam:ListInstanceProfileTags', ({ args, caller, ctx }) =>
    instanceProfileArnForName(ctx, caller.accountId, args.instanceProfileName),
  )
  listInstanceProfileTags(@Args(() => ListInstanceProfileTagsArgs) args: ListInstanceProfileTagsArgs, @Ctx() ctx: RequestContext): Promise<Page<Tag>> {
    return instanceProfiles.listInstanceProfileTags(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Mutation(() => InstanceProfile)
  @IamOperation<{ input: CreateInstanceProfileInput }>(
    'iam:CreateInstanceProfile',
    ({ args, caller }) => instanceProfileArn(caller.accountId, args.input.path ?? '/', args.input.instanceProfileName),
    createWithTags<CreateInstanceProfileInput>('iam:TagInstanceProfile'),
  )
  createInstanceProfile(@Arg('input', () => CreateInstanceProfileInput) input: CreateInstanceProfileInput, @Ctx() ctx: RequestContext): Promise<InstanceProfile> {
    return instanceProfiles.createInstanceProfile(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once the instance profile is deleted.' })
  @IamOperation<{ input: DeleteInstanceProfileInput }>('iam:DeleteInstanceProfile', ({ args, caller, ctx }) =>
    instanceProfileArnForName(ctx, caller.accountId, args.input.instanceProfileName),
  )
  async deleteInstanceProfile(@Arg('input', () => DeleteInstanceProfileInput) input: DeleteInstanceProfileInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await instanceProfiles.deleteInstanceProfile(ctx, requireCaller(ctx.caller).accountId, input.instanceProfileName);
    return true;
  }

  /** AWS: adding a role hands it to whatever the profile is attached to, so it also needs iam:PassRole on the role. */
  @Mutation(() => InstanceProfile)
  @IamOperation<{ input: InstanceProfileRoleInput }>(
    'iam:AddRoleToInstanceProfile',
    ({ args, caller, ctx }) => instanceProfileArnForName(ctx, caller.accountId, args.input.instanceProfileName),
    {
      alsoRequires: [
        { action: 'iam:PassRole', resourceArn: ({ args, caller, ctx }) => roleArnForName(ctx, caller.accountId, args.input.roleName), context: passedToService },
      ],
    },
  )
  addRoleToInstanceProfile(@Arg('input', () => InstanceProfileRoleInput) input: InstanceProfileRoleInput, @Ctx() ctx: RequestContext): Promise<InstanceProfile> {
    return instanceProfiles.addRoleToInstanceProfile(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => InstanceProfile)
  @IamOperation<{ input: InstanceProfileRoleInput }>('iam:RemoveRoleFromInstanceProfile', ({ args, caller, ctx }) =>
    instanceProfileArnForName(ctx, caller.accountId, args.input.instanceProfileName),
  )
  removeRoleFromInstanceProfile(
    @Arg('input', () => InstanceProfileRoleInput) input: InstanceProfileRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceProfile> {
    return instanceProfiles.removeRoleFromInstanceProfile(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => InstanceProfile)
  @IamOperation<{ input: TagInstanceProfileInput }>(
    'iam:TagInstanceProfile',
    ({ args, caller, ctx }) => instanceProfileArnForName(ctx, caller.accountId, args.input.instanceProfileName),
    { requestConditionKeys: (args) => requestTagConditionKeys(args.input.tags) },
  )
  tagInstanceProfile(@Arg('input', () => TagInstanceProfileInput) input: TagInstanceProfileInput, @Ctx() ctx: RequestContext): Promise<InstanceProfile> {
    return instanceProfiles.tagInstanceProfile(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => InstanceProfile)
  @IamOperation<{ input: UntagInstanceProfileInput }>(
    'iam:UntagInstanceProfile',
    ({ args, caller, ctx }) => instanceProfileArnForName(ctx, caller.accountId, args.input.instanceProfileName),
    { requestConditionKeys: (args) => untagConditionKeys(args.input.tagKeys) },
  )
  untagInstanceProfile(@Arg('input', () => UntagInstanceProfileInput) input: UntagInstanceProfileInput, @Ctx() ctx: RequestContext): Promise<InstanceProfile> {
    return instanceProfiles.untagInstanceProfile(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @FieldResolver(() => [Tag])
  @IamOperation<unknown, InstanceProfile>('iam:ListInstanceProfileTags', ({ root }) => root.arn, {
    answeredBy: ['iam:GetInstanceProfile', 'iam:CreateInstanceProfile'],
  })
  tags(@Root() profile: InstanceProfile, @Ctx() ctx: RequestContext): Promise<Tag[]> {
    return ctx.loaders.instanceProfiles.tagsByInstanceProfileId.load(profile.id);
  }
}
