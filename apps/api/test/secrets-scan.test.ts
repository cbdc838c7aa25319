import { generateTotpCode } from '@gatehouse/credentials';
import { startTestApi, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { allow } from './authz/iam-fixtures';
import { IamWorld, trust } from './auth/iam-world';
import { SignedGraphQLClient } from './auth/signed-client';
import { recordedSecrets } from './support/test-artifacts';

// Runs every flow that handles a secret (passwords right and wrong, new passwords, access key secrets, session
// tokens, MFA seeds and their URIs, refused signatures), so that the suite-wide scan (the jest globalTeardown) sees
// every kind. Here it checks that the test clients recorded each of those secrets — the suite-wide scan is only as
// good as that recording — and scans this server's log lines and audit events at once, naming the flow that leaked.

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

it('no password, secret key, session token or MFA seed appears in any log line or audit event', async () => {
  const world = new IamWorld(api);
  const home = await world.account();

  const wrongRoot = new GraphQLClient(api.graphqlUrl);
  await wrongRoot.request('mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { email: home.email, password: 'Wr0ng!RootPassword' } });

  await world.user(home.accountId, 'sam', { All: allow('*') });
  await home.root.data('mutation ($input: CreateLoginProfileInput!) { createLoginProfile(input: $input) { userName } }', {
    input: { userName: 'sam', password: 'Sam!Passw0rd-1', passwordResetRequired: true },
  });
  const sam = new GraphQLClient(api.graphqlUrl);
  await sam.request('mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { account: home.accountId, userName: 'sam', password: 'Sam!Wrong-Passw0rd' } });
  await sam.data('mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { account: home.accountId, userName: 'sam', password: 'Sam!Passw0rd-1' } });
  await sam.data('mutation ($pw: String!) { submitSignInNewPassword(input: { newPassword: $pw }) { state } }', { pw: 'Sam!Passw0rd-2' });
  await sam.data('mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { oldPassword: 'Sam!Passw0rd-2', newPassword: 'Sam!Passw0rd-3' } });

  const { createVirtualMFADevice: device } = await sam.data(
    'mutation { createVirtualMFADevice(input: { virtualMFADeviceName: "sam" }) { serialNumber base32StringSeed qrCodeUri } }',
  );
  const now = Date.now();
  const codes = [generateTotpCode(device.base32StringSeed, new Date(now - 30_000)), generateTotpCode(device.base32StringSeed, new Date(now))];
  await sam.data('mutation ($input: EnableMFADeviceInput!) { enableMFADevice(input: $input) { serialNumber } }', {
    input: { serialNumber: device.serialNumber, authenticationCode1: codes[0], authenticationCode2: codes[1] },
  });

  const { createAccessKey: key } = await sam.data('mutation { createAccessKey { accessKeyId secretAccessKey } }');
  const signed = new SignedGraphQLClient(api.graphqlUrl, key);
  const tokenCode = generateTotpCode(device.base32StringSeed, new Date(now + 30_000));
  const { getSessionToken } = await signed.data('mutation ($input: GetSessionTokenInput) { getSessionToken(input: $input) { credentials { accessKeyId secretAccessKey sessionToken } } }', {
    input: { serialNumber: device.serialNumber, tokenCode },
  });
  await new SignedGraphQLClient(api.graphqlUrl, getSessionToken.credentials).data('{ listUsers { totalCount } }');
  await new SignedGraphQLClient(api.graphqlUrl, { ...key, secretAccessKey: `${key.secretAccessKey.slice(0, -2)}xx` }).request('{ listUsers { totalCount } }');

  const role = await world.role(home.accountId, 'Scanned', trust({ AWS: `arn:aws:iam::${home.accountId}:user/sam` }));
  const { assumeRole } = await signed.data(
    'mutation ($input: AssumeRoleInput!) { assumeRole(input: $input) { credentials { secretAccessKey sessionToken } } }',
    { input: { roleArn: role.arn, roleSessionName: 'scan' } },
  );

  const secrets = recordedSecrets();
  expect(secrets.map((secret) => secret.value)).toEqual(
    expect.arrayContaining([
      home.password,
      'Wr0ng!RootPassword',
      'Sam!Passw0rd-1',
      'Sam!Passw0rd-2',
      'Sam!Passw0rd-3',
      'Sam!Wrong-Passw0rd',
      device.base32StringSeed,
      device.qrCodeUri,
      key.secretAccessKey,
      getSessionToken.credentials.secretAccessKey,
      getSessionToken.credentials.sessionToken,
      assumeRole.credentials.secretAccessKey,
      assumeRole.credentials.sessionToken,
      sam.cookie!.split('=')[1],
    ]),
  );

  const events = await api.prisma.auditEvent.findMany();
  const recorded = [
    ...api.logs.map((line) => ({ where: `log line "${line.msg}"`, text: JSON.stringify(line) })),
    ...events.map((event) => ({ where: `audit event ${event.eventName}`, text: JSON.stringify(event) })),
  ];
  expect(events.length).toBeGreaterThan(10);
  expect(api.logs.length).toBeGreaterThan(10);
  // A leak is named by the secret's kind and where it was found, never by the secret itself.
  const leaks = secrets.flatMap((secret) => recorded.filter((entry) => entry.text.includes(secret.value)).map((entry) => `${secret.kind} in ${entry.where}`));
  expect(leaks).toEqual([]);
  // The scan looked where the secrets' neighbours are: the events name the flows that carried them.
  expect(events.map((event) => event.eventName)).toEqual(
    expect.arrayContaining(['ConsoleLogin', 'CreateLoginProfile', 'ChangePassword', 'CreateVirtualMFADevice', 'EnableMFADevice', 'CreateAccessKey', 'GetSessionToken', 'AssumeRole']),
  );
});
