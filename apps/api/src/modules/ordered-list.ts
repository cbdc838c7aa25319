import type { Page } from '../graphql/connections';
import { paginate } from '../graphql/connections';
import { literalLikePrefix } from './like-pattern';

/** The part of a Prisma model delegate a keyset list uses. */
interface OrderedTable<TRow, TWhere> {
  findMany(args: { where: TWhere; orderBy: { [field: string]: 'asc' }; take: number }): PromiseLike<TRow[]>;
  count(args: { where: TWhere }): PromiseLike<number>;
}

/**
 * A page of `table`'s rows matching `where`, in the order of `field`, a text column unique within `where` (a user
 * name in an account, a tag key on a resource): the field's value is the cursor.
 */
export function paginateBy<TField extends string, TRow extends Record<TField, string>, TWhere extends object>(
  table: OrderedTable<TRow, TWhere>,
  field: TField,
  where: TWhere,
  page: { first: number; after?: string | null },
): Promise<Page<TRow>> {
  return paginate({
    first: page.first,
    after: page.after,
    isKey: (value): value is string => typeof value === 'string',
    keyOf: (row) => row[field],
    fetch: (limit, afterValue) =>
      Promise.resolve(
        table.findMany({
          where: afterValue === undefined ? where : { ...where, [field]: { gt: afterValue } },
          orderBy: { [field]: 'asc' },
          take: limit,
        }),
      ),
    countTotal: () => Promise.resolve(table.count({ where })),
  });
}

/** AWS's PathPrefix of list operations: rows whose path starts with it, `_` and `%` taken literally. */
export function underPath(pathPrefix: string | undefined): { path?: { startsWith: string } } {
  return pathPrefix ? { path: { startsWith: literalLikePrefix(pathPrefix) } } : {};
}
