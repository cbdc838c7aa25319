// Child process of bench:authorize: the floor under a decision. A plain node:http handler that reads the same signed
// request (headers and body), parses its JSON and answers a fixed decision, with no authentication, no validation
// and no evaluation: what the HTTP exchange alone costs this process. Talks to the bench as bench-child.ts says.
import { createServer } from 'node:http';
import { listenAsBenchChild } from './bench-child';

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { action: string };
    const body = JSON.stringify({ decision: 'allowed', principalArn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333', action: input.action });
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
listenAsBenchChild(server, async () => undefined);
