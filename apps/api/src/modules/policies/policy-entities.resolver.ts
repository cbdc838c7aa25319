import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import { ConnectionArgs, type Page } from '../../graphql/connections';
import { Group, GroupConnection } from '../groups/group.type';
import { Role, RoleConnection } from '../roles/role.type';
import { User, UserConnection } from '../users/user.type';
import { ListEntitiesForPolicyArgs } from './policies.inputs';
import * as entities from './policy-entities.service';
import { PolicyEntities } from './policy-entities.type';

// The lists are part of the ListEntitiesForPolicy answer, authorized with it: they need no declaration of their own.

@Resolver(() => PolicyEntities)
export class PolicyEntitiesResolver {
  @Query(() => PolicyEntities)
  @IamOperation<ListEntitiesForPolicyArgs>('iam:ListEntitiesForPolicy', ({ args }) => args.policyArn)
  listEntitiesForPolicy(@Args(() => ListEntitiesForPolicyArgs) args: ListEntitiesForPolicyArgs, @Ctx() ctx: RequestContext): Promise<PolicyEntities> {
    return entities.listEntitiesForPolicy(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @FieldResolver(() => UserConnection, { complexity: connectionComplexity })
  policyUsers(@Root() root: PolicyEntities, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<Page<User>> {
    return entities.policyUsers(ctx, root, args);
  }

  @FieldResolver(() => GroupConnection, { complexity: connectionComplexity })
  policyGroups(@Root() root: PolicyEntities, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<Page<Group>> {
    return entities.policyGroups(ctx, root, args);
  }

  @FieldResolver(() => RoleConnection, { complexity: connectionComplexity })
  policyRoles(@Root() root: PolicyEntities, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<Page<Role>> {
    return entities.policyRoles(ctx, root, args);
  }
}
