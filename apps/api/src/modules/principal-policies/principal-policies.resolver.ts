import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { requireCaller } from '../../principals/caller';
import { PrincipalPolicies } from './principal-policies.type';
import { getPrincipalPolicies } from './principal-policies.service';

@Resolver()
export class PrincipalPoliciesResolver {
  /**
   * Gatehouse's own read (AWS has none): what GetAccountAuthorizationDetails says about one principal, with its groups'
   * policies. It needs the same action, so it shows nobody more than they could already read.
   */
  @Query(() => PrincipalPolicies)
  @IamOperation('iam:GetAccountAuthorizationDetails', () => '*')
  getPrincipalPolicies(@Arg('principalArn', () => String) principalArn: string, @Ctx() ctx: RequestContext): Promise<PrincipalPolicies> {
    return getPrincipalPolicies(ctx, requireCaller(ctx.caller).accountId, principalArn);
  }
}
