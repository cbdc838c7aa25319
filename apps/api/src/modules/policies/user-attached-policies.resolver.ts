import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { quotaListComplexity } from '../../graphql/complexity';
import { User } from '../users/user.type';
import { Policy } from './policy.type';

/** The User → attached policies link, kept with the attachments it reads rather than in the users module. */
@Resolver(() => User)
export class UserAttachedPoliciesResolver {
  @FieldResolver(() => [Policy], { complexity: quotaListComplexity('attachedPoliciesPerIdentity'), description: 'The managed policies attached to the user.' })
  @IamOperation<unknown, User>('iam:ListAttachedUserPolicies', ({ root }) => root.arn)
  attachedPolicies(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    return ctx.loaders.policies.attachedPoliciesByUserId.load(user.id);
  }
}
