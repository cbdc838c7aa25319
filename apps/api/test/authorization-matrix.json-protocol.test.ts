import { generateAccessKeyPair, loadServerKey, SecretBox } from '@gatehouse/credentials';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { readOperationAccess } from '../src/authz/iam-operation';
import { buildApiSchema } from '../src/graphql/build-schema';
import { jsonEndpoint } from '../src/json-protocol/json-endpoint';
import { jsonOperations } from '../src/json-protocol/json-operations';
import type { AwsCredentials } from './auth/signed-client';
import { operationFixtures, type MatrixCaller, type MatrixScope } from './authorization-matrix.fixtures';
import { allow, createAccount, createManagedPolicy, createUser, deny } from './authz/iam-fixtures';
import { SignedJsonClient } from './json-protocol/signed-json-client';
import { startTestApi, type TestApi } from './support/test-api';

// The authorization matrix of the AWS JSON protocol's operations: each is a GraphQL field served without GraphQL, so
// its IAM action and resources are the field's declaration, and its arguments the GraphQL matrix's table. Every kind
// of caller signs with an access key (the protocol takes SigV4 only) and gets what AWS would give it.

let api: TestApi;
let schema: GraphQLSchema;
let secretBox: SecretBox;
let homeAccountId: string;
let otherAccountId: string;
let counter = 0;

beforeAll(async () => {
  [api, schema] = await Promise.all([startTestApi(), buildApiSchema()]);
  secretBox = new SecretBox((await loadServerKey()).key);
  homeAccountId = await createAccount(api.prisma);
  otherAccountId = await createAccount(api.prisma);
});
afterAll(() => api.stop());

const scope = (): MatrixScope => ({ prisma: api.prisma, secretBox, accountId: homeAccountId, unique: (prefix) => `${prefix}-${++counter}` });

/** An access key of the user (null: the account's root user), sealed as the API seals the keys it creates. */
async function keyOf(accountId: string, userId: string | null): Promise<AwsCredentials> {
  const pair = generateAccessKeyPair('longTerm');
  await api.prisma.accessKey.create({ data: { accessKeyId: pair.accessKeyId, accountId, userId, secretSealed: secretBox.seal(pair.secretAccessKey, pair.accessKeyId) } });
  return pair;
}

async function userKey(accountId: string, name: string, statements: object[]): Promise<AwsCredentials> {
  const user = await createUser(api.prisma, accountId, `${name}-${++counter}`);
  if (statements.length > 0) {
    const policy = await createManagedPolicy(api.prisma, accountId, `Matrix-${user.userName}`, [{ Version: '2012-10-17', Statement: statements }]);
    await api.prisma.userPolicyAttachment.create({ data: { userId: user.id, policyId: policy.id } });
  }
  return keyOf(accountId, user.id);
}

const statementsOf = (document: Record<string, unknown>) => document['Statement'] as object[];

async function callerKey(caller: MatrixCaller, action: string, resourceArns: string[]): Promise<AwsCredentials | null> {
  switch (caller) {
    case 'anonymous':
      return null;
    case 'noPolicies':
      return userKey(homeAccountId, 'no-policies', []);
    case 'explicitDeny':
      return userKey(homeAccountId, 'deny', [...statementsOf(allow('*', '*')), ...statementsOf(deny(action, resourceArns))]);
    case 'otherAccount':
      return userKey(otherAccountId, 'other-admin', statementsOf(allow('*', '*')));
    case 'allowedOnly':
      return userKey(homeAccountId, 'only', statementsOf(allow(action, resourceArns)));
    case 'admin':
      return userKey(homeAccountId, 'admin', statementsOf(allow('*', '*')));
    case 'root':
      return keyOf(homeAccountId, null);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const callers: MatrixCaller[] = ['anonymous', 'noPolicies', 'explicitDeny', 'otherAccount', 'allowedOnly', 'admin', 'root'];

describe('authorization matrix of the AWS JSON protocol', () => {
  it('refuses at start-up to serve an operation whose field has no IAM declaration', () => {
    const undeclared = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { authorize: { type: GraphQLString }, authorizeBatch: { type: GraphQLString } } }),
    });
    const options = { accept: undefined as never, context: async () => undefined as never };
    expect(() => jsonEndpoint({ ...options, schema: undeclared })).toThrow(/Gatehouse\.Authorize: authorize is no query of the schema declared with @IamOperation/);
    expect(() => jsonEndpoint({ ...options, schema })).not.toThrow();
  });

  it.each([...jsonOperations.keys()])('%s answers every kind of caller as AWS would', async (target) => {
    const operation = jsonOperations.get(target)!;
    const field = schema.getQueryType()?.getFields()[operation.field];
    const access = readOperationAccess(field?.extensions);
    if (access?.kind !== 'iam') throw new Error(`${target}: ${operation.field} has no IAM declaration`);
    expect(access.action).toBe('gatehouse:Authorize');
    const fixture = operationFixtures[operation.field]!;
    const mismatches: string[] = [];

    for (const caller of callers) {
      const { variables, resourceArns } = await fixture.prepare(scope());
      const body = operation.bodyArgument === undefined ? variables : variables[operation.bodyArgument];
      const key = await callerKey(caller, access.action, resourceArns);
      const client = new SignedJsonClient(api.url, key ?? { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'unused' });
      const answer = await client.call(target.replace(/^Gatehouse\./, ''), body, { unsigned: key === null });
      const code: string | undefined = answer.body?.__type;
      const describe = `${caller}: ${answer.status} ${code ?? 'ok'} ${answer.body?.message ?? ''}`;
      const refusedAs = (expected: string, pattern: RegExp) => answer.status === 403 && code === expected && pattern.test(answer.body.message);
      const denied = (reason: string) => new RegExp(`perform: ${escape(access.action)} on resource: .+ ${reason}`);
      const ok =
        caller === 'anonymous'
          ? refusedAs('MissingAuthenticationToken', /^Request is missing Authentication Token$/)
          : caller === 'noPolicies'
            ? refusedAs('AccessDenied', denied(`because no identity-based policy allows the ${escape(access.action)} action$`))
            : caller === 'explicitDeny'
              ? refusedAs('AccessDenied', denied('with an explicit deny in an identity-based policy'))
              : caller === 'otherAccount'
                ? !(answer.status === 200 && JSON.stringify(answer.body).includes(homeAccountId))
                : answer.status === 200 && code === undefined;
      if (!ok) mismatches.push(describe);
    }
    expect(mismatches).toEqual([]);
  });
});
