// Child process of the benchmark: the floor to compare against. A plain node:http handler that reads the same JSON
// body shape and runs the single SQL query equivalent to each GraphQL operation with `pg` (baseline-queries.ts), with
// no GraphQL, no authentication, no authorization and no audit. Talks to the bench as bench-child.ts says.
import { createServer } from 'node:http';
import pg from 'pg';
import { baselineQueries, type BaselineRequest } from './baseline-queries';
import { listenAsBenchChild } from './bench-child';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is not set');
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as BaselineRequest;
    const [sql, values] = baselineQueries[request.op](request);
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
listenAsBenchChild(server, () => pool.end());
