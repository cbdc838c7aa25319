import { generateBearerToken, hashBearerToken, loadServerKey, SecretBox } from '@gatehouse/credentials';
import type { GraphQLSchema } from 'graphql';
import { sessionCookieName } from '../src/auth/session-cookie';
import { readOperationAccess, type OperationAccess } from '../src/authz/iam-operation';
import { buildApiSchema } from '../src/graphql/build-schema';
import { operationFixtures, type MatrixCaller, type MatrixScope, type MatrixTarget } from './authorization-matrix.fixtures';
import { allow, createAccount, createManagedPolicy, createUser, deny } from './authz/iam-fixtures';
import { GraphQLClient, type GraphQLResponse } from './support/graphql-client';
import { startTestApi, type TestApi } from './support/test-api';

// The authorization matrix: every query and mutation of the schema, called by seven kinds of caller, each getting
// what AWS would give: the refused callers AWS's refusal, the allowed ones (root, admin, the user allowed exactly
// that action on those resources) the operation done, without any error. The operations and their IAM actions come from the schema; the arguments from the table in
// authorization-matrix.fixtures.ts, which must name every operation.

type CallerName = MatrixCaller;

let api: TestApi;
let schema: GraphQLSchema;
let homeAccountId: string;
let otherAccountId: string;
let adminUserId: string;
let noPoliciesUserId: string;
let otherAdminUserId: string;
let secretBox: SecretBox;
let counter = 0;

const adminDocument = allow('*', '*');

beforeAll(async () => {
  [api, schema] = await Promise.all([startTestApi(), buildApiSchema()]);
  // The key the test server seals with (it defaults to the same server key).
  secretBox = new SecretBox((await loadServerKey()).key);
  homeAccountId = await createAccount(api.prisma);
  otherAccountId = await createAccount(api.prisma);
  adminUserId = (await userWithManaged(homeAccountId, 'matrix-admin')).id;
  noPoliciesUserId = (await createUser(api.prisma, homeAccountId, 'matrix-no-policies')).id;
  otherAdminUserId = (await userWithManaged(otherAccountId, 'other-admin')).id;
});
afterAll(() => api.stop());

async function userWithManaged(accountId: string, userName: string) {
  const user = await createUser(api.prisma, accountId, userName);
  const policy = await createManagedPolicy(api.prisma, accountId, `AdministratorAccess-${userName}`, [adminDocument]);
  await api.prisma.userPolicyAttachment.create({ data: { userId: user.id, policyId: policy.id } });
  return user;
}

async function userWithInline(userName: string, document: object) {
  const user = await createUser(api.prisma, homeAccountId, userName);
  await api.prisma.userPolicy.create({ data: { userId: user.id, policyName: 'Matrix', policyDocument: JSON.stringify(document) } });
  return user;
}

/** A fresh console session (as sign-in leaves it) for a user, or for the root user when `userId` is null. */
async function sessionClient(accountId: string, userId: string | null): Promise<GraphQLClient> {
  const token = generateBearerToken();
  await api.prisma.consoleSession.create({
    data: { tokenHash: hashBearerToken(token), accountId, userId, state: 'Active', expiresAt: new Date(Date.now() + 3600_000) },
  });
  const client = new GraphQLClient(api.graphqlUrl);
  client.cookie = `${sessionCookieName}=${token}`;
  return client;
}

const scope = (): MatrixScope => ({
  prisma: api.prisma,
  secretBox,
  accountId: homeAccountId,
  unique: (prefix) => `${prefix}-${++counter}`,
});

function operationAccess(operation: string): OperationAccess | undefined {
  const field = schema.getQueryType()?.getFields()[operation] ?? schema.getMutationType()?.getFields()[operation];
  return field && readOperationAccess(field.extensions);
}

function schemaOperations(): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()) : []));
}

/** An AWS authorization refusal, as opposed to the operation's own errors (NoSuchEntity, a wrong old password, …). */
function refusalOf(response: GraphQLResponse): { code: string; message: string } | null {
  const error = response.errors?.[0];
  if (!error) return null;
  const { code } = error.extensions;
  if (code === 'MissingAuthenticationToken') return { code, message: error.message };
  if (code === 'AccessDenied' && /is not authorized to perform: /.test(error.message)) return { code, message: error.message };
  return null;
}

/** The caller's client and its IAM user (null: the root user; undefined: anonymous or another account's). */
async function callerClient(
  caller: CallerName,
  operation: string,
  action: string,
  target: MatrixTarget,
): Promise<{ client: GraphQLClient; userId?: string | null }> {
  const { resourceArns } = target;
  const session = async (userId: string | null) => ({ client: await sessionClient(homeAccountId, userId), userId });
  switch (caller) {
    case 'anonymous':
      return { client: new GraphQLClient(api.graphqlUrl) };
    case 'noPolicies':
      return session(noPoliciesUserId);
    case 'explicitDeny': {
      const user = await userWithInline(`deny-${operation}-${++counter}`, {
        Version: '2012-10-17',
        Statement: [...(allow('*', '*').Statement as object[]), ...(deny(action, resourceArns).Statement as object[])],
      });
      return session(user.id);
    }
    case 'otherAccount':
      return { client: await sessionClient(otherAccountId, otherAdminUserId) };
    case 'allowedOnly': {
      const allowed = [{ action, resourceArns }, ...(target.alsoAllowed ?? [])];
      const user = await userWithInline(`only-${operation}-${++counter}`, {
        Version: '2012-10-17',
        Statement: allowed.flatMap((grant) => allow(grant.action, grant.resourceArns).Statement as object[]),
      });
      return session(user.id);
    }
    case 'admin':
      return session(adminUserId);
    case 'root':
      return session(null);
  }
}

const callers: CallerName[] = ['anonymous', 'noPolicies', 'explicitDeny', 'otherAccount', 'allowedOnly', 'admin', 'root'];

/** What AWS answers each caller of an operation that needs `action`; null: the call is authorized. */
function expectedRefusal(caller: CallerName, action: string): { code: string; pattern: RegExp } | null | 'otherAccount' {
  switch (caller) {
    case 'anonymous':
      return { code: 'MissingAuthenticationToken', pattern: /^Request is missing Authentication Token$/ };
    case 'noPolicies':
      return { code: 'AccessDenied', pattern: new RegExp(`perform: ${escape(action)} on resource: .+ because no identity-based policy allows the ${escape(action)} action$`) };
    case 'explicitDeny':
      return { code: 'AccessDenied', pattern: new RegExp(`perform: ${escape(action)} on resource: .+ with an explicit deny in an identity-based policy`) };
    case 'otherAccount':
      return 'otherAccount';
    default:
      return null;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('authorization matrix', () => {
  it('has an argument table entry for every query and mutation of the schema, and none for operations that do not exist', () => {
    const operations = schemaOperations();
    expect(operations.filter((operation) => !(operation in operationFixtures))).toEqual([]);
    expect(Object.keys(operationFixtures).filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  it.each(Object.keys(operationFixtures))('%s answers every kind of caller as AWS would', async (operation) => {
    const access = operationAccess(operation);
    if (!access) throw new Error(`${operation} is not an operation of the schema`);
    const fixture = operationFixtures[operation]!;
    const mismatches: string[] = [];

    for (const caller of callers) {
      const target = await fixture.prepare(scope());
      const action = 'action' in access ? access.action : '';
      const { client, userId } = await callerClient(caller, operation, action, target);
      if (userId !== undefined) await fixture.prepareCaller?.(scope(), userId);
      const response = await client.request(fixture.document, target.variables);
      const refusal = refusalOf(response);
      const errorCode = response.errors?.[0]?.extensions.code;
      const describe = `${caller}: ${refusal ? `${refusal.code} ${refusal.message}` : `${JSON.stringify(errorCode ?? 'ok')} ${response.errors?.[0]?.message ?? ''}`}`;
      const expectedError = fixture.expectedErrors?.[caller];
      // Allowed callers get the operation done: no error of any kind, not merely no refusal.
      const succeeded = expectedError === undefined ? !response.errors?.length && response.data != null : errorCode === expectedError;

      if (access.kind === 'public' || access.kind === 'authenticated') {
        const publicFor = access.kind === 'authenticated' ? 'authenticated' : fixture.publicFor;
        if (publicFor === undefined) throw new Error(`${operation} is @Public: its entry must say publicFor`);
        const mustAuthenticate = publicFor === 'authenticated' && caller === 'anonymous';
        if (mustAuthenticate ? refusal?.code !== 'MissingAuthenticationToken' : !succeeded) mismatches.push(describe);
        continue;
      }
      const expected = expectedRefusal(caller, action);
      if (expected === 'otherAccount') {
        // AWS: another account's principal acts in its own account (names resolve there) or is refused; it never
        // sees or changes anything of the home account.
        if (JSON.stringify(response.data ?? {}).includes(homeAccountId)) mismatches.push(`${describe} (saw the home account)`);
      } else if (expected === null) {
        if (!succeeded) mismatches.push(describe);
      } else if (refusal?.code !== expected.code || !expected.pattern.test(refusal.message)) {
        mismatches.push(describe);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
