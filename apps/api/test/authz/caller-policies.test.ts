import { createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { evaluate } from '@gatehouse/evaluator';
import { CallerPolicyCache, type CallerPolicies } from '../../src/authz/caller-policies';
import {
  allow,
  createAccount,
  createGroup,
  createManagedPolicy,
  createRole,
  createUser,
  deny,
} from './iam-fixtures';
import { dumpAuditEvents } from '../support/test-artifacts';

let database: TestDatabase;
let db: PrismaClient;
let accountId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  accountId = await createAccount(db);
});
afterAll(async () => {
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

const names = (policies: CallerPolicies) => policies.identityPolicies.map((policy) => policy.name).sort();

/** The decision the loaded policies give, so that tests check what was loaded by what it allows. */
function decide(principalArn: string, policies: CallerPolicies, action: string, resource = '*') {
  return evaluate({
    principal: principalArn,
    action,
    resource,
    identityPolicies: policies.identityPolicies,
    ...(policies.permissionsBoundary ? { permissionsBoundary: policies.permissionsBoundary } : {}),
  }).decision;
}

describe('CallerPolicyCache.policiesFor', () => {
  it("loads an IAM user's attached, inline, groups' attached and inline policies, boundary and tags", async () => {
    const alice = await createUser(db, accountId, 'alice', { tags: { team: 'blue' } });
    const readUsers = await createManagedPolicy(db, accountId, 'ReadUsers', [
      allow('iam:ListUsers'),
      allow(['iam:ListUsers', 'iam:GetUser']),
    ]);
    const readGroups = await createManagedPolicy(db, accountId, 'ReadGroups', [allow('iam:GetGroup')]);
    const boundary = await createManagedPolicy(db, accountId, 'Boundary', [allow(['iam:Get*', 'iam:List*'])]);
    await db.userPolicyAttachment.create({ data: { userId: alice.id, policyId: readUsers.id } });
    await db.userPolicy.create({
      data: { userId: alice.id, policyName: 'OwnKeys', policyDocument: JSON.stringify(allow('iam:ListAccessKeys')) },
    });
    const developers = await createGroup(db, accountId, 'Developers', [alice.id]);
    await db.groupPolicyAttachment.create({ data: { groupId: developers.id, policyId: readGroups.id } });
    // Attached to the user and to the group: counted once.
    await db.groupPolicyAttachment.create({ data: { groupId: developers.id, policyId: readUsers.id } });
    await db.groupPolicy.create({
      data: { groupId: developers.id, policyName: 'NoDeletes', policyDocument: JSON.stringify(deny('iam:Delete*')) },
    });
    await db.user.update({ where: { id: alice.id }, data: { permissionsBoundaryPolicyId: boundary.id } });

    const policies = (await new CallerPolicyCache(db).policiesFor({ type: 'user', userId: alice.id }))!;
    expect(names(policies)).toEqual(
      [
        readUsers.arn,
        readGroups.arn,
        `OwnKeys (inline policy of ${alice.arn})`,
        `NoDeletes (inline policy of ${developers.arn})`,
      ].sort(),
    );
    expect(policies.permissionsBoundary?.name).toBe(boundary.arn);
    expect(policies.principalTags).toEqual({ team: 'blue' });
    // v2, the default version, is in force: it allows GetUser, which v1 did not.
    expect(decide(alice.arn, policies, 'iam:GetUser')).toBe('Allow');
    expect(decide(alice.arn, policies, 'iam:GetGroup')).toBe('Allow');
    expect(decide(alice.arn, policies, 'iam:ListAccessKeys')).toBe('Allow');
    expect(decide(alice.arn, policies, 'iam:DeleteUser')).toBe('ExplicitDeny');
    // The inline policy allows it, the boundary does not.
    await db.userPolicy.create({
      data: { userId: alice.id, policyName: 'CreateUsers', policyDocument: JSON.stringify(allow('iam:CreateUser')) },
    });
    const updated = (await new CallerPolicyCache(db).policiesFor({ type: 'user', userId: alice.id }))!;
    expect(decide(alice.arn, updated, 'iam:CreateUser')).toBe('ImplicitDeny');
  });

  it("loads a role's attached and inline policies, boundary and tags", async () => {
    const role = await createRole(db, accountId, 'Deployer', { tags: { stage: 'prod' } });
    const attached = await createManagedPolicy(db, accountId, 'DeployerAccess', [allow('iam:PassRole')]);
    const boundary = await createManagedPolicy(db, accountId, 'DeployerBoundary', [allow('iam:*')]);
    await db.rolePolicyAttachment.create({ data: { roleId: role.id, policyId: attached.id } });
    await db.rolePolicy.create({
      data: { roleId: role.id, policyName: 'ReadRoles', policyDocument: JSON.stringify(allow('iam:GetRole')) },
    });
    await db.role.update({ where: { id: role.id }, data: { permissionsBoundaryPolicyId: boundary.id } });

    const policies = (await new CallerPolicyCache(db).policiesFor({ type: 'role', roleId: role.id }))!;
    expect(names(policies)).toEqual([attached.arn, `ReadRoles (inline policy of ${role.arn})`].sort());
    expect(policies.permissionsBoundary?.name).toBe(boundary.arn);
    expect(policies.principalTags).toEqual({ stage: 'prod' });
  });

  it('answers null for a principal that does not exist (any more)', async () => {
    const cache = new CallerPolicyCache(db);
    const bob = await createUser(db, accountId, 'bob');
    expect(await cache.policiesFor({ type: 'user', userId: bob.id })).toMatchObject({ identityPolicies: [] });
    await db.user.delete({ where: { id: bob.id } });
    expect(await cache.policiesFor({ type: 'user', userId: bob.id })).toBeNull();
    expect(await cache.policiesFor({ type: 'role', roleId: 'AROANOSUCHROLE0000000' })).toBeNull();
  });

  it('reuses the cached value while nothing changed, and compiles a shared managed version once', async () => {
    const cache = new CallerPolicyCache(db);
    const shared = await createManagedPolicy(db, accountId, 'Shared', [allow('iam:ListRoles')]);
    const carol = await createUser(db, accountId, 'carol');
    const dave = await createUser(db, accountId, 'dave');
    for (const user of [carol, dave]) await db.userPolicyAttachment.create({ data: { userId: user.id, policyId: shared.id } });

    const first = await cache.policiesFor({ type: 'user', userId: carol.id });
    expect(await cache.policiesFor({ type: 'user', userId: carol.id })).toBe(first);
    const forDave = await cache.policiesFor({ type: 'user', userId: dave.id });
    expect(forDave!.identityPolicies[0]).toBe(first!.identityPolicies[0]);
  });
});

describe('CallerPolicyCache invalidation across API processes', () => {
  // Two caches over two Prisma clients on one database stand for two API processes behind a load balancer.
  let otherProcessDb: PrismaClient;
  beforeAll(() => {
    otherProcessDb = createPrismaClient(database.databaseUrl);
  });
  afterAll(() => otherProcessDb.$disconnect());

  it('sees every kind of change made through the other process on the very next request', async () => {
    const here = new CallerPolicyCache(db);
    const there = new CallerPolicyCache(otherProcessDb);
    const erin = await createUser(db, accountId, 'erin');
    const principal = { type: 'user', userId: erin.id } as const;
    const decideBoth = async (action: string) =>
      Promise.all([here, there].map(async (cache) => decide(erin.arn, (await cache.policiesFor(principal))!, action)));

    expect(await decideBoth('iam:ListGroups')).toEqual(['ImplicitDeny', 'ImplicitDeny']);

    // Attach a managed policy (through the other process).
    const listGroups = await createManagedPolicy(otherProcessDb, accountId, 'ListGroups', [allow('iam:ListGroups')]);
    await otherProcessDb.userPolicyAttachment.create({ data: { userId: erin.id, policyId: listGroups.id } });
    expect(await decideBoth('iam:ListGroups')).toEqual(['Allow', 'Allow']);

    // A new default version replaces the old one.
    await otherProcessDb.policyVersion.create({
      data: { policyId: listGroups.id, versionId: 'v2', document: JSON.stringify(allow('iam:ListRoles')) },
    });
    await otherProcessDb.managedPolicy.update({ where: { id: listGroups.id }, data: { defaultVersionId: 'v2' } });
    expect(await decideBoth('iam:ListGroups')).toEqual(['ImplicitDeny', 'ImplicitDeny']);
    expect(await decideBoth('iam:ListRoles')).toEqual(['Allow', 'Allow']);

    // An inline policy's document is replaced under the same name (putUserPolicy).
    await otherProcessDb.userPolicy.create({
      data: { userId: erin.id, policyName: 'Inline', policyDocument: JSON.stringify(allow('iam:GetUser')) },
    });
    expect(await decideBoth('iam:GetUser')).toEqual(['Allow', 'Allow']);
    await otherProcessDb.userPolicy.update({
      where: { userId_policyName: { userId: erin.id, policyName: 'Inline' } },
      data: { policyDocument: JSON.stringify(deny('iam:GetUser')) },
    });
    expect(await decideBoth('iam:GetUser')).toEqual(['ExplicitDeny', 'ExplicitDeny']);

    // Joining and leaving a group, and a change to the group's own inline policy.
    const auditors = await createGroup(otherProcessDb, accountId, 'Auditors', [erin.id]);
    await otherProcessDb.groupPolicy.create({
      data: { groupId: auditors.id, policyName: 'ReadPolicies', policyDocument: JSON.stringify(allow('iam:GetPolicy')) },
    });
    expect(await decideBoth('iam:GetPolicy')).toEqual(['Allow', 'Allow']);
    await otherProcessDb.groupPolicy.update({
      where: { groupId_policyName: { groupId: auditors.id, policyName: 'ReadPolicies' } },
      data: { policyDocument: JSON.stringify(deny('iam:GetPolicy')) },
    });
    expect(await decideBoth('iam:GetPolicy')).toEqual(['ExplicitDeny', 'ExplicitDeny']);
    const listUsers = await createManagedPolicy(otherProcessDb, accountId, 'AuditorsListUsers', [allow('iam:ListUsers')]);
    await otherProcessDb.groupPolicyAttachment.create({ data: { groupId: auditors.id, policyId: listUsers.id } });
    expect(await decideBoth('iam:ListUsers')).toEqual(['Allow', 'Allow']);
    await otherProcessDb.groupMembership.delete({ where: { groupId_userId: { groupId: auditors.id, userId: erin.id } } });
    expect(await decideBoth('iam:GetPolicy')).toEqual(['ImplicitDeny', 'ImplicitDeny']);
    expect(await decideBoth('iam:ListUsers')).toEqual(['ImplicitDeny', 'ImplicitDeny']);

    // A permissions boundary put and then deleted.
    const boundary = await createManagedPolicy(otherProcessDb, accountId, 'ErinBoundary', [allow('iam:GetRole')]);
    await otherProcessDb.user.update({ where: { id: erin.id }, data: { permissionsBoundaryPolicyId: boundary.id } });
    expect(await decideBoth('iam:ListRoles')).toEqual(['ImplicitDeny', 'ImplicitDeny']);
    await otherProcessDb.user.update({ where: { id: erin.id }, data: { permissionsBoundaryPolicyId: null } });
    expect(await decideBoth('iam:ListRoles')).toEqual(['Allow', 'Allow']);
  });

  it("sees changes to a role's attached and inline policies", async () => {
    const here = new CallerPolicyCache(db);
    const role = await createRole(db, accountId, 'Auditor');
    const principal = { type: 'role', roleId: role.id } as const;
    const decideHere = async (action: string) => decide(role.arn, (await here.policiesFor(principal))!, action);
    expect(await decideHere('iam:GetRole')).toBe('ImplicitDeny');
    await otherProcessDb.rolePolicy.create({
      data: { roleId: role.id, policyName: 'Read', policyDocument: JSON.stringify(allow('iam:GetRole')) },
    });
    expect(await decideHere('iam:GetRole')).toBe('Allow');
    const denyAll = await createManagedPolicy(otherProcessDb, accountId, 'AuditorDenyAll', [deny('*')]);
    await otherProcessDb.rolePolicyAttachment.create({ data: { roleId: role.id, policyId: denyAll.id } });
    expect(await decideHere('iam:GetRole')).toBe('ExplicitDeny');
  });

  it("sees a change to a user's tags", async () => {
    const here = new CallerPolicyCache(db);
    const frank = await createUser(db, accountId, 'frank', { tags: { team: 'red' } });
    expect((await here.policiesFor({ type: 'user', userId: frank.id }))!.principalTags).toEqual({ team: 'red' });
    await otherProcessDb.userTag.update({
      where: { userId_key: { userId: frank.id, key: 'team' } },
      data: { value: 'green' },
    });
    expect((await here.policiesFor({ type: 'user', userId: frank.id }))!.principalTags).toEqual({ team: 'green' });
  });
});

describe('CallerPolicyCache.requestPolicy', () => {
  it('compiles each distinct session or trust policy document once', () => {
    const cache = new CallerPolicyCache(db);
    const document = JSON.stringify(allow('iam:GetUser'));
    const compiled = cache.requestPolicy('SessionPolicy', document);
    expect(compiled.name).toBe('SessionPolicy');
    expect(cache.requestPolicy('SessionPolicy', document)).toBe(compiled);
    expect(cache.requestPolicy('SessionPolicy', JSON.stringify(allow('iam:ListUsers')))).not.toBe(compiled);
    expect(cache.requestPolicy('TrustPolicy', document).name).toBe('TrustPolicy');
  });
});
