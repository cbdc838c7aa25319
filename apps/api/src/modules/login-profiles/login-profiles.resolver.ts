import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { userArnForName } from '../users/users.loaders';
import { LoginProfile } from './login-profile.type';
import { CreateLoginProfileInput, DeleteLoginProfileInput, GetLoginProfileArgs, UpdateLoginProfileInput } from './login-profiles.inputs';
import * as loginProfiles from './login-profiles.service';

// AWS: login profile actions take the user as their resource.
@Resolver()
export class LoginProfilesResolver {
  @Mutation(() => LoginProfile)
  @IamOperation<{ input: CreateLoginProfileInput }>('iam:CreateLoginProfile', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName))
  createLoginProfile(@Arg('input', () => CreateLoginProfileInput) input: CreateLoginProfileInput, @Ctx() ctx: RequestContext): Promise<LoginProfile> {
    return loginProfiles.createLoginProfile(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Query(() => LoginProfile)
  @IamOperation<GetLoginProfileArgs>('iam:GetLoginProfile', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.userName))
  getLoginProfile(@Args(() => GetLoginProfileArgs) args: GetLoginProfileArgs, @Ctx() ctx: RequestContext): Promise<LoginProfile> {
    return loginProfiles.getLoginProfile(ctx, requireCaller(ctx.caller).accountId, args.userName);
  }

  @Mutation(() => LoginProfile)
  @IamOperation<{ input: UpdateLoginProfileInput }>('iam:UpdateLoginProfile', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName))
  updateLoginProfile(@Arg('input', () => UpdateLoginProfileInput) input: UpdateLoginProfileInput, @Ctx() ctx: RequestContext): Promise<LoginProfile> {
    return loginProfiles.updateLoginProfile(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once the login profile is deleted.' })
  @IamOperation<{ input: DeleteLoginProfileInput }>('iam:DeleteLoginProfile', ({ args, caller, ctx }) => userArnForName(ctx, caller.accountId, args.input.userName))
  async deleteLoginProfile(@Arg('input', () => DeleteLoginProfileInput) input: DeleteLoginProfileInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await loginProfiles.deleteLoginProfile(ctx, requireCaller(ctx.caller).accountId, input.userName);
    return true;
  }
}
