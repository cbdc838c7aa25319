import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { startConsole, type ConsoleServer } from './harness/console-server';

/** Stands in for the API's HTTP endpoint only: records what reached it and answers with a session cookie. */
async function startRecordingEndpoint(): Promise<{ server: Server; url: string; received: Array<{ url?: string; headers: IncomingHttpHeaders; body: string }> }> {
  const received: Array<{ url?: string; headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ url: request.url, headers: request.headers, body });
      response.setHeader('content-type', 'application/json');
      response.setHeader('set-cookie', ['gatehouse_session=s1; HttpOnly; SameSite=Lax; Path=/', 'other=2; Path=/']);
      response.end(JSON.stringify({ data: { __typename: 'Query' } }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe('/graphql on the console origin', () => {
  let api: Awaited<ReturnType<typeof startRecordingEndpoint>>;
  let consoleServer: ConsoleServer;

  beforeAll(async () => {
    api = await startRecordingEndpoint();
    // The API address is given when the console starts, not when it was built.
    consoleServer = await startConsole({ GATEHOUSE_API_URL: api.url });
  });

  afterAll(async () => {
    await consoleServer.stop();
    api.server.close();
  });

  it('forwards the request with its cookie and CSRF header to GATEHOUSE_API_URL, and the cookies back', async () => {
    const response = await fetch(`${consoleServer.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: 'gatehouse_session=s0' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.getSetCookie()).toEqual(['gatehouse_session=s1; HttpOnly; SameSite=Lax; Path=/', 'other=2; Path=/']);
    expect(api.received).toHaveLength(1);
    expect(api.received[0]).toMatchObject({
      url: '/graphql',
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: expect.objectContaining({ cookie: 'gatehouse_session=s0', 'apollo-require-preflight': 'true' }),
    });
  });

  describe('a SigV4-signed request, whose Host the forwarding would change, is answered with where to send it', () => {
    const signer = new SignatureV4({
      service: 'iam',
      region: 'us-east-1',
      sha256: Sha256,
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    });
    const body = JSON.stringify({ query: '{ getCallerIdentity { arn } }' });

    async function expectMisdirected(response: Response): Promise<void> {
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(answer.errors).toEqual([{ message: expect.stringContaining(`Send them to the API's own URL, ${api.url}/graphql.`), extensions: { code: 'MisdirectedRequest' } }]);
    }

    it('signed in the Authorization header', async () => {
      const url = new URL(`${consoleServer.url}/graphql`);
      const received = api.received.length;
      const signed = await signer.sign({
        method: 'POST',
        protocol: 'http:',
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        headers: { host: url.host, 'content-type': 'application/json' },
        body,
      });
      // fetch sets Host itself (and fails when given one).
      const { host: _host, ...headers } = signed.headers;
      await expectMisdirected(await fetch(url, { method: 'POST', headers, body }));
      expect(api.received).toHaveLength(received);
    });

    it('presigned in the query string', async () => {
      const url = new URL(`${consoleServer.url}/graphql`);
      const received = api.received.length;
      const presigned = await signer.presign(
        { method: 'GET', protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, headers: { host: url.host }, query: { query: '{ __typename }' } },
        { expiresIn: 60 },
      );
      for (const [name, value] of Object.entries(presigned.query ?? {})) url.searchParams.set(name, String(value));
      await expectMisdirected(await fetch(url));
      expect(api.received).toHaveLength(received);
    });
  });
});
