import DataLoader from 'dataloader';
import type { User as UserRow, UserTag } from '@gatehouse/db';
import { userArn } from '@gatehouse/db';
import type { RequestContext } from '../../context';
import { findUsersWithTheirGroups, type GroupsLoaders } from '../groups/groups.loaders';
import { groupByKey, keyFilter, type LoaderScope } from '../loader-scope';

// Made once: tsx (esbuild's keepNames) names an arrow function assigned to a property on every request that makes it.
const lowerCase = (userName: string) => userName.toLowerCase();

/** `groups`: the groups' loaders, made only when a read of users brings their groups to prime them. */
export function createUsersLoaders(scope: LoaderScope, groups: () => GroupsLoaders) {
  const { prisma, accountId } = scope;
  return {
    /**
     * Users of the caller's account by name; names are case-insensitive, like the citext column. A user's groups, and
     * their attached policies, come in the same query when the operation selects them.
     */
    userByName: new DataLoader<string, UserRow | null, string>(
      async (userNames) => {
        const rows = await findUsersWithTheirGroups(scope, groups, { accountId: accountId(), userName: keyFilter(userNames) });
        const byName = new Map(rows.map((row) => [row.userName.toLowerCase(), row]));
        return userNames.map((userName) => byName.get(userName.toLowerCase()) ?? null);
      },
      { cacheKeyFn: lowerCase },
    ),

    tagsByUserId: new DataLoader<string, UserTag[]>(async (userIds) => {
      const rows = await prisma.userTag.findMany({
        where: { userId: keyFilter(userIds), user: { accountId: accountId() } },
        orderBy: { key: 'asc' },
      });
      return groupByKey(userIds, rows, (row) => row.userId);
    }),
  };
}

/**
 * The ARN of a user named in a request, for authorization: the stored ARN (with its path) when the user exists,
 * otherwise the ARN AWS evaluates for a name it cannot find (no path).
 */
export async function userArnForName(ctx: RequestContext, accountId: string, userName: string): Promise<string> {
  const user = await ctx.loaders.users.userByName.load(userName);
  return user?.arn ?? userArn(accountId, '/', userName);
}
