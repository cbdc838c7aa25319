import { generateTotpCode } from '@gatehouse/credentials';
import { startTestApi, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { allow } from './authz/iam-fixtures';
import { IamWorld, trust } from './auth/iam-world';
import { SignedGraphQLClient } from './auth/signed-client';

// Runs every flow that handles a secret (passwords right and wrong, new passwords, access key secrets, session
// tokens, MFA seeds and their URIs, refused signatures), keeps each secret it saw, then scans every log line the server
// wrote and every audit event in the database for any of them.

let api: TestApi;
const secrets = new Set<string>();
const keep = (...values: string[]) => values.forEach((value) => secrets.add(value));

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

it('no password, secret key, session token or MFA seed appears in any log line or audit event', async () => {
  const world = new IamWorld(api);
  const home = await world.account();
  keep(home.password);

  const wrongRoot = new GraphQLClient(api.graphqlUrl);
  keep('Wr0ng!RootPassword');
  await wrongRoot.request('mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { email: home.email, password: 'Wr0ng!RootPassword' } });

  await world.user(home.accountId, 'sam', { All: allow('*') });
  keep('Sam!Passw0rd-1', 'Sam!Passw0rd-2', 'Sam!Wrong-Passw0rd');
  await home.root.data('mutation ($input: CreateLoginProfileInput!) { createLoginProfile(input: $input) { userName } }', {
    input: { userName: 'sam', password: 'Sam!Passw0rd-1', passwordResetRequired: true },
  });
  const sam = new GraphQLClient(api.graphqlUrl);
  await sam.request('mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { account: home.accountId, userName: 'sam', password: 'Sam!Wrong-Passw0rd' } });
  await sam.data('mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { account: home.accountId, userName: 'sam', password: 'Sam!Passw0rd-1' } });
  await sam.data('mutation ($pw: String!) { submitSignInNewPassword(input: { newPassword: $pw }) { state } }', { pw: 'Sam!Passw0rd-2' });
  keep('Sam!Passw0rd-3');
  await sam.data('mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { oldPassword: 'Sam!Passw0rd-2', newPassword: 'Sam!Passw0rd-3' } });

  const { createVirtualMFADevice: device } = await sam.data(
    'mutation { createVirtualMFADevice(input: { virtualMFADeviceName: "sam" }) { serialNumber base32StringSeed qrCodeUri } }',
  );
  keep(device.base32StringSeed, device.qrCodeUri);
  const now = Date.now();
  const codes = [generateTotpCode(device.base32StringSeed, new Date(now - 30_000)), generateTotpCode(device.base32StringSeed, new Date(now))];
  await sam.data('mutation ($input: EnableMFADeviceInput!) { enableMFADevice(input: $input) { serialNumber } }', {
    input: { serialNumber: device.serialNumber, authenticationCode1: codes[0], authenticationCode2: codes[1] },
  });

  const { createAccessKey: key } = await sam.data('mutation { createAccessKey { accessKeyId secretAccessKey } }');
  keep(key.secretAccessKey);
  const signed = new SignedGraphQLClient(api.graphqlUrl, key);
  const tokenCode = generateTotpCode(device.base32StringSeed, new Date(now + 30_000));
  const { getSessionToken } = await signed.data('mutation ($input: GetSessionTokenInput) { getSessionToken(input: $input) { credentials { accessKeyId secretAccessKey sessionToken } } }', {
    input: { serialNumber: device.serialNumber, tokenCode },
  });
  keep(getSessionToken.credentials.secretAccessKey, getSessionToken.credentials.sessionToken);
  await new SignedGraphQLClient(api.graphqlUrl, getSessionToken.credentials).data('{ listUsers { totalCount } }');
  await new SignedGraphQLClient(api.graphqlUrl, { ...key, secretAccessKey: `${key.secretAccessKey.slice(0, -2)}xx` }).request('{ listUsers { totalCount } }');

  const role = await world.role(home.accountId, 'Scanned', trust({ AWS: `arn:aws:iam::${home.accountId}:user/sam` }));
  const { assumeRole } = await signed.data(
    'mutation ($input: AssumeRoleInput!) { assumeRole(input: $input) { credentials { secretAccessKey sessionToken } } }',
    { input: { roleArn: role.arn, roleSessionName: 'scan' } },
  );
  keep(assumeRole.credentials.secretAccessKey, assumeRole.credentials.sessionToken);

  const events = await api.prisma.auditEvent.findMany();
  const recorded = [...api.logs.map((line) => JSON.stringify(line)), ...events.map((event) => JSON.stringify(event))];
  expect(events.length).toBeGreaterThan(10);
  expect(api.logs.length).toBeGreaterThan(10);
  const leaks = [...secrets].flatMap((secret) => recorded.filter((line) => line.includes(secret)).map((line) => `${secret.slice(0, 4)}…: ${line.slice(0, 200)}`));
  expect(leaks).toEqual([]);
  // The scan looked where the secrets' neighbours are: the events name the flows that carried them.
  expect(events.map((event) => event.eventName)).toEqual(
    expect.arrayContaining(['ConsoleLogin', 'CreateLoginProfile', 'ChangePassword', 'CreateVirtualMFADevice', 'EnableMFADevice', 'CreateAccessKey', 'GetSessionToken', 'AssumeRole']),
  );
});
