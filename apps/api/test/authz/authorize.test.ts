import { assumedRoleArn, type PrismaClient } from '@gatehouse/db';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { authorize } from '../../src/authz/authorize';
import type { Caller } from '../../src/principals/caller';
import { GoverningPolicyCache } from '../../src/principals/governing-policy-cache';
import type { RequestFacts } from '../../src/principals/request-context';
import { IamError } from '../../src/errors/iam-error';
import { allow, createAccount, createGroup, createManagedPolicy, createRole, createUser, deny } from './iam-fixtures';
import { dumpAuditEvents } from '../support/test-artifacts';

let database: TestDatabase;
let db: PrismaClient;
let governing: GoverningPolicyCache;
let accountId: string;
let otherAccountId: string;

const request: RequestFacts = { sourceIp: '192.0.2.10', secureTransport: true, now: new Date('2026-03-01T12:00:00Z') };

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  // Not listening: every decision reads the policies written just before it (caching is governing-policies.test.ts's).
  governing = new GoverningPolicyCache(db, { listening: false, subscribe: () => undefined });
  accountId = await createAccount(db);
  otherAccountId = await createAccount(db);
});
afterAll(async () => {
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

type UserCaller = Extract<Caller, { kind: 'user' }>;

async function userCaller(userName: string): Promise<UserCaller> {
  const user = await createUser(db, accountId, userName);
  return { kind: 'user', accountId, userId: user.id, userName, principalArn: user.arn };
}

async function attachInline(caller: UserCaller, policyName: string, document: object): Promise<void> {
  await db.userPolicy.create({ data: { userId: caller.userId, policyName, policyDocument: JSON.stringify(document) } });
}

const userResource = (name: string, account = accountId) => `arn:aws:iam::${account}:user/${name}`;

async function denialMessage(caller: Caller, action: string, resourceArn: string): Promise<string> {
  const outcome = await authorize(governing, caller, request, { action, resourceArn });
  if (outcome.decision === 'Allow') throw new Error(`${action} on ${resourceArn} was allowed`);
  expect(outcome.error).toBeInstanceOf(IamError);
  expect(outcome.error.code).toBe('AccessDenied');
  // One error however often it is read (it is made on the first read): thrown twice, it is the same refusal.
  expect(outcome.error).toBe(outcome.error);
  return outcome.error.message;
}

describe('authorize', () => {
  it('allows the root user everything in its own account, and nothing in another', async () => {
    const root: Caller = { kind: 'root', accountId, principalArn: `arn:aws:iam::${accountId}:root` };
    await expect(
      authorize(governing, root, request, { action: 'iam:DeleteUser', resourceArn: userResource('anyone') }),
    ).resolves.toMatchObject({ decision: 'Allow' });
    await expect(authorize(governing, root, request, { action: 'iam:ListUsers', resourceArn: '*' })).resolves.toMatchObject({
      decision: 'Allow',
    });
    // A protected service's resource policy (`authorize`) can refuse the root user only with an explicit deny.
    const resourcePolicy = (effect: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, Principal: '*', Action: 'orders:GetOrder', Resource: '*' }] });
    const getOrder = { action: 'orders:GetOrder', resourceArn: `arn:aws:orders:us-east-1:${accountId}:order/1` };
    await expect(authorize(governing, root, request, { ...getOrder, resourcePolicy: resourcePolicy('Deny') })).resolves.toMatchObject({ decision: 'ExplicitDeny' });
    await expect(authorize(governing, root, request, { ...getOrder, action: 'orders:ListOrders', resourcePolicy: resourcePolicy('Deny') })).resolves.toMatchObject({ decision: 'Allow' });
    expect(await denialMessage(root, 'iam:GetUser', userResource('someone', otherAccountId))).toBe(
      `User: arn:aws:iam::${accountId}:root is not authorized to perform: iam:GetUser on resource: ` +
        `arn:aws:iam::${otherAccountId}:user/someone because no resource-based policy allows the iam:GetUser action`,
    );
  });

  it('denies a user with no policies with AWS message for a missing identity-based allow', async () => {
    const nobody = await userCaller('nobody');
    expect(await denialMessage(nobody, 'iam:CreateUser', userResource('newcomer'))).toBe(
      `User: ${nobody.principalArn} is not authorized to perform: iam:CreateUser on resource: ` +
        `${userResource('newcomer')} because no identity-based policy allows the iam:CreateUser action`,
    );
  });

  it('allows what a policy allows, and an explicit deny in a group policy wins with its own message', async () => {
    const admin = await userCaller('admin');
    await attachInline(admin, 'Admin', allow('*'));
    await expect(
      authorize(governing, admin, request, { action: 'iam:CreateUser', resourceArn: userResource('x') }),
    ).resolves.toMatchObject({ decision: 'Allow' });

    const guarded = await createGroup(db, accountId, 'NoUserDeletes', [admin.userId]);
    await db.groupPolicy.create({
      data: { groupId: guarded.id, policyName: 'DenyDelete', policyDocument: JSON.stringify(deny('iam:DeleteUser')) },
    });
    const outcome = await authorize(governing, admin, request, { action: 'iam:DeleteUser', resourceArn: userResource('x') });
    expect(outcome).toMatchObject({ decision: 'ExplicitDeny', blockedBy: { reason: 'ExplicitDeny', policyType: 'identity' } });
    expect(outcome.decision !== 'Allow' && outcome.error.message).toBe(
      `User: ${admin.principalArn} is not authorized to perform: iam:DeleteUser on resource: ${userResource('x')} ` +
        'with an explicit deny in an identity-based policy',
    );
  });

  it('limits a user to the permissions boundary', async () => {
    const bounded = await userCaller('bounded');
    await attachInline(bounded, 'Admin', allow('iam:*'));
    const boundary = await createManagedPolicy(db, accountId, 'ReadOnlyBoundary', [allow(['iam:Get*', 'iam:List*'])]);
    await db.user.update({
      where: { id: bounded.userId },
      data: { permissionsBoundaryPolicyId: boundary.id },
    });
    await expect(authorize(governing, bounded, request, { action: 'iam:ListUsers', resourceArn: '*' })).resolves.toMatchObject({
      decision: 'Allow',
    });
    expect(await denialMessage(bounded, 'iam:DeleteUser', userResource('x'))).toMatch(
      / because no permissions boundary allows the iam:DeleteUser action$/,
    );
  });

  it('substitutes ${aws:username}: a user manages their own access keys and nobody else’s', async () => {
    const selfService = await createManagedPolicy(db, accountId, 'ManageOwnAccessKeys', [
      allow(['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys'], `arn:aws:iam::${accountId}:user/\${aws:username}`),
    ]);
    const alice = await userCaller('alice');
    const bob = await userCaller('bob');
    for (const caller of [alice, bob]) {
      await db.userPolicyAttachment.create({ data: { userId: caller.userId, policyId: selfService.id } });
    }
    await expect(
      authorize(governing, alice, request, { action: 'iam:CreateAccessKey', resourceArn: userResource('alice') }),
    ).resolves.toMatchObject({ decision: 'Allow' });
    expect(await denialMessage(alice, 'iam:CreateAccessKey', userResource('bob'))).toMatch(
      /because no identity-based policy allows the iam:CreateAccessKey action$/,
    );
    await expect(
      authorize(governing, bob, request, { action: 'iam:ListAccessKeys', resourceArn: userResource('bob') }),
    ).resolves.toMatchObject({ decision: 'Allow' });
    // An operation's own keys cannot restate who the caller is.
    await expect(
      authorize(governing, alice, request, {
        action: 'iam:CreateAccessKey',
        resourceArn: userResource('bob'),
        context: { 'aws:username': 'bob' },
      }),
    ).resolves.toMatchObject({ decision: 'ImplicitDeny' });
  });

  it('puts aws:PrincipalTag, aws:SourceIp, aws:SecureTransport and aws:MultiFactorAuthPresent in the context', async () => {
    const tagged = await createUser(db, accountId, 'tagged', { tags: { team: 'platform' } });
    const caller = (mfaAuthenticated?: boolean): Caller => ({
      kind: 'user',
      accountId,
      userId: tagged.id,
      userName: 'tagged',
      principalArn: tagged.arn,
      ...(mfaAuthenticated === undefined ? {} : { mfaAuthenticated }),
    });
    await db.userPolicy.create({
      data: {
        userId: tagged.id,
        policyName: 'Conditions',
        policyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:ListRoles',
              Resource: '*',
              Condition: {
                StringEquals: { 'aws:PrincipalTag/team': 'platform' },
                IpAddress: { 'aws:SourceIp': '192.0.2.0/24' },
                Bool: { 'aws:SecureTransport': 'true' },
              },
            },
            // AWS's pattern: BoolIfExists also denies long-term keys, where the key is absent.
            { Effect: 'Deny', Action: 'iam:DeleteRole', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
            { Effect: 'Allow', Action: 'iam:DeleteRole', Resource: '*' },
          ],
        }),
      },
    });
    const listRoles = { action: 'iam:ListRoles', resourceArn: '*' };
    await expect(authorize(governing, caller(), request, listRoles)).resolves.toMatchObject({ decision: 'Allow' });
    await expect(authorize(governing, caller(), { ...request, sourceIp: '198.51.100.1' }, listRoles)).resolves.toMatchObject({
      decision: 'ImplicitDeny',
    });
    await expect(authorize(governing, caller(), { ...request, secureTransport: false }, listRoles)).resolves.toMatchObject({
      decision: 'ImplicitDeny',
    });

    const deleteRole = { action: 'iam:DeleteRole', resourceArn: `arn:aws:iam::${accountId}:role/R` };
    await expect(authorize(governing, caller(true), request, deleteRole)).resolves.toMatchObject({ decision: 'Allow' });
    await expect(authorize(governing, caller(false), request, deleteRole)).resolves.toMatchObject({ decision: 'ExplicitDeny' });
    await expect(authorize(governing, caller(), request, deleteRole)).resolves.toMatchObject({ decision: 'ExplicitDeny' });
  });

  it('never lets a user reach another account, whatever its own policies allow', async () => {
    const admin = await userCaller('cross-admin');
    await attachInline(admin, 'Admin', allow('*'));
    expect(await denialMessage(admin, 'iam:DeleteUser', userResource('victim', otherAccountId))).toBe(
      `User: ${admin.principalArn} is not authorized to perform: iam:DeleteUser on resource: ` +
        `${userResource('victim', otherAccountId)} because no resource-based policy allows the iam:DeleteUser action`,
    );
  });

  it('evaluates an assumed-role session with the role policies, aws:PrincipalArn of the role, and the session policy', async () => {
    const role = await createRole(db, otherAccountId, 'Operator');
    await db.rolePolicy.create({
      data: {
        roleId: role.id,
        policyName: 'Operate',
        policyDocument: JSON.stringify(allow('iam:*', '*', { Condition: { ArnEquals: { 'aws:PrincipalArn': role.arn } } })),
      },
    });
    const session = (sessionPolicy: string | null): Caller => ({
      kind: 'assumed-role',
      accountId: otherAccountId,
      roleId: role.id,
      roleArn: role.arn,
      roleName: 'Operator',
      roleSessionName: 'ops-session',
      stsSessionId: 'ASIAOPSSESSION',
      principalArn: assumedRoleArn(otherAccountId, 'Operator', 'ops-session'),
      sessionPolicy,
      sessionManagedPolicies: [],
      sessionTags: {},
      sourceIdentity: null,
      mfaAuthenticated: false,
    });
    // Through the role, the other account's resources are reachable.
    await expect(
      authorize(governing, session(null), request, { action: 'iam:CreateUser', resourceArn: userResource('new', otherAccountId) }),
    ).resolves.toMatchObject({ decision: 'Allow' });
    // The session policy narrows the role to reads.
    const narrowed = session(JSON.stringify(allow('iam:GetUser')));
    await expect(
      authorize(governing, narrowed, request, { action: 'iam:GetUser', resourceArn: userResource('new', otherAccountId) }),
    ).resolves.toMatchObject({ decision: 'Allow' });
    expect(await denialMessage(narrowed, 'iam:CreateUser', userResource('new', otherAccountId))).toBe(
      `User: arn:aws:sts::${otherAccountId}:assumed-role/Operator/ops-session is not authorized to perform: ` +
        `iam:CreateUser on resource: ${userResource('new', otherAccountId)} because no session policy allows the iam:CreateUser action`,
    );
    // The role's own account is the only one it reaches.
    expect(await denialMessage(session(null), 'iam:GetUser', userResource('someone', accountId))).toMatch(
      /because no resource-based policy allows the iam:GetUser action$/,
    );
  });

  it('lets every account read AWS managed policies when its identity policies allow it', async () => {
    const reader = await userCaller('policy-reader');
    await attachInline(reader, 'ReadPolicies', allow('iam:GetPolicy'));
    await expect(
      authorize(governing, reader, request, { action: 'iam:GetPolicy', resourceArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }),
    ).resolves.toMatchObject({ decision: 'Allow' });
  });
});

describe('authorize sts:AssumeRole with the role trust policy', () => {
  const trust = (principal: Record<string, string>) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] });
  const assumeRole = (roleArn: string, trustPolicy: string) => ({ action: 'sts:AssumeRole', resourceArn: roleArn, trustPolicy });

  it('within the account, a trust policy naming the user is enough; one naming the account needs an identity allow', async () => {
    const alice = await userCaller('assumer-alice');
    const namesAlice = await createRole(db, accountId, 'NamesAlice');
    await expect(authorize(governing, alice, request, assumeRole(namesAlice.arn, trust({ AWS: alice.principalArn })))).resolves.toMatchObject({
      decision: 'Allow',
    });

    const namesAccount = await createRole(db, accountId, 'NamesAccount');
    const accountTrust = trust({ AWS: `arn:aws:iam::${accountId}:root` });
    const refused = await authorize(governing, alice, request, assumeRole(namesAccount.arn, accountTrust));
    expect(refused.decision !== 'Allow' && refused.error.message).toBe(
      `User: ${alice.principalArn} is not authorized to perform: sts:AssumeRole on resource: ${namesAccount.arn} ` +
        'because no identity-based policy allows the sts:AssumeRole action',
    );
    await attachInline(alice, 'AssumeRoles', allow('sts:AssumeRole', `arn:aws:iam::${accountId}:role/*`));
    await expect(authorize(governing, alice, request, assumeRole(namesAccount.arn, accountTrust))).resolves.toMatchObject({
      decision: 'Allow',
    });
  });

  it('across accounts, both the trust policy and the caller’s identity policies must allow', async () => {
    const role = await createRole(db, otherAccountId, 'CrossAccountReader');
    const trustsFirstAccount = trust({ AWS: `arn:aws:iam::${accountId}:root` });
    const withPolicy = await userCaller('cross-with-policy');
    await attachInline(withPolicy, 'AssumeReader', allow('sts:AssumeRole', role.arn));
    const withoutPolicy = await userCaller('cross-without-policy');

    await expect(authorize(governing, withPolicy, request, assumeRole(role.arn, trustsFirstAccount))).resolves.toMatchObject({
      decision: 'Allow',
    });
    expect(
      (await authorize(governing, withoutPolicy, request, assumeRole(role.arn, trustsFirstAccount))).decision,
    ).toBe('ImplicitDeny');
    const trustsSomeoneElse = trust({ AWS: 'arn:aws:iam::999999999999:root' });
    const refused = await authorize(governing, withPolicy, request, assumeRole(role.arn, trustsSomeoneElse));
    expect(refused.decision !== 'Allow' && refused.error.message).toMatch(
      /because no resource-based policy allows the sts:AssumeRole action$/,
    );
    // Without the trust policy in the query, the other account stays out of reach.
    expect((await authorize(governing, withPolicy, request, { action: 'sts:AssumeRole', resourceArn: role.arn })).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('refuses a user, even an administrator, a role that only a service may assume', async () => {
    const admin = await userCaller('assume-admin');
    await attachInline(admin, 'Admin', allow('*'));
    const serviceRole = await createRole(db, accountId, 'Ec2Only');
    const outcome = await authorize(governing, admin, request, assumeRole(serviceRole.arn, trust({ Service: 'ec2.amazonaws.com' })));
    expect(outcome).toMatchObject({ decision: 'ImplicitDeny', blockedBy: { reason: 'NoAllow', policyType: 'resource' } });
  });

  it('lets the root user assume a role whose trust policy allows its account, and only then', async () => {
    const root: Caller = { kind: 'root', accountId, principalArn: `arn:aws:iam::${accountId}:root` };
    const role = await createRole(db, otherAccountId, 'TrustsFirstAccountRoot');
    await expect(
      authorize(governing, root, request, assumeRole(role.arn, trust({ AWS: `arn:aws:iam::${accountId}:root` }))),
    ).resolves.toMatchObject({ decision: 'Allow' });
    await expect(
      authorize(governing, root, request, assumeRole(role.arn, trust({ AWS: `arn:aws:iam::${otherAccountId}:root` }))),
    ).resolves.toMatchObject({ decision: 'ImplicitDeny' });
  });
});
