// Child process of the benchmark: the ceiling the design sets. Apollo Server 5 on node:http, served the way
// src/http/graphql-endpoint.ts serves it, with a small schema whose getUser and listUsers answer from memory: no
// database, no authentication, no type-graphql. Its throughput against the raw baseline's is as close as the API can
// come to it.
// Prints its URL as the first stdout line, then its CPU time when asked (cpu-report.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { reportCpuOnRequest } from './cpu-report';

const schema = buildSchema(`
  type User { userId: String! userName: String! path: String! arn: String! createDate: String! }
  type UserEdge { cursor: String! node: User! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type UserConnection { edges: [UserEdge!]! pageInfo: PageInfo! }
  type Query { getUser(userName: String): User listUsers(first: Int): UserConnection! }
`);
const user = (userName: string) => ({
  userId: 'AIDAEXAMPLEEXAMPLE000',
  userName,
  path: '/',
  arn: `arn:aws:iam::111122223333:user/${userName}`,
  createDate: '2026-11-29T00:00:00.000Z',
});
const rootValue = {
  getUser: ({ userName }: { userName: string }) => user(userName),
  // A new page for every request, as the API reads one from the database.
  listUsers: ({ first }: { first: number }) => {
    const edges = Array.from({ length: first }, (_, index) => {
      const userName = `user${String(index + 1).padStart(6, '0')}`;
      return { cursor: Buffer.from(JSON.stringify(userName)).toString('base64url'), node: user(userName) };
    });
    return { edges, pageInfo: { hasNextPage: true, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};
const apollo = new ApolloServer({ schema, rootValue });
await apollo.start();

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    void apollo
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) },
        context: async () => ({}),
      })
      .then((response) => {
        for (const [name, value] of response.headers) res.setHeader(name, value);
        res.statusCode = response.status ?? 200;
        res.end(response.body.kind === 'complete' ? response.body.string : '');
      });
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  reportCpuOnRequest();
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
