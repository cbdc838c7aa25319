import { randomBytes } from 'node:crypto';
import { verifyPassword } from '@gatehouse/credentials';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
});
afterAll(() => api.stop());

const createLoginProfile = `mutation ($input: CreateLoginProfileInput!) {
  createLoginProfile(input: $input) { userName createDate passwordResetRequired }
}`;
const getLoginProfile = `query ($userName: String!) { getLoginProfile(userName: $userName) { userName passwordResetRequired } }`;
const updateLoginProfile = `mutation ($input: UpdateLoginProfileInput!) { updateLoginProfile(input: $input) { userName passwordResetRequired } }`;
const deleteLoginProfile = `mutation ($input: DeleteLoginProfileInput!) { deleteLoginProfile(input: $input) }`;

let userCounter = 0;
async function newUser(): Promise<string> {
  userCounter += 1;
  const userName = `user${userCounter}`;
  await client.data('mutation ($input: CreateUserInput!) { createUser(input: $input) { userId } }', { input: { userName } });
  return userName;
}

async function storedProfile(userName: string) {
  return api.prisma.loginProfile.findFirst({ where: { user: { accountId: root.accountId, userName } } });
}

async function setPolicy(data: Record<string, unknown>) {
  await api.prisma.passwordPolicy.upsert({ where: { accountId: root.accountId }, create: { accountId: root.accountId, ...data }, update: data });
}

afterEach(() => api.prisma.passwordPolicy.deleteMany({ where: { accountId: root.accountId } }));

describe('createLoginProfile', () => {
  it('stores an argon2id hash of the password, never the password, and the audit event has neither', async () => {
    const userName = await newUser();
    const password = 'Tr0ub4dor&3-horse';
    const profile = (await client.data(createLoginProfile, { input: { userName, password, passwordResetRequired: true } })).createLoginProfile;
    expect(profile).toMatchObject({ userName, passwordResetRequired: true });
    expect(new Date(profile.createDate).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const row = await storedProfile(userName);
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.passwordHash, password)).toBe(true);
    const events = await api.prisma.auditEvent.findMany({ where: { eventName: 'CreateLoginProfile' } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(password);
    expect(JSON.stringify(events)).not.toContain(row!.passwordHash);
    expect(JSON.stringify(api.logs)).not.toContain(password);
  });

  it('applies AWS’s default policy when the account has none (PasswordPolicyViolation), writing nothing', async () => {
    const userName = await newUser();
    const error = await client.error(createLoginProfile, { input: { userName, password: 'short' } });
    expect(error.extensions).toMatchObject({ code: 'PasswordPolicyViolation', field: 'password' });
    expect(error.message).toContain('Password should have a minimum length of 8');
    expect(error.message).toContain('at least three of the following character types');
    expect(error.message).not.toContain('short');
    expect(await storedProfile(userName)).toBeNull();
  });

  it('applies the account password policy', async () => {
    const userName = await newUser();
    await setPolicy({ minimumPasswordLength: 14, requireSymbols: true });
    const error = await client.error(createLoginProfile, { input: { userName, password: 'abcdefghijklmnop' } });
    expect(error.extensions.code).toBe('PasswordPolicyViolation');
    expect(error.message).toBe('Password should have at least one symbol');
    await client.data(createLoginProfile, { input: { userName, password: 'abcdefghijklmnop!' } });
  });

  it('refuses a second profile (EntityAlreadyExists) and an unknown user (NoSuchEntity)', async () => {
    const userName = await newUser();
    await client.data(createLoginProfile, { input: { userName, password: 'First-Passw0rd' } });
    const duplicate = await client.error(createLoginProfile, { input: { userName, password: 'Second-Passw0rd' } });
    expect(duplicate.extensions.code).toBe('EntityAlreadyExists');
    expect(duplicate.message).toBe(`Login Profile for user ${userName} already exists.`);
    expect(await verifyPassword((await storedProfile(userName))!.passwordHash, 'First-Passw0rd')).toBe(true);
    const unknown = await client.error(createLoginProfile, { input: { userName: 'nobody', password: 'First-Passw0rd' } });
    expect(unknown.extensions.code).toBe('NoSuchEntity');
  });

  it('never quotes the password in a validation error', async () => {
    const userName = await newUser();
    // Random, not a run of one letter: the secrets scan looks for every recorded secret in every file's events, and a
    // run of x's stands inside other tests' long names.
    const password = randomBytes(97).toString('base64').slice(0, 129);
    const error = await client.error(createLoginProfile, { input: { userName, password } });
    expect(error.extensions).toMatchObject({ code: 'InvalidInput', field: 'password' });
    expect(error.message).not.toContain(password.slice(0, 8));
  });
});

describe('getLoginProfile, updateLoginProfile, deleteLoginProfile', () => {
  it('changes the password and the reset flag, keeping the old password for reuse prevention', async () => {
    const userName = await newUser();
    await client.data(createLoginProfile, { input: { userName, password: 'Original-Passw0rd' } });
    const before = await storedProfile(userName);

    const updated = await client.data(updateLoginProfile, { input: { userName, password: 'Replaced-Passw0rd', passwordResetRequired: true } });
    expect(updated.updateLoginProfile).toEqual({ userName, passwordResetRequired: true });
    const after = await storedProfile(userName);
    expect(await verifyPassword(after!.passwordHash, 'Replaced-Passw0rd')).toBe(true);
    expect(after!.passwordChangedAt.getTime()).toBeGreaterThanOrEqual(before!.passwordChangedAt.getTime());
    const history = await api.prisma.passwordHistory.findMany({ where: { userId: after!.userId } });
    expect(history.map((row) => row.passwordHash)).toEqual([before!.passwordHash]);

    expect((await client.data(getLoginProfile, { userName })).getLoginProfile).toEqual({ userName, passwordResetRequired: true });
    const flagOnly = await client.data(updateLoginProfile, { input: { userName, passwordResetRequired: false } });
    expect(flagOnly.updateLoginProfile.passwordResetRequired).toBe(false);
    expect((await storedProfile(userName))!.passwordHash).toBe(after!.passwordHash);
  });

  it('refuses a remembered password under PasswordReusePrevention, and accepts it once it is old enough', async () => {
    const userName = await newUser();
    await setPolicy({ passwordReusePrevention: 2 });
    await client.data(createLoginProfile, { input: { userName, password: 'Password-One-1' } });
    await client.data(updateLoginProfile, { input: { userName, password: 'Password-Two-2' } });
    const current = await client.error(updateLoginProfile, { input: { userName, password: 'Password-Two-2' } });
    expect(current.extensions.code).toBe('PasswordPolicyViolation');
    expect(current.message).toBe('Policy Error: PasswordReusePrevention');
    const previous = await client.error(updateLoginProfile, { input: { userName, password: 'Password-One-1' } });
    expect(previous.extensions.code).toBe('PasswordPolicyViolation');
    await client.data(updateLoginProfile, { input: { userName, password: 'Password-Three-3' } });
    await client.data(updateLoginProfile, { input: { userName, password: 'Password-One-1' } });
  });

  it('deletes the profile; then get and delete answer NoSuchEntity, and the old password stays remembered', async () => {
    const userName = await newUser();
    await setPolicy({ passwordReusePrevention: 1 });
    await client.data(createLoginProfile, { input: { userName, password: 'Deleted-Passw0rd' } });
    expect((await client.data(deleteLoginProfile, { input: { userName } })).deleteLoginProfile).toBe(true);
    expect(await storedProfile(userName)).toBeNull();
    const missing = await client.error(getLoginProfile, { userName });
    expect(missing.extensions.code).toBe('NoSuchEntity');
    expect(missing.message).toBe(`Login Profile for User ${userName} cannot be found.`);
    expect((await client.error(deleteLoginProfile, { input: { userName } })).extensions.code).toBe('NoSuchEntity');
    const reused = await client.error(createLoginProfile, { input: { userName, password: 'Deleted-Passw0rd' } });
    expect(reused.extensions.code).toBe('PasswordPolicyViolation');
  });

  it('blocks deleting a user that has a login profile (DeleteConflict)', async () => {
    const userName = await newUser();
    await client.data(createLoginProfile, { input: { userName, password: 'Blocking-Passw0rd' } });
    const error = await client.error('mutation ($userName: String!) { deleteUser(input: { userName: $userName }) }', { userName });
    expect(error.extensions.code).toBe('DeleteConflict');
    expect(error.extensions.conflicts).toContain('LoginProfile');
  });
});
