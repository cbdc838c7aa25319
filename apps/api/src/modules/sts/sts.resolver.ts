import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation, Public, TrustPolicyOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { AssumeRoleInput, AssumeRoleWithWebIdentityInput, GetSessionTokenInput, RevokeRoleSessionsInput, SwitchRoleInput } from './sts.inputs';
import { AssumeRoleResult, AssumeRoleWithWebIdentityResult, CallerIdentity, GetSessionTokenResult, SwitchRoleResult } from './sts.type';
import * as sts from './sts.service';
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity';

@Resolver()
export class StsResolver {
  @Mutation(() => AssumeRoleResult, { description: 'AWS STS AssumeRole: temporary credentials for a role the caller is trusted by.' })
  @TrustPolicyOperation<{ input: AssumeRoleInput }>('sts:AssumeRole', ({ args }) => args.input.roleArn)
  assumeRole(@Arg('input', () => AssumeRoleInput) input: AssumeRoleInput, @Ctx() ctx: RequestContext): Promise<AssumeRoleResult> {
    return sts.assumeRole(ctx, requireCaller(ctx.caller), input);
  }

  /**
   * AWS: AssumeRoleWithWebIdentity is unsigned; the identity provider's token is the credential, and the role's trust
   * policy (naming the provider) is what authorizes it, evaluated by the service once the token is verified.
   */
  @Mutation(() => AssumeRoleWithWebIdentityResult, { description: 'AWS STS AssumeRoleWithWebIdentity: temporary credentials for an OIDC token.' })
  @Public()
  assumeRoleWithWebIdentity(
    @Arg('input', () => AssumeRoleWithWebIdentityInput) input: AssumeRoleWithWebIdentityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AssumeRoleWithWebIdentityResult> {
    return assumeRoleWithWebIdentity(ctx, input);
  }

  /** AWS: GetSessionToken needs no permission; any long-term credentials may ask for session credentials. */
  @Mutation(() => GetSessionTokenResult)
  @Public()
  getSessionToken(
    @Arg('input', () => GetSessionTokenInput, { nullable: true }) input: GetSessionTokenInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<GetSessionTokenResult> {
    return sts.getSessionToken(ctx, requireCaller(ctx.caller), input ?? {});
  }

  /** AWS: GetCallerIdentity needs no permission and an explicit deny cannot refuse it, but it needs credentials. */
  @Query(() => CallerIdentity)
  @Public()
  getCallerIdentity(@Ctx() ctx: RequestContext): CallerIdentity {
    return sts.getCallerIdentity(requireCaller(ctx.caller));
  }

  @Mutation(() => SwitchRoleResult, { description: 'The console\'s Switch role: the session acts as the role until it switches back.' })
  @TrustPolicyOperation<{ input: SwitchRoleInput }>('sts:AssumeRole', ({ args, ctx }) => sts.switchRoleTargetArn(ctx, args.input))
  switchRole(@Arg('input', () => SwitchRoleInput) input: SwitchRoleInput, @Ctx() ctx: RequestContext): Promise<SwitchRoleResult> {
    return sts.switchRole(ctx, requireCaller(ctx.caller), input);
  }

  /** Leaving a role needs no permission, only the console session that switched. */
  @Mutation(() => Boolean, { description: 'Ends Switch role: the console session acts as its own principal again.' })
  @Public()
  async switchRoleBack(@Ctx() ctx: RequestContext): Promise<boolean> {
    await sts.switchRoleBack(ctx, requireCaller(ctx.caller));
    return true;
  }

  /** AWS's "Revoke active sessions" needs iam:PutRolePolicy on the role (it writes an inline policy there). */
  @Mutation(() => Int, { description: 'Revokes every temporary credential issued for the role so far; answers how many.' })
  @IamOperation<{ input: RevokeRoleSessionsInput }>('iam:PutRolePolicy', ({ args, caller, ctx }) => sts.roleArnForName(ctx, caller.accountId, args.input.roleName))
  revokeRoleSessions(@Arg('input', () => RevokeRoleSessionsInput) input: RevokeRoleSessionsInput, @Ctx() ctx: RequestContext): Promise<number> {
    return sts.revokeRoleSessions(ctx, requireCaller(ctx.caller).accountId, input.roleName);
  }
}
