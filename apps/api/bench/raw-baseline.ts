// Child process of the benchmark: the floor to compare against. A plain node:http handler that reads the same JSON
// body shape and runs the single SQL query equivalent to each GraphQL operation with `pg`, with no GraphQL, no
// authentication, no authorization and no audit. Prints its URL as the first stdout line, then its CPU time when asked (cpu-report.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { reportCpuOnRequest } from './cpu-report';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

interface BaselineRequest {
  op: 'getUser' | 'listUsers' | 'nested' | 'createUser';
  accountId: string;
  userName?: string;
}

const queries: Record<BaselineRequest['op'], (request: BaselineRequest) => [string, unknown[]]> = {
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

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as BaselineRequest;
    const [sql, values] = queries[request.op](request);
    pool.query(sql, values).then(
      (result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: result.rows }));
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: error.message }));
      },
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  reportCpuOnRequest();
});
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
