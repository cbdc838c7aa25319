import { ChangeNotifications, createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { createTestDatabase, type TestDatabase } from '@gatehouse/db/testing';
import { evaluate } from '@gatehouse/evaluator';
import type { GoverningPolicies } from '../../src/principals/governing-policies';
import { GoverningPolicyCache } from '../../src/principals/governing-policy-cache';
import { governingSources } from '../../src/principals/governing-sources';
import {
  allow,
  createAccount,
  createGroup,
  createManagedPolicy,
  createRole,
  createUser,
  deny,
} from '../authz/iam-fixtures';
import { dumpAuditEvents } from '../support/test-artifacts';

let database: TestDatabase;
let db: PrismaClient;
let notifications: ChangeNotifications;
let accountId: string;

// On PostgreSQL the cache listens and keeps values; the embedded database has no listener, and it reads through.
const listens = Boolean(process.env.DATABASE_URL);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  notifications = await ChangeNotifications.start(database.databaseUrl, () => undefined);
  accountId = await createAccount(db);
});
afterAll(async () => {
  await notifications.close();
  await dumpAuditEvents(database.prisma);
  await database.drop();
});

const names = (policies: GoverningPolicies) => policies.evaluatedIdentityPolicies.map((policy) => policy.name).sort();
const newCache = () => new GoverningPolicyCache(db, notifications);

/** The decision the loaded policies give, so that tests check what was loaded by what it allows. */
function decide(principalArn: string, policies: GoverningPolicies, action: string, resource = '*') {
  return evaluate({
    principal: principalArn,
    action,
    resource,
    identityPolicies: policies.evaluatedIdentityPolicies,
    ...(policies.permissionsBoundary ? { permissionsBoundary: policies.permissionsBoundary.compiled } : {}),
  }).decision;
}

describe('GoverningPolicyCache.get', () => {
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

    const policies = (await newCache().get({ kind: 'user', id: alice.id }))!;
    expect(names(policies)).toEqual(
      [
        readUsers.arn,
        readGroups.arn,
        `OwnKeys (inline policy of ${alice.arn})`,
        `NoDeletes (inline policy of ${developers.arn})`,
      ].sort(),
    );
    expect(policies.permissionsBoundary?.compiled.name).toBe(boundary.arn);
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
    const updated = (await newCache().get({ kind: 'user', id: alice.id }))!;
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

    const policies = (await newCache().get({ kind: 'role', id: role.id }))!;
    expect(names(policies)).toEqual([attached.arn, `ReadRoles (inline policy of ${role.arn})`].sort());
    expect(policies.permissionsBoundary?.compiled.name).toBe(boundary.arn);
    expect(policies.principalTags).toEqual({ stage: 'prod' });
  });

  it('answers null for a principal that does not exist (any more)', async () => {
    const cache = newCache();
    const bob = await createUser(db, accountId, 'bob');
    expect(await cache.get({ kind: 'user', id: bob.id })).toMatchObject({ identityPolicies: [] });
    await db.user.delete({ where: { id: bob.id } });
    await notifications.sync();
    expect(await cache.get({ kind: 'user', id: bob.id })).toBeNull();
    expect(await cache.get({ kind: 'role', id: 'AROANOSUCHROLE0000000' })).toBeNull();
  });

  it('finds a cached principal by its ARN until a rename or deletion drops it', async () => {
    const cache = newCache();
    const erin = await createUser(db, accountId, 'erin');
    await notifications.sync();
    expect(cache.cachedByArn('user', erin.arn)).toBeUndefined();
    const loaded = await cache.get({ kind: 'user', id: erin.id });
    expect(cache.cachedByArn('user', erin.arn)).toBe(listens ? loaded : undefined);
    expect(cache.cachedByArn('role', erin.arn)).toBeUndefined();

    const renamedArn = erin.arn.replace(/erin$/, 'erin-ops');
    await db.user.update({ where: { id: erin.id }, data: { userName: 'erin-ops', arn: renamedArn } });
    await notifications.sync();
    expect(cache.cachedByArn('user', erin.arn)).toBeUndefined();
    await cache.get({ kind: 'user', id: erin.id });
    expect(cache.cachedByArn('user', renamedArn)?.principal.name).toBe(listens ? 'erin-ops' : undefined);
    await db.user.delete({ where: { id: erin.id } });
    await notifications.sync();
    expect(cache.cachedByArn('user', renamedArn)).toBeUndefined();
  });

  it('reuses the cached value while nothing changed, and compiles a shared managed version once', async () => {
    const cache = newCache();
    const shared = await createManagedPolicy(db, accountId, 'Shared', [allow('iam:ListRoles')]);
    const carol = await createUser(db, accountId, 'carol');
    const dave = await createUser(db, accountId, 'dave');
    for (const user of [carol, dave]) await db.userPolicyAttachment.create({ data: { userId: user.id, policyId: shared.id } });

    await notifications.sync();
    const first = await cache.get({ kind: 'user', id: carol.id });
    const again = await cache.get({ kind: 'user', id: carol.id });
    if (listens) expect(again).toBe(first);
    else expect(again).toEqual(first);
    const forDave = await cache.get({ kind: 'user', id: dave.id });
    expect(forDave!.evaluatedIdentityPolicies[0]).toBe(first!.evaluatedIdentityPolicies[0]);
  });
});

describe('GoverningPolicyCache invalidation by change notifications', () => {
  // Writes through another Prisma client, straight to the database (no API write path involved): the triggers alone
  // must tell the cache. Each check first waits until every change committed before it has been heard.
  let otherProcessDb: PrismaClient;
  beforeAll(() => {
    otherProcessDb = createPrismaClient(database.databaseUrl);
  });
  afterAll(() => otherProcessDb.$disconnect());

  it('sees every kind of change made through the other process on the very next request', async () => {
    const here = newCache();
    const there = new GoverningPolicyCache(otherProcessDb, notifications);
    const erin = await createUser(db, accountId, 'erin');
    const principal = { kind: 'user', id: erin.id } as const;
    const decideBoth = async (action: string) => {
      await notifications.sync();
      return Promise.all([here, there].map(async (cache) => decide(erin.arn, (await cache.get(principal))!, action)));
    };

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
    const here = newCache();
    const role = await createRole(db, accountId, 'Auditor');
    const principal = { kind: 'role', id: role.id } as const;
    const decideHere = async (action: string) => {
      await notifications.sync();
      return decide(role.arn, (await here.get(principal))!, action);
    };
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
    const here = newCache();
    const frank = await createUser(db, accountId, 'frank', { tags: { team: 'red' } });
    expect((await here.get({ kind: 'user', id: frank.id }))!.principalTags).toEqual({ team: 'red' });
    await otherProcessDb.userTag.update({
      where: { userId_key: { userId: frank.id, key: 'team' } },
      data: { value: 'green' },
    });
    await notifications.sync();
    expect((await here.get({ kind: 'user', id: frank.id }))!.principalTags).toEqual({ team: 'green' });
  });
});

describe('GoverningPolicyCache.requestPolicy', () => {
  it('compiles each distinct session or trust policy document once', () => {
    const cache = newCache();
    const document = JSON.stringify(allow('iam:GetUser'));
    const compiled = cache.requestPolicy('SessionPolicy', document);
    expect(compiled.name).toBe('SessionPolicy');
    expect(cache.requestPolicy('SessionPolicy', document)).toBe(compiled);
    expect(cache.requestPolicy('SessionPolicy', JSON.stringify(allow('iam:ListUsers')))).not.toBe(compiled);
    expect(cache.requestPolicy('TrustPolicy', document).name).toBe('TrustPolicy');
  });
});

describe('governingSources', () => {
  // The description the loader's invalidation is derived from must match what the database notifies: a table read
  // without a trigger naming the same key column would leave a revoked permission cached.
  it('names, for every table the loader reads, the key column its trigger notifies with, on insert, update and delete', async () => {
    const triggers = await db.$queryRaw<Array<{ table: string; column: string; insert: boolean; update: boolean; delete: boolean }>>`
      SELECT c.relname AS table, encode(t.tgargs, 'escape') AS column, -- each argument ends in \\000
             (t.tgtype & 4) <> 0 AS insert, (t.tgtype & 16) <> 0 AS update, (t.tgtype & 8) <> 0 AS delete
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE p.proname = 'gatehouse_notify_change' AND NOT t.tgisinternal`;
    const notified = new Map(triggers.map((trigger) => [trigger.table, trigger]));
    // Rows a principal hangs from (User, Group, Role, ManagedPolicy) are read only once they exist.
    const entityTables = new Set(['User', 'Group', 'Role', 'ManagedPolicy']);
    for (const tables of Object.values(governingSources)) {
      for (const [table, column] of Object.entries(tables)) {
        expect({ table, ...notified.get(table) }).toEqual({ table, column: `${column}\\000`, insert: !entityTables.has(table), update: true, delete: true });
      }
    }
  });
});
