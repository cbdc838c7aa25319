import DataLoader from 'dataloader';
import { roleArn, type ManagedPolicy, type Role as RoleRow, type RoleTag } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import { groupByKey, type LoaderScope } from '../loader-scope';

export function createRolesLoaders({ prisma, accountId }: LoaderScope) {
  return {
    /** Roles of the caller's account by name; names are case-insensitive, like the citext column. */
    roleByName: new DataLoader<string, RoleRow | null, string>(
      async (roleNames) => {
        const rows = await prisma.role.findMany({ where: { accountId: accountId(), roleName: { in: [...roleNames] } } });
        const byName = new Map(rows.map((row) => [row.roleName.toLowerCase(), row]));
        return roleNames.map((roleName) => byName.get(roleName.toLowerCase()) ?? null);
      },
      { cacheKeyFn: (roleName) => roleName.toLowerCase() },
    ),

    tagsByRoleId: new DataLoader<string, RoleTag[]>(async (roleIds) => {
      const rows = await prisma.roleTag.findMany({
        where: { roleId: { in: [...roleIds] }, role: { accountId: accountId() } },
        orderBy: { key: 'asc' },
      });
      return groupByKey(roleIds, rows, (row) => row.roleId);
    }),

    /** ListAttachedRolePolicies, for many roles in one query. */
    attachedPoliciesByRoleId: new DataLoader<string, ManagedPolicy[]>(async (roleIds) => {
      const attachments = await prisma.rolePolicyAttachment.findMany({
        where: { roleId: { in: [...roleIds] }, role: { accountId: accountId() } },
        include: { policy: true },
        orderBy: { policy: { policyName: 'asc' } },
      });
      return groupByKey(roleIds, attachments, (attachment) => attachment.roleId).map((rows) => rows.map((row) => row.policy));
    }),
  };
}

/** The ARN of a role named in a request, for authorization: the stored ARN when it exists, else the pathless one. */
export async function roleArnForName(ctx: RequestContext, accountId: string, roleName: string): Promise<string> {
  const role = await ctx.loaders.roles.roleByName.load(roleName);
  return role?.arn ?? roleArn(accountId, '/', roleName);
}
