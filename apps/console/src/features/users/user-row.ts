import type { ListUsersQuery } from '../../gql/graphql';

/** A row of the Users table, as ListUsers returns it. */
export type UserRow = ListUsersQuery['listUsers']['edges'][number]['node'];

/** The text filter matches names, paths, ARNs and group names, as the IAM console's search does. */
export function userMatchesFilter(user: UserRow, filteringText: string): boolean {
  const text = filteringText.trim().toLowerCase();
  if (text === '') return true;
  return [user.userName, user.path, user.arn, ...user.groups.map((group) => group.groupName)].some((field) => field.toLowerCase().includes(text));
}
