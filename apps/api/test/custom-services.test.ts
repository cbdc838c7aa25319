import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { GraphQLClient } from './support/graphql-client';
import { createRootAccount } from './support/test-api';
import { dumpAuditEvents } from './support/test-artifacts';

// Services the operator defined (`gatehouse service import` writes the CustomService table; packages/cli tests the
// command) appear wherever AWS's catalog does, in every API process, from the moment they are stored.
const orders = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'orders-service', 'orders.service-reference.json'), 'utf8'));
let database: TestDatabase;
let servers: ApiProcess[];
let clients: GraphQLClient[];
let accountId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  servers = await Promise.all([0, 1].map(() => startApiProcess(database.databaseUrl)));
  const root = await createRootAccount(database.prisma);
  accountId = root.accountId;
  clients = servers.map((server) => new GraphQLClient(`${server.url}/graphql`));
  await clients[0]!.signIn(root.email, root.password);
  clients[1]!.cookie = clients[0]!.cookie;
}, 90_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

const validate = (client: GraphQLClient, document: object) =>
  client.data('query ($doc: String!) { validatePolicy(policyDocument: $doc, policyType: IDENTITY_POLICY) { issueCode } }', { doc: JSON.stringify(document) });
const ordersPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['orders:GetOrder', 'orders:List*'], Resource: 'arn:aws:orders:us-east-1:111122223333:order/*', Condition: { StringEquals: { 'orders:Channel': 'web' } } }],
};
const codes = async (client: GraphQLClient, document: object) => (await validate(client, document)).validatePolicy.map((finding: { issueCode: string }) => finding.issueCode);

it('knows an imported service in every process at once, and forgets it once removed', async () => {
  for (const client of clients) expect(await codes(client, ordersPolicy)).toContain('UNKNOWN_SERVICE');
  await database.prisma.customService.create({ data: { prefix: 'orders', serviceReference: orders } });
  // Stored outside the API: only the change notification tells the processes. Poll until each has heard.
  for (const client of clients) await eventually(async () => expect(await codes(client, ordersPolicy)).toEqual([]));

  await database.prisma.customService.delete({ where: { prefix: 'orders' } });
  for (const client of clients) await eventually(async () => expect(await codes(client, ordersPolicy)).toContain('UNKNOWN_SERVICE'));
  await database.prisma.customService.create({ data: { prefix: 'orders', serviceReference: orders } });
  for (const client of clients) await eventually(async () => expect(await codes(client, ordersPolicy)).toEqual([]));
});

it('serves it in the catalog queries: service list, actions by access level, ARN formats, condition keys', async () => {
  const [client] = clients as [GraphQLClient];
  const services = (await client.data('{ catalogServices { prefix name } }')).catalogServices;
  expect(services).toContainEqual({ prefix: 'orders', name: 'orders' });
  const definitions = (await client.data('{ customServices { prefix serviceReference } }')).customServices;
  expect(definitions.map((definition: { prefix: string; serviceReference: string }) => [definition.prefix, JSON.parse(definition.serviceReference)])).toEqual([['orders', orders]]);
  const service = (
    await client.data(`{ catalogService(prefix: "orders") {
      actions(accessLevel: "Write") { action resourceTypes { name required arnFormat } }
      resourceTypes { name arnFormat }
      conditionKeys { name type }
    } }`)
  ).catalogService;
  expect(service.actions).toEqual([
    { action: 'orders:CreateOrder', resourceTypes: [{ name: 'order', required: true, arnFormat: 'arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}' }] },
    { action: 'orders:CancelOrder', resourceTypes: [{ name: 'order', required: true, arnFormat: 'arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}' }] },
  ]);
  expect(service.resourceTypes).toEqual([{ name: 'order', arnFormat: 'arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}' }]);
  expect(service.conditionKeys).toEqual([
    { name: 'orders:Channel', type: 'String' },
    { name: 'orders:Amount', type: 'Numeric' },
  ]);
});

it('validates policies that use it: unknown actions, wrong resource types and unknown condition keys are flagged', async () => {
  const [client] = clients as [GraphQLClient];
  const statement = (extra: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*', ...extra }] });
  expect(await codes(client, statement({ Action: 'orders:GetOrdr' }))).toContain('UNKNOWN_ACTION');
  expect(await codes(client, statement({ Action: 'orders:GetOrder', Resource: 'arn:aws:orders:us-east-1:111122223333:invoice/7' }))).toContain('RESOURCE_TYPE_MISMATCH');
  expect(await codes(client, statement({ Action: 'orders:GetOrder', Condition: { StringEquals: { 'orders:Colour': 'red' } } }))).toContain('UNKNOWN_CONDITION_KEY');
});

it('simulates its actions', async () => {
  const [client] = clients as [GraphQLClient];
  const ordersPolicy = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: `arn:aws:orders:us-east-1:${accountId}:order/*`, Condition: { StringEquals: { 'orders:Channel': 'web' } } }],
  };
  const result = await client.data(
    'query ($input: SimulateCustomPolicyInput!) { simulateCustomPolicy(input: $input) { evaluationResults { evalActionName evalDecision } } }',
    {
      input: {
        policyInputList: [JSON.stringify(ordersPolicy)],
        actionNames: ['orders:GetOrder', 'orders:CancelOrder'],
        // In the simulated caller's own account: across accounts a resource policy would have to allow too.
        resourceArns: [`arn:aws:orders:us-east-1:${accountId}:order/42`],
        contextEntries: [{ contextKeyName: 'orders:Channel', contextKeyValues: ['web'], contextKeyType: 'string' }],
      },
    },
  );
  expect(result.simulateCustomPolicy.evaluationResults).toEqual([
    { evalActionName: 'orders:GetOrder', evalDecision: 'allowed' },
    { evalActionName: 'orders:CancelOrder', evalDecision: 'implicitDeny' },
  ]);
});

/**
 * Retries `check` until it passes or 10 s have gone by: a notification reaches another process in its own time, and
 * only that process's answers show it has arrived. The deadline catches a lost notification; it is no speed target.
 */
async function eventually(check: () => Promise<void>): Promise<void> {
  for (const deadline = Date.now() + 10_000; ; ) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
