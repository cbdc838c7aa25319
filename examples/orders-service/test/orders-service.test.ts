import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { createLogger, startServer, type RunningServer } from '@gatehouse/api';
import { hashPassword, SecretBox } from '@gatehouse/credentials';
import { newAccountId } from '@gatehouse/db';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import express from 'express';
import Fastify from 'fastify';
import { gatehouseFastifyHook, gatehouseMiddleware } from '@gatehouse/authorizer';
import { createOrdersServer, ordersRoutes } from '../src/orders-server';

// The orders service end to end: its definition imported with `gatehouse service import`, two users whose policies
// differ, each signing requests to the service with the AWS SDK's own signer (service `orders`).
jest.setTimeout(120_000);

interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

let database: TestDatabase;
let gatehouse: RunningServer;
let orders: Server;
let ordersUrl: string;
let cookie = '';
let accountId: string;
let alice: Credentials;
let bob: Credentials;
let service: Credentials;

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${gatehouse.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.getSetCookie()[0];
  if (setCookie) cookie = setCookie.split(';')[0]!;
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function userWithKey(userName: string, statements: object[]): Promise<Credentials> {
  await graphql('mutation ($u: String!) { createUser(input: { userName: $u }) { userName } }', { u: userName });
  const document = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  await graphql('mutation ($u: String!, $d: String!) { putUserPolicy(input: { userName: $u, policyName: "orders", policyDocument: $d }) { policyName } }', { u: userName, d: document });
  return (await graphql('mutation ($u: String!) { createAccessKey(input: { userName: $u }) { accessKeyId secretAccessKey } }', { u: userName })).createAccessKey;
}

/** A request to the orders service, signed as the AWS SDKs sign (SigV4, service `orders`). */
async function send(credentials: Credentials | null, method: string, path: string, baseUrl = ordersUrl) {
  const url = new URL(path, baseUrl);
  let headers: Record<string, string> = {};
  if (credentials) {
    const signer = new SignatureV4({ service: 'orders', region: 'us-east-1', credentials, sha256: Sha256 });
    const signed = await signer.sign({ method, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, query: {}, headers: { host: url.host } });
    const { host: _host, ...rest } = signed.headers;
    headers = rest;
  }
  const response = await fetch(url, { method, headers });
  return { status: response.status, errorType: response.headers.get('x-amzn-errortype'), body: (await response.json()) as any };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const cli = join(dirname(require.resolve('@gatehouse/cli/package.json')), 'bin', 'gatehouse.js');
  const imported = await promisify(execFile)(process.execPath, [cli, 'service', 'import', join(__dirname, '..', 'orders.service-reference.json')], {
    env: { ...process.env, DATABASE_URL: database.databaseUrl },
  });
  expect(JSON.parse(imported.stdout)).toMatchObject({ prefix: 'orders' });

  gatehouse = await startServer({
    databaseUrl: database.databaseUrl,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger({ level: 'warn' }),
    secretBox: new SecretBox(randomBytes(32)),
  });
  accountId = newAccountId();
  await database.prisma.account.create({ data: { id: accountId, rootEmail: `root-${accountId}@example.com`, rootPasswordHash: await hashPassword('orders example root') } });
  await graphql('mutation ($e: String!) { signIn(input: { email: $e, password: "orders example root" }) { state } }', { e: `root-${accountId}@example.com` });

  service = await userWithKey('orders-service', [{ Effect: 'Allow', Action: 'gatehouse:Authorize', Resource: `arn:aws:gatehouse::${accountId}:service/orders` }]);
  alice = await userWithKey('alice', [{ Effect: 'Allow', Action: ['orders:GetOrder', 'orders:ListOrders'], Resource: '*' }]);
  bob = await userWithKey('bob', [{ Effect: 'Allow', Action: 'orders:ListOrders', Resource: '*' }]);

  orders = createOrdersServer({ gatehouseUrl: gatehouse.url, credentials: service, accountId });
  orders.listen(0, '127.0.0.1');
  await once(orders, 'listening');
  ordersUrl = `http://127.0.0.1:${(orders.address() as AddressInfo).port}`;
});

afterAll(async () => {
  orders?.close();
  await gatehouse?.close();
  await database?.drop();
});

test('each user gets what their policies allow: 200, or 403 with AWS AccessDenied shape', async () => {
  expect(await send(alice, 'GET', '/orders/42')).toEqual({ status: 200, errorType: null, body: { id: '42', item: 'book' } });
  const refused = await send(bob, 'GET', '/orders/42');
  expect(refused).toEqual({
    status: 403,
    errorType: 'AccessDeniedException',
    body: {
      __type: 'AccessDeniedException',
      message: `User: arn:aws:iam::${accountId}:user/bob is not authorized to perform: orders:GetOrder on resource: arn:aws:orders:us-east-1:${accountId}:order/42 because no policy allows the orders:GetOrder action`,
    },
  });
  expect((await send(bob, 'GET', '/orders')).status).toBe(200);
  expect((await send(alice, 'DELETE', '/orders/42')).status).toBe(403);
});

test('an unsigned request, a wrong secret or an undeclared route is refused', async () => {
  expect(await send(null, 'GET', '/orders/42')).toMatchObject({ status: 403, errorType: 'MissingAuthenticationToken' });
  expect(await send({ ...alice, secretAccessKey: 'not-the-secret' }, 'GET', '/orders/42')).toMatchObject({ status: 403, errorType: 'SignatureDoesNotMatch' });
  expect(await send(alice, 'GET', '/customers')).toMatchObject({ status: 403, errorType: 'AccessDeniedException' });
});

test('the Express middleware and the Fastify hook decide the same way', async () => {
  const options = { gatehouseUrl: gatehouse.url, credentials: service, routes: ordersRoutes(accountId) };
  const app = express();
  app.use(gatehouseMiddleware(options));
  app.get('/orders/:id', (req, res) => {
    res.json({ id: req.params.id });
  });
  const expressServer = app.listen(0, '127.0.0.1');
  await once(expressServer, 'listening');
  const fastify = Fastify();
  fastify.addHook('preParsing', gatehouseFastifyHook(options));
  fastify.get('/orders/:id', async (request) => ({ id: (request.params as { id: string }).id }));
  const fastifyUrl = await fastify.listen({ port: 0, host: '127.0.0.1' });
  try {
    for (const baseUrl of [`http://127.0.0.1:${(expressServer.address() as AddressInfo).port}`, fastifyUrl]) {
      expect(await send(alice, 'GET', '/orders/7', baseUrl)).toEqual({ status: 200, errorType: null, body: { id: '7' } });
      expect(await send(bob, 'GET', '/orders/7', baseUrl)).toMatchObject({ status: 403, errorType: 'AccessDeniedException' });
    }
  } finally {
    expressServer.close();
    await fastify.close();
  }
});
