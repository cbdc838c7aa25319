import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { IamOperation, Public } from '../authz/iam-operation';
import type { RequestContext } from '../context';
import { requireCaller } from '../principals/caller';
import { ChangePasswordInput, SignInInput, SignInMfaInput, SignInNewPasswordInput } from './sign-in.inputs';
import { SignInResult } from './sign-in.type';
import { changePassword, signIn, signOut, submitSignInMfaCode, submitSignInNewPassword } from './sign-in.service';

@Resolver()
export class SignInResolver {
  @Mutation(() => SignInResult, { description: 'Starts a console session (an HttpOnly cookie); its state says which step comes next.' })
  @Public()
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: RequestContext): Promise<SignInResult> {
    return signIn(ctx, input);
  }

  @Mutation(() => SignInResult, { description: 'The MFA step of a sign-in in state MfaRequired.' })
  @Public()
  submitSignInMfaCode(@Arg('input', () => SignInMfaInput) input: SignInMfaInput, @Ctx() ctx: RequestContext): Promise<SignInResult> {
    return submitSignInMfaCode(ctx, input);
  }

  @Mutation(() => SignInResult, { description: 'The new-password step of a sign-in in state PasswordChangeRequired.' })
  @Public()
  submitSignInNewPassword(@Arg('input', () => SignInNewPasswordInput) input: SignInNewPasswordInput, @Ctx() ctx: RequestContext): Promise<SignInResult> {
    return submitSignInNewPassword(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends the console session, if there is one.' })
  @Public()
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await signOut(ctx);
    return true;
  }

  /** AWS ChangePassword acts on the caller's own user: the resource is the caller's ARN. */
  @Mutation(() => Boolean, { description: 'AWS ChangePassword: the calling IAM user changes their own password; in Gatehouse the root user too, under AWS root password rules.' })
  @IamOperation('iam:ChangePassword', ({ caller }) => caller.principalArn)
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await changePassword(ctx, requireCaller(ctx.caller), input);
    return true;
  }
}
