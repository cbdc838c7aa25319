// The single SQL query equivalent to each benchmarked GraphQL operation, as `pg` runs it: the raw baseline
// (raw-baseline.ts) answers with its rows, and Apollo over the same SQL (apollo-floor.ts) resolves its fields from them.

export interface BaselineRequest {
  op: 'getUser' | 'listUsers' | 'nested' | 'createUser';
  accountId: string;
  userName?: string;
}

export const baselineQueries: Record<BaselineRequest['op'], (request: BaselineRequest) => [string, unknown[]]> = {
  getUser: ({ accountId, userName }) => [
    'SELECT id, "userName", path, arn, "createDate" FROM "User" WHERE "accountId" = $1 AND "userName" = $2',
    [accountId, userName],
  ],
  listUsers: ({ accountId }) => [
    'SELECT id, "userName", arn FROM "User" WHERE "accountId" = $1 ORDER BY "userName" LIMIT 101',
    [accountId],
  ],
  nested: ({ accountId, userName }) => [
    `SELECT u."userName", g."groupName", p."policyName", p."defaultVersionId" FROM "User" u
     LEFT JOIN "GroupMembership" m ON m."userId" = u.id LEFT JOIN "Group" g ON g.id = m."groupId"
     LEFT JOIN "GroupPolicyAttachment" a ON a."groupId" = g.id LEFT JOIN "ManagedPolicy" p ON p.id = a."policyId"
     WHERE u."accountId" = $1 AND u."userName" = $2`,
    [accountId, userName],
  ],
  createUser: ({ accountId, userName }) => [
    `INSERT INTO "User" (id, "accountId", path, "userName", arn) VALUES ('AIDA' || upper(substr(md5(random()::text), 1, 17)), $1::varchar, '/', $2::citext, 'arn:aws:iam::' || $1::text || ':user/' || $2::text)
     RETURNING id, "userName", arn, "createDate"`,
    [accountId, userName],
  ],
};
