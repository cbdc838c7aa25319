import type { Group as GroupRow, Prisma, Role as RoleRow, User as UserRow } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import { paginate, type Page } from '../../graphql/connections';
import { underPath } from '../ordered-list';
import { getPolicy } from './policies.service';
import { PolicyUsageType, type ListEntitiesForPolicyArgs } from './policies.inputs';
import type { PolicyEntities } from './policy-entities.type';

/** AWS ListEntitiesForPolicy: checks the policy exists; each kind of entity is then paged by its own field. */
export async function listEntitiesForPolicy(ctx: RequestContext, accountId: string, args: ListEntitiesForPolicyArgs): Promise<PolicyEntities> {
  const policy = await getPolicy(ctx, args.policyArn);
  return { policyId: policy.id, accountId, pathPrefix: args.pathPrefix, policyUsageFilter: args.policyUsageFilter, entityFilter: args.entityFilter };
}

interface PageArgs {
  first: number;
  after?: string | null;
}

/** Whether the entity uses the policy the way the filter asks: attached, as boundary (users and roles), or either. */
function usesPolicy<TWhere>(entities: PolicyEntities, attached: TWhere, boundary: TWhere | undefined): TWhere[] {
  if (entities.policyUsageFilter === PolicyUsageType.PermissionsPolicy) return [attached];
  if (entities.policyUsageFilter === PolicyUsageType.PermissionsBoundary) return boundary ? [boundary] : [];
  return boundary ? [attached, boundary] : [attached];
}


const isName = (value: unknown): value is string => typeof value === 'string';

export function policyUsers(ctx: RequestContext, entities: PolicyEntities, page: PageArgs): Promise<Page<UserRow>> {
  const uses = entities.entityFilter && entities.entityFilter !== 'User' ? [] : usesPolicy<Prisma.UserWhereInput>(
    entities,
    { attachedPolicies: { some: { policyId: entities.policyId } } },
    { permissionsBoundaryPolicyId: entities.policyId },
  );
  const where: Prisma.UserWhereInput = { accountId: entities.accountId, ...underPath(entities.pathPrefix), OR: uses };
  return paginate({
    first: page.first,
    after: page.after,
    isKey: isName,
    keyOf: (user) => user.userName,
    fetch: (take, after) =>
      ctx.prisma.user.findMany({ where: { ...where, ...(after === undefined ? {} : { userName: { gt: after } }) }, orderBy: { userName: 'asc' }, take }),
    countTotal: () => ctx.prisma.user.count({ where }),
  });
}

export function policyGroups(ctx: RequestContext, entities: PolicyEntities, page: PageArgs): Promise<Page<GroupRow>> {
  // Groups have no permissions boundary.
  const uses = entities.entityFilter && entities.entityFilter !== 'Group' ? [] : usesPolicy<Prisma.GroupWhereInput>(
    entities,
    { attachedPolicies: { some: { policyId: entities.policyId } } },
    undefined,
  );
  const where: Prisma.GroupWhereInput = { accountId: entities.accountId, ...underPath(entities.pathPrefix), OR: uses };
  return paginate({
    first: page.first,
    after: page.after,
    isKey: isName,
    keyOf: (group) => group.groupName,
    fetch: (take, after) =>
      ctx.prisma.group.findMany({ where: { ...where, ...(after === undefined ? {} : { groupName: { gt: after } }) }, orderBy: { groupName: 'asc' }, take }),
    countTotal: () => ctx.prisma.group.count({ where }),
  });
}

export function policyRoles(ctx: RequestContext, entities: PolicyEntities, page: PageArgs): Promise<Page<RoleRow>> {
  const uses = entities.entityFilter && entities.entityFilter !== 'Role' ? [] : usesPolicy<Prisma.RoleWhereInput>(
    entities,
    { attachedPolicies: { some: { policyId: entities.policyId } } },
    { permissionsBoundaryPolicyId: entities.policyId },
  );
  const where: Prisma.RoleWhereInput = { accountId: entities.accountId, ...underPath(entities.pathPrefix), OR: uses };
  return paginate({
    first: page.first,
    after: page.after,
    isKey: isName,
    keyOf: (role) => role.roleName,
    fetch: (take, after) =>
      ctx.prisma.role.findMany({ where: { ...where, ...(after === undefined ? {} : { roleName: { gt: after } }) }, orderBy: { roleName: 'asc' }, take }),
    countTotal: () => ctx.prisma.role.count({ where }),
  });
}
