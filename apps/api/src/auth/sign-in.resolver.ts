import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Public } from '../authz/iam-operation';
import type { RequestContext } from '../context';
import { SignInInput } from './sign-in.inputs';
import { SignInResult } from './sign-in.type';
import { signInRoot, signOut } from './sign-in.service';

@Resolver()
export class SignInResolver {
  @Mutation(() => SignInResult, { description: 'Starts a console session (an HttpOnly cookie).' })
  @Public()
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: RequestContext): Promise<SignInResult> {
    return signInRoot(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends the console session, if there is one.' })
  @Public()
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await signOut(ctx);
    return true;
  }
}
