import { createRootAccount, startTestApi, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { startServer } from '../src/index';
import { createLogger } from '../src/logger';
import { connect } from 'node:net';
import { XMLParser } from 'fast-xml-parser';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('health checks', () => {
  it('GET /healthz says the process is alive and GET /readyz that the database answers', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${api.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('GET /readyz answers 503 when the database is unreachable, while /healthz stays 200', async () => {
    const unreachable = await startServer({
      databaseUrl: 'postgresql://postgres@127.0.0.1:1/nothing_listens_here',
      port: 0,
      host: '127.0.0.1',
      logger: createLogger({ level: 'silent' }),
    });
    try {
      expect((await fetch(`${unreachable.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${unreachable.url}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([503, { status: 'database unreachable' }]);
    } finally {
      await unreachable.close();
    }
  });
});

describe('GraphiQL', () => {
  it('is served at GET /graphql to browsers, with every asset from this server', async () => {
    const page = await fetch(api.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    const assetUrls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assetUrls).toEqual([
      'data:,',
      '/graphiql/graphiql.min.css',
      '/graphiql/react.production.min.js',
      '/graphiql/react-dom.production.min.js',
      '/graphiql/graphiql.min.js',
      '/graphiql/start-graphiql.js',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    for (const assetUrl of assetUrls.slice(1)) {
      const asset = await fetch(`${api.url}${assetUrl}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(assetUrl.endsWith('.css') ? /text\/css/ : /javascript/);
      expect((await asset.text()).length).toBeGreaterThan(100);
    }
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${api.url}/graphiql/package.json`)).status).toBe(404);
  });
});

describe('GraphQL over HTTP', () => {
  it('answers GET queries that carry a preflight header, and refuses the ones a foreign page could send (CSRF)', async () => {
    const query = encodeURIComponent('{ __typename }');
    const withHeader = await fetch(`${api.graphqlUrl}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([withHeader.status, await withHeader.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
    const simple = await fetch(`${api.graphqlUrl}?query=${query}`);
    expect(simple.status).toBe(400);
    expect(((await simple.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/CSRF/);
    const form = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(form.status).toBe(400);
  });

  it('serves /graphql and /graphql/ with or without a query string, and reads JSON bodies by their media type and charset', async () => {
    const post = (path: string, contentType: string, body = '{"query":"{ __typename }"}') =>
      fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body }).then(async (response) => [response.status, await response.text()]);
    const answered = [200, '{"data":{"__typename":"Query"}}'];
    for (const path of ['/graphql', '/graphql/', '/graphql?x=1', '/graphql/?x=1']) {
      expect(await post(path, 'application/json')).toEqual(answered);
    }
    for (const path of ['/graphqlx', '/graphql/x', '/graphql//', '/x/graphql']) expect((await post(path, 'application/json'))[0]).toBe(404);
    for (const contentType of ['Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF8"', 'application/graphql-response+json']) {
      expect(await post('/graphql', contentType)).toEqual(answered);
    }
    expect((await post('/graphql', 'application/json; charset=latin1'))[0]).toBe(415);
    expect((await post('/graphql', 'application/json', '{"query":'))[0]).toBe(400);
    expect((await post('/graphql', 'application/json', '"{ __typename }"'))[0]).toBe(400);
  });

  it('gives every response a request id, logged with the request as one JSON line', async () => {
    const response = await fetch(`${api.url}/healthz`);
    const requestId = response.headers.get('x-amzn-requestid');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = api.logs.find((entry) => entry.requestId === requestId && entry.msg === 'request completed');
    expect(line).toMatchObject({ method: 'GET', path: '/healthz', status: 200, service: 'gatehouse-api' });
    expect(typeof line!.durationMs).toBe('number');
  });

  it('never sends a stack trace, even for errors Apollo would decorate with one', async () => {
    const response = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ listUsers { totalCount } }' }),
    });
    const text = await response.text();
    expect(text).toContain('MissingAuthenticationToken');
    expect(text).not.toMatch(/stacktrace|\.ts:\d+|at /);
  });
});

describe('slow clients', () => {
  it('answers 408 and closes the connection of a client that stops sending its body or its headers', async () => {
    const server = await startServer({
      databaseUrl: api.databaseUrl,
      port: 0,
      host: '127.0.0.1',
      config: { http: { headersTimeoutMs: 300, requestTimeoutMs: 600 } },
      logger: createLogger({ level: 'silent' }),
    });
    try {
      const { port } = new URL(server.url);
      for (const sent of [
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
        'POST /graphql HTTP/1.1\r\nHost: x\r\n',
      ]) {
        const answer = await new Promise<string>((resolve, reject) => {
          const socket = connect(Number(port), '127.0.0.1', () => socket.write(sent));
          let received = '';
          socket.on('data', (chunk) => (received += chunk.toString()));
          socket.on('close', () => resolve(received));
          socket.on('error', reject);
        });
        expect(answer).toMatch(/^HTTP\/1\.1 408 /);
        expect(answer).toContain('"code":"InvalidInput"');
      }
    } finally {
      await server.close();
    }
  });
});

describe('keep-alive', () => {
  it('keeps an idle connection 65 s, longer than clients keep theirs, so that the client is the one that closes it', async () => {
    const { port } = new URL(api.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n'));
      socket.on('data', (chunk) => {
        resolve(chunk.toString());
        socket.destroy();
      });
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer.toLowerCase()).toContain('keep-alive: timeout=65');
  });
});

describe('requests the HTTP parser refuses', () => {
  /** Sends `request` in one write and reads until the server closes the connection. */
  async function exchange(request: string): Promise<{ status: number; headers: string; body: string; closedByServer: boolean }> {
    const { port } = new URL(api.url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
      let received = '';
      let closedByServer = false;
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('end', () => (closedByServer = true));
      socket.on('close', () => {
        const [head = '', body = ''] = received.split('\r\n\r\n', 2);
        resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body, closedByServer });
      });
      socket.on('error', reject);
    });
  }
  const oversizedHeader = `X-Amz-Security-Token: ${'x'.repeat(20_000)}\r\n`;

  it('answers headers over 16 KB to GraphQL with 431 and a coded JSON error, closes the connection, and keeps serving', async () => {
    const answer = await exchange(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n${oversizedHeader}\r\n{}`);
    expect([answer.status, answer.closedByServer]).toEqual([431, true]);
    expect(answer.headers).toContain('content-type: application/json');
    expect((JSON.parse(answer.body) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('InvalidInput');
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it("answers them to the Query API (GET /?Action=…, POST /) with 431 in AWS's XML error, and closes the connection", async () => {
    const form = 'Action=GetUser&Version=2010-05-08';
    for (const request of [
      `GET /?Action=GetUser&Version=2010-05-08 HTTP/1.1\r\nHost: x\r\n${oversizedHeader}\r\n`,
      `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${form.length}\r\n${oversizedHeader}\r\n${form}`,
    ]) {
      const answer = await exchange(request);
      expect([answer.status, answer.closedByServer]).toEqual([431, true]);
      expect(answer.headers).toContain('content-type: text/xml');
      const requestId = answer.headers.match(/x-amzn-requestid: (\S+)/)?.[1];
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(new XMLParser({ ignoreAttributes: false }).parse(answer.body)).toEqual({
        ErrorResponse: {
          '@_xmlns': 'https://iam.amazonaws.com/doc/2010-05-08/',
          Error: { Type: 'Sender', Code: 'RequestHeaderSectionTooLarge', Message: 'The request headers are larger than the server accepts.' },
          RequestId: requestId,
        },
      });
    }
  });

  it("answers them to AWS's JSON protocol (POST / with X-Amz-Target) with 431 in its JSON error, and closes the connection", async () => {
    const answer = await exchange(
      `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: Gatehouse.Authorize\r\nContent-Length: 2\r\n${oversizedHeader}\r\n{}`,
    );
    expect([answer.status, answer.closedByServer]).toEqual([431, true]);
    expect(answer.headers).toContain('content-type: application/x-amz-json-1.0');
    expect(answer.headers).toContain('x-amzn-errortype: requestheadersectiontoolarge');
    expect(answer.headers).toMatch(/x-amzn-requestid: [0-9a-f-]{36}/);
    expect(JSON.parse(answer.body)).toEqual({ __type: 'RequestHeaderSectionTooLarge', message: 'The request headers are larger than the server accepts.' });
  });
});

describe('graceful shutdown', () => {
  // A request held up by another session's row lock needs two sessions: an embedded PostgreSQL (PGlite) has one.
  const onServer = process.env.DATABASE_URL ? it : it.skip;
  if (!process.env.DATABASE_URL) console.log('server.test: graceful shutdown needs a PostgreSQL server (DATABASE_URL); skipped on the embedded database');
  onServer('lets an in-flight request finish, refuses new connections, then resolves', async () => {
    const shutdownApi = await startTestApi();
    const root = await createRootAccount(shutdownApi.prisma);
    let releaseLock!: () => void;
    const lockReleased = new Promise<void>((resolve) => (releaseLock = resolve));
    // signIn updates the account row; holding a lock on it keeps the request in flight while the server closes.
    let lockTaken!: () => void;
    const locked = new Promise<void>((resolve) => (lockTaken = resolve));
    const lockHolder = shutdownApi.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Account" WHERE id = ${root.accountId} FOR UPDATE`;
        lockTaken();
        await lockReleased;
      },
      { timeout: 20_000 },
    );
    await locked;
    const inFlight = new GraphQLClient(shutdownApi.graphqlUrl).request(
      'mutation ($input: SignInInput!) { signIn(input: $input) { state } }',
      { input: { email: root.email, password: root.password } },
    );
    await waitFor(async () => (await shutdownApi.prisma.$queryRaw<{ waiting: bigint }[]>`SELECT count(*) AS waiting FROM pg_locks WHERE NOT granted`)[0]!.waiting > 0n);

    let closed = false;
    const closing = shutdownApi.server.close().then(() => (closed = true));
    await expect(fetch(`${shutdownApi.url}/healthz`)).rejects.toThrow();
    expect(closed).toBe(false);

    releaseLock();
    await lockHolder;
    const response = await inFlight;
    expect([response.status, response.data?.signIn]).toEqual([200, { state: 'Active' }]);
    await closing;
    expect(closed).toBe(true);
    await shutdownApi.stop();
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition not met within 2 s');
}
