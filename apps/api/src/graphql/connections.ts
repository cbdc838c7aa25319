import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IamError } from '../errors/iam-error';

/** Relay's PageInfo. Only forward pagination (`first`/`after`) exists, like AWS's Marker/MaxItems. */
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  /** True when the page starts after a cursor, i.e. the item at `after` (at least) comes before it. */
  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

/** A page of a list, counted only when a client asks for `totalCount`. */
export interface Page<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/** AWS's MaxItems: 100 when not given, at most 1000. */
export const defaultPageSize = 100;
export const maxPageSize = 1000;

/** `first`/`after`, with AWS's MaxItems bounds. Argument classes of list operations extend it. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: defaultPageSize })
  @Min(1, { message: 'Member must have value greater than or equal to 1' })
  @Max(maxPageSize, { message: `Member must have value less than or equal to ${maxPageSize}` })
  first!: number;

  /** GraphQL null, like an omitted argument, means "from the start". */
  @Field(() => String, { nullable: true })
  after?: string | null;
}

/**
 * The `XConnection` and `XEdge` object types for a node type. `totalCount` is a method, so the count query runs
 * only when it is selected.
 */
export function Connection<TNode extends object>(nodeType: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'How many items the whole list holds, across every page.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return ConnectionType;
}

/**
 * Keyset pagination: `fetch` returns up to `limit` rows that sort after the decoded cursor key; one extra row is
 * asked for, to know whether another page follows. Cursors are opaque to clients.
 */
export async function paginate<TRow, TKey>(options: {
  first: number;
  after: string | null | undefined;
  /** Checks a decoded cursor: a client may send anything as `after`. */
  isKey: (value: unknown) => value is TKey;
  keyOf: (row: TRow) => TKey;
  fetch: (limit: number, afterKey: TKey | undefined) => Promise<TRow[]>;
  countTotal: () => Promise<number>;
}): Promise<Page<TRow>> {
  const after = options.after ?? undefined;
  const afterKey = after === undefined ? undefined : decodeCursor(after, options.isKey);
  const rows = await options.fetch(options.first + 1, afterKey);
  const pageRows = rows.slice(0, options.first);
  const edges = pageRows.map((node) => ({ cursor: encodeCursor(options.keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > options.first,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal: options.countTotal,
  };
}

function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor<TKey>(cursor: string, isKey: (value: unknown) => value is TKey): TKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!isKey(key)) {
    throw new IamError('InvalidInput', 'Invalid value for after: it is not a cursor returned by this list.', { field: 'after' });
  }
  return key;
}
