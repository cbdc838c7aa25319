import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient, type GraphQLResponse } from './support/graphql-client';

// DeletePolicy racing an operation that starts using the policy (a user's boundary, an attachment), in both orders,
// made deterministic with a table lock the test holds: the using operation waits at an INSERT while DeletePolicy
// runs. Whichever commits first wins and the other answers as AWS would (NoSuchEntity, DeleteConflict); before,
// the loser's foreign key failure surfaced as ServiceFailure.

// The held lock and the waiting request are two sessions: an embedded PostgreSQL (PGlite) has one, so these run on a
// real server only.
const describeOnServer = process.env.DATABASE_URL ? describe : describe.skip;
// jest drops the console output of a file whose tests are all skipped, hence stderr.
if (!process.env.DATABASE_URL) process.stderr.write('policy-use-races.test: the races need a PostgreSQL server (DATABASE_URL); skipped on the embedded database\n');

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
const createPolicy = 'mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { arn } }';
const deletePolicy = 'mutation ($input: DeletePolicyInput!) { deletePolicy(input: $input) }';
const getPolicy = 'query ($policyArn: String!) { getPolicy(policyArn: $policyArn) { arn attachmentCount permissionsBoundaryUsageCount } }';

beforeAll(async () => {
  api = await startTestApi();
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

/** Holds `LOCK TABLE … IN SHARE MODE` in a transaction of its own: reads go on, inserts into the table wait. */
async function holdShareLock(table: string): Promise<{ release: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let taken!: () => void;
  const lockTaken = new Promise<void>((resolve) => (taken = resolve));
  const transaction = api.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE "${table}" IN SHARE MODE`);
      taken();
      await released;
    },
    { timeout: 30_000 },
  );
  await Promise.race([lockTaken, transaction]);
  return {
    release: async () => {
      release();
      await transaction;
    },
  };
}

/** Resolves once a statement matching `pattern` (SQL LIKE) waits for a lock in this database. */
async function waitingStatement(pattern: string): Promise<void> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const [row] = await api.prisma.$queryRaw<Array<{ waiting: number }>>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE ${pattern}`;
    if (row && row.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no statement like ${pattern} waited for a lock`);
}

async function policyNamed(policyName: string): Promise<string> {
  return (await client.data(createPolicy, { input: { policyName, policyDocument: document } })).createPolicy.arn;
}

/**
 * Runs `use` until it waits at its INSERT into `blocked`, then DeletePolicy until it has either finished or waits
 * itself, then lets both go on. Blocking the use's own table lets DeletePolicy commit first; blocking AuditEvent
 * (each change's last insert) lets the use commit first, DeletePolicy waiting on its row lock meanwhile.
 */
async function race(blocked: string, use: () => Promise<GraphQLResponse>, policyArn: string) {
  const lock = await holdShareLock(blocked);
  const using = use();
  await waitingStatement(`INSERT INTO %"${blocked}"%`);
  const deleting = client.request(deletePolicy, { input: { policyArn } });
  await Promise.race([deleting, waitingStatement('DELETE FROM %"ManagedPolicy"%')]);
  await lock.release();
  return { used: await using, deleted: await deleting };
}

const createUser = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { userName permissionsBoundary { permissionsBoundaryArn } } }';
const attachUserPolicy = 'mutation ($input: UserPolicyAttachmentInput!) { attachUserPolicy(input: $input) { arn } }';
const notAttachable = (policyArn: string) => ({ message: `Policy ${policyArn} does not exist or is not attachable.`, extensions: { code: 'NoSuchEntity' } });

describeOnServer('CreateUser with a permissions boundary, DeletePolicy of it meanwhile', () => {
  it('DeletePolicy first: the policy is gone, CreateUser answers NoSuchEntity and creates no user', async () => {
    const policyArn = await policyNamed('BoundaryDeletedFirst');
    const { used, deleted } = await race('User', () => client.request(createUser, { input: { userName: 'boundary-lost', permissionsBoundary: policyArn } }), policyArn);
    expect(deleted.errors).toBeUndefined();
    expect(used.errors).toMatchObject([notAttachable(policyArn)]);
    expect(await api.prisma.user.count({ where: { userName: 'boundary-lost' } })).toBe(0);
    expect(await api.prisma.managedPolicy.count({ where: { arn: policyArn } })).toBe(0);
  });

  it('CreateUser first: the user has the boundary, DeletePolicy answers DeleteConflict', async () => {
    const policyArn = await policyNamed('BoundaryUsedFirst');
    const { used, deleted } = await race('AuditEvent', () => client.request(createUser, { input: { userName: 'boundary-kept', permissionsBoundary: policyArn } }), policyArn);
    expect(used.errors).toBeUndefined();
    expect(used.data?.createUser).toEqual({ userName: 'boundary-kept', permissionsBoundary: { permissionsBoundaryArn: policyArn } });
    expect(deleted.errors?.[0]?.extensions).toMatchObject({ code: 'DeleteConflict', conflicts: ['PermissionsBoundaries'] });
    expect((await client.data(getPolicy, { policyArn })).getPolicy).toEqual({ arn: policyArn, attachmentCount: 0, permissionsBoundaryUsageCount: 1 });
  });
});

describeOnServer('AttachUserPolicy, DeletePolicy of that policy meanwhile', () => {
  beforeAll(() => client.data('mutation { createUser(input: { userName: "attacher" }) { userName } }'));

  it('DeletePolicy first: AttachUserPolicy answers NoSuchEntity', async () => {
    const policyArn = await policyNamed('AttachmentDeletedFirst');
    const { used, deleted } = await race('UserPolicyAttachment', () => client.request(attachUserPolicy, { input: { userName: 'attacher', policyArn } }), policyArn);
    expect(deleted.errors).toBeUndefined();
    expect(used.errors).toMatchObject([notAttachable(policyArn)]);
    expect(await api.prisma.managedPolicy.count({ where: { arn: policyArn } })).toBe(0);
  });

  it('AttachUserPolicy first: the policy stays attached, DeletePolicy answers DeleteConflict', async () => {
    const policyArn = await policyNamed('AttachmentMadeFirst');
    const { used, deleted } = await race('AuditEvent', () => client.request(attachUserPolicy, { input: { userName: 'attacher', policyArn } }), policyArn);
    expect(used.errors).toBeUndefined();
    expect(deleted.errors?.[0]?.extensions).toMatchObject({ code: 'DeleteConflict', conflicts: ['Attachments'] });
    expect((await client.data(getPolicy, { policyArn })).getPolicy).toEqual({ arn: policyArn, attachmentCount: 1, permissionsBoundaryUsageCount: 0 });
  });
});
