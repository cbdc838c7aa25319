import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { requireCaller } from '../../principals/caller';
import { AuthorizeBatchArgs, AuthorizeInput } from './authorize.inputs';
import { authorizeRequests, authorizeResourceArn } from './authorize.service';
import { AuthorizationDecision } from './authorize.type';

/** Decisions for the services Gatehouse protects; the asking service needs `gatehouse:Authorize` on each service it asks for. */
@Resolver()
export class AuthorizeResolver {
  @Query(() => AuthorizationDecision)
  @IamOperation<{ input: AuthorizeInput }>('gatehouse:Authorize', ({ args, caller }) => authorizeResourceArn(caller.accountId, args.input.action))
  async authorize(@Arg('input', () => AuthorizeInput) input: AuthorizeInput, @Ctx() ctx: RequestContext): Promise<AuthorizationDecision> {
    const [decision] = await authorizeRequests(ctx, requireCaller(ctx.caller), [input], 'input');
    return decision!;
  }

  @Query(() => [AuthorizationDecision])
  @IamOperation<AuthorizeBatchArgs>('gatehouse:Authorize', ({ args, caller }) => [
    ...new Set(args.inputs.map((input) => authorizeResourceArn(caller.accountId, input.action))),
  ])
  authorizeBatch(@Args(() => AuthorizeBatchArgs) args: AuthorizeBatchArgs, @Ctx() ctx: RequestContext): Promise<AuthorizationDecision[]> {
    return authorizeRequests(ctx, requireCaller(ctx.caller), args.inputs, 'inputs');
  }
}
