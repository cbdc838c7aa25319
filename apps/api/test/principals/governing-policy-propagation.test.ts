import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { SignedGraphQLClient, type AwsCredentials } from '../auth/signed-client';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { GraphQLClient } from '../support/graphql-client';
import { createRootAccount, type RootAccount } from '../support/test-api';
import { dumpAuditEvents } from '../support/test-artifacts';

// Every kind of change to what governs a principal, made through one API process, and the very next decision of the
// same principal, in that process and in a second one (its own memory, its own listening connection): both must decide
// with the change. Governing policies are kept in memory in each process; only the change notifications of the
// database's triggers make them true again.
let database: TestDatabase;
let here: ApiProcess;
let hereUrl: string;
let there: ApiProcess;
let root: RootAccount;
let admin: GraphQLClient;

beforeAll(async () => {
  database = await createTestDatabase();
  [here, there] = await Promise.all([startApiProcess(database.databaseUrl), startApiProcess(database.databaseUrl)]);
  hereUrl = `${here.url}/graphql`;
  root = await createRootAccount(database.prisma);
  admin = new GraphQLClient(hereUrl);
  await admin.signIn(root.email, root.password);
}, 90_000);
afterAll(async () => {
  await Promise.all([here?.stop(), there?.stop()]);
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*', ...statement }] });

/** A user with an access key, signing on both processes. */
async function userOnBoth(userName: string): Promise<{ credentials: AwsCredentials; clients: SignedGraphQLClient[] }> {
  await admin.data(`mutation { createUser(input: { userName: "${userName}" }) { userId } }`);
  const { createAccessKey } = await admin.data(`mutation { createAccessKey(input: { userName: "${userName}" }) { accessKeyId secretAccessKey } }`);
  return { credentials: createAccessKey, clients: [new SignedGraphQLClient(hereUrl, createAccessKey), new SignedGraphQLClient(`${there.url}/graphql`, createAccessKey)] };
}

/** The outcome of one request on each process: `ok`, or the error's code. */
async function outcomes(clients: SignedGraphQLClient[], query: string): Promise<string[]> {
  const results: string[] = [];
  for (const client of clients) {
    const response = await client.request(query);
    results.push(response.errors?.length ? String(response.errors[0]!.extensions?.code) : 'ok');
  }
  return results;
}

const listUsers = '{ listUsers { totalCount } }';
const listGroups = '{ listGroups { totalCount } }';
const listRoles = '{ listRoles { totalCount } }';
const both = (outcome: string) => [outcome, outcome];

it('sees a detach, a group removal, an inline delete, a boundary change and a version change at once in both processes', async () => {
  const { clients } = await userOnBoth('pat');
  expect(await outcomes(clients, listUsers)).toEqual(both('AccessDenied'));

  // Detach.
  const { createPolicy } = await admin.data('mutation ($doc: String!) { createPolicy(input: { policyName: "ListUsers", policyDocument: $doc }) { arn } }', {
    doc: policy({ Action: 'iam:ListUsers' }),
  });
  await admin.data(`mutation { attachUserPolicy(input: { userName: "pat", policyArn: "${createPolicy.arn}" }) { arn } }`);
  expect(await outcomes(clients, listUsers)).toEqual(both('ok'));
  await admin.data(`mutation { detachUserPolicy(input: { userName: "pat", policyArn: "${createPolicy.arn}" }) { arn } }`);
  expect(await outcomes(clients, listUsers)).toEqual(both('AccessDenied'));

  // Group removal.
  await admin.data('mutation { createGroup(input: { groupName: "Readers" }) { groupName } }');
  await admin.data(`mutation { attachGroupPolicy(input: { groupName: "Readers", policyArn: "${createPolicy.arn}" }) { arn } }`);
  await admin.data('mutation { addUserToGroup(input: { groupName: "Readers", userName: "pat" }) { groupName } }');
  expect(await outcomes(clients, listUsers)).toEqual(both('ok'));
  await admin.data('mutation { removeUserFromGroup(input: { groupName: "Readers", userName: "pat" }) { groupName } }');
  expect(await outcomes(clients, listUsers)).toEqual(both('AccessDenied'));

  // Inline delete.
  await admin.data('mutation ($doc: String!) { putUserPolicy(input: { userName: "pat", policyName: "Groups", policyDocument: $doc }) { policyName } }', {
    doc: policy({ Action: ['iam:ListGroups', 'iam:ListUsers'] }),
  });
  expect(await outcomes(clients, listGroups)).toEqual(both('ok'));
  await admin.data('mutation { deleteUserPolicy(input: { userName: "pat", policyName: "Groups" }) }');
  expect(await outcomes(clients, listGroups)).toEqual(both('AccessDenied'));

  // Boundary change: the inline policy allows ListGroups and ListUsers; the boundary lets only ListUsers through.
  await admin.data('mutation ($doc: String!) { putUserPolicy(input: { userName: "pat", policyName: "Groups", policyDocument: $doc }) { policyName } }', {
    doc: policy({ Action: ['iam:ListGroups', 'iam:ListUsers'] }),
  });
  const boundary = await admin.data('mutation ($doc: String!) { createPolicy(input: { policyName: "Boundary", policyDocument: $doc }) { arn } }', {
    doc: policy({ Action: 'iam:ListUsers' }),
  });
  await admin.data(`mutation { putUserPermissionsBoundary(input: { userName: "pat", permissionsBoundary: "${boundary.createPolicy.arn}" }) { userName } }`);
  expect(await outcomes(clients, listGroups)).toEqual(both('AccessDenied'));
  expect(await outcomes(clients, listUsers)).toEqual(both('ok'));

  // Version change: the boundary's new default version lets ListGroups through instead.
  await admin.data('mutation ($arn: String!, $doc: String!) { createPolicyVersion(input: { policyArn: $arn, policyDocument: $doc, setAsDefault: true }) { versionId } }', {
    arn: boundary.createPolicy.arn,
    doc: policy({ Action: 'iam:ListGroups' }),
  });
  expect(await outcomes(clients, listGroups)).toEqual(both('ok'));
  expect(await outcomes(clients, listUsers)).toEqual(both('AccessDenied'));
  await admin.data('mutation { deleteUserPermissionsBoundary(input: { userName: "pat" }) { userName } }');
  expect(await outcomes(clients, listUsers)).toEqual(both('ok'));
});

it('sees a tag change and a key deactivation at once in both processes', async () => {
  const { credentials, clients } = await userOnBoth('quinn');
  await admin.data('mutation ($doc: String!) { putUserPolicy(input: { userName: "quinn", policyName: "Team", policyDocument: $doc }) { policyName } }', {
    doc: policy({ Action: 'iam:ListRoles', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } }),
  });
  expect(await outcomes(clients, listRoles)).toEqual(both('AccessDenied'));
  await admin.data('mutation { tagUser(input: { userName: "quinn", tags: [{ key: "team", value: "blue" }] }) { userName } }');
  expect(await outcomes(clients, listRoles)).toEqual(both('ok'));
  await admin.data('mutation { tagUser(input: { userName: "quinn", tags: [{ key: "team", value: "red" }] }) { userName } }');
  expect(await outcomes(clients, listRoles)).toEqual(both('AccessDenied'));

  await admin.data(`mutation { updateAccessKey(input: { userName: "quinn", accessKeyId: "${credentials.accessKeyId}", status: Inactive }) { status } }`);
  expect(await outcomes(clients, '{ getCallerIdentity { arn } }')).toEqual(both('InvalidClientTokenId'));
});

it("sees a role's trust change at once in both processes", async () => {
  const { clients } = await userOnBoth('riley');
  const rileyArn = `arn:aws:iam::${root.accountId}:user/riley`;
  const trust = (principal: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }] });
  await admin.data('mutation ($doc: String!) { createRole(input: { roleName: "Deployer", assumeRolePolicyDocument: $doc }) { arn } }', { doc: trust(rileyArn) });
  const assume = `mutation { assumeRole(input: { roleArn: "arn:aws:iam::${root.accountId}:role/Deployer", roleSessionName: "deploy" }) { assumedRoleUser { arn } } }`;
  expect(await outcomes(clients, assume)).toEqual(both('ok'));
  await admin.data('mutation ($doc: String!) { updateAssumeRolePolicy(input: { roleName: "Deployer", policyDocument: $doc }) { roleName } }', {
    doc: trust(`arn:aws:iam::${root.accountId}:root`),
  });
  expect(await outcomes(clients, assume)).toEqual(both('AccessDenied'));
});
