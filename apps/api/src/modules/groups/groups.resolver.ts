import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { listComplexity } from '../../graphql/complexity';
import { Policy } from '../policies/policy.type';
import { Group } from './group.type';

/** AWS quota: at most 10 managed policies attached to a group. */
const maxPoliciesPerGroup = 10;

@Resolver(() => Group)
export class GroupsResolver {
  @FieldResolver(() => [Policy], { complexity: listComplexity(maxPoliciesPerGroup), description: 'The managed policies attached to the group.' })
  @IamOperation<unknown, Group>('iam:ListAttachedGroupPolicies', ({ root }) => root.arn)
  attachedPolicies(@Root() group: Group, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    return ctx.loaders.groups.attachedPoliciesByGroupId.load(group.id);
  }
}
