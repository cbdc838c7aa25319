import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { SignedGraphQLClient } from '../auth/signed-client';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { GraphQLClient } from '../support/graphql-client';
import { createRootAccount } from '../support/test-api';
import { dumpAuditEvents } from '../support/test-artifacts';
import { userSessionClient } from '../support/user-session';
import { userWithKey } from '../support/user-with-key';

// Credentials changed through one API process stop working in the other: a deactivated key, a deleted user's session
// and keys, a revoked role session. Each process caches what it has seen and drops it when PostgreSQL notifies the
// change; the gap between the writer's answer and the other process hearing is measured by the soak
// (credential-propagation.ts; docs/reliability.md has its figures, the README states them) and bounded here.

const gapBoundMs = 2000;
const whoAmI = '{ getCallerIdentity { arn } }';

// An embedded database is one session shared by every connection: two API processes with change notifications needs a PostgreSQL server.
const onServer = process.env.DATABASE_URL ? it : it.skip;
if (!process.env.DATABASE_URL) console.log('credential-lifecycle.test: needs a PostgreSQL server (DATABASE_URL); skipped on the embedded database');

let database: TestDatabase;
let writer: ApiProcess;
let other: ApiProcess;
let root: GraphQLClient;
let accountId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  [writer, other] = (await Promise.all([startApiProcess(database.databaseUrl), startApiProcess(database.databaseUrl)])) as [ApiProcess, ApiProcess];
  const account = await createRootAccount(database.prisma);
  accountId = account.accountId;
  root = new GraphQLClient(`${writer.url}/graphql`);
  await root.signIn(account.email, account.password);
});
afterAll(async () => {
  await Promise.all([writer.stop(), other.stop()]);
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

/** Milliseconds from now until `refused` says the other process refused, asking as fast as it answers. */
async function msUntilRefused(request: () => Promise<{ errors?: { extensions: { code: string } }[] }>, refusal: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await request();
    if (response.errors?.[0]?.extensions.code === refusal) return performance.now() - started;
    if (performance.now() - started > gapBoundMs) return Infinity;
  }
}

onServer('a deactivated key stops working in the other process', async () => {
  const key = await userWithKey(root, 'keyholder');
  const onOther = new SignedGraphQLClient(`${other.url}/graphql`, key);
  expect((await onOther.data(whoAmI)).getCallerIdentity.arn).toMatch(/:user\/keyholder$/);
  await root.data(`mutation { updateAccessKey(input: { userName: "keyholder", accessKeyId: "${key.accessKeyId}", status: Inactive }) { status } }`);
  expect(await msUntilRefused(() => onOther.request(whoAmI), 'InvalidClientTokenId')).toBeLessThan(gapBoundMs);
});

onServer("a deleted user's console session and access key stop working in the other process", async () => {
  const key = await userWithKey(root, 'leaver');
  const session = await userSessionClient(database.prisma, `${other.url}/graphql`, accountId, 'leaver');
  const signed = new SignedGraphQLClient(`${other.url}/graphql`, key);
  expect((await session.data(whoAmI)).getCallerIdentity.arn).toMatch(/:user\/leaver$/);
  expect((await signed.data(whoAmI)).getCallerIdentity.arn).toMatch(/:user\/leaver$/);
  await root.data(`mutation { deleteAccessKey(input: { userName: "leaver", accessKeyId: "${key.accessKeyId}" }) }`);
  await root.data('mutation { deleteUser(input: { userName: "leaver" }) }');
  expect(await msUntilRefused(() => signed.request(whoAmI), 'InvalidClientTokenId')).toBeLessThan(gapBoundMs);
  expect(await msUntilRefused(() => session.request(whoAmI), 'MissingAuthenticationToken')).toBeLessThan(gapBoundMs);
});

onServer('a revoked role session stops working in the other process', async () => {
  const key = await userWithKey(root, 'assumer');
  const allowAssume = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] });
  await root.data('mutation ($d: String!) { putUserPolicy(input: { userName: "assumer", policyName: "assume", policyDocument: $d }) { policyName } }', { d: allowAssume });
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:user/assumer` }, Action: 'sts:AssumeRole' }] });
  await root.data('mutation ($d: String!) { createRole(input: { roleName: "Revoked", assumeRolePolicyDocument: $d }) { arn } }', { d: trust });
  const assumed = await new SignedGraphQLClient(`${writer.url}/graphql`, key).data(
    `mutation { assumeRole(input: { roleArn: "arn:aws:iam::${accountId}:role/Revoked", roleSessionName: "doomed" }) { credentials { accessKeyId secretAccessKey sessionToken } } }`,
  );
  const onOther = new SignedGraphQLClient(`${other.url}/graphql`, assumed.assumeRole.credentials);
  expect((await onOther.data(whoAmI)).getCallerIdentity.arn).toMatch(/:assumed-role\/Revoked\/doomed$/);
  await root.data('mutation { revokeRoleSessions(input: { roleName: "Revoked" }) }');
  expect(await msUntilRefused(() => onOther.request(whoAmI), 'InvalidClientTokenId')).toBeLessThan(gapBoundMs);
});
