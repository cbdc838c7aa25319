import { hiddenValue, redactSecrets } from '../src/audit/redact-secrets';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';
import { userSessionClient } from './support/user-session';

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

const createUser = `mutation ($input: CreateUserInput!) { createUser(input: $input) { userId arn } }`;

describe('auditedTransaction', () => {
  it('records who did what, from where, in which request, for every mutation', async () => {
    const response = await client.request(createUser, { input: { userName: 'audited', tags: [{ key: 'team', value: 'a' }] } });
    const { arn } = response.data.createUser;
    const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'CreateUser' } });
    expect(event).toMatchObject({
      eventSource: 'iam.amazonaws.com',
      accountId: root.accountId,
      principalArn: `arn:aws:iam::${root.accountId}:root`,
      requestId: response.headers.get('x-amzn-requestid'),
      resources: [arn],
      readOnly: false,
      errorCode: null,
      requestParameters: { userName: 'audited', path: '/', tags: [{ key: 'team', value: 'a' }] },
    });
    expect(event.sourceIpAddress).toMatch(/127\.0\.0\.1/);
    expect(event.userAgent).toBeTruthy();
  });

  it('records the new ARN of a renamed user', async () => {
    await client.data(`mutation { updateUser(input: { userName: "audited", newUserName: "audited2", newPath: "/moved/" }) { arn } }`);
    const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'UpdateUser' } });
    expect(event.resources).toEqual([`arn:aws:iam::${root.accountId}:user/moved/audited2`]);
  });

  it('writes no change event for a refused change, only the failed call with its error (CloudTrail errorCode)', async () => {
    const before = await api.prisma.auditEvent.count({ where: { errorCode: null } });
    const error = await client.error(createUser, { input: { userName: 'AUDITED2' } });
    expect(error.extensions.code).toBe('EntityAlreadyExists');
    expect(await api.prisma.auditEvent.count({ where: { errorCode: null } })).toBe(before);
    const failed = await api.prisma.auditEvent.findFirstOrThrow({ where: { requestId: error.extensions.requestId } });
    expect(failed).toMatchObject({
      eventName: 'CreateUser',
      errorCode: 'EntityAlreadyExists',
      errorMessage: error.message,
      principalArn: `arn:aws:iam::${root.accountId}:root`,
      requestParameters: { userName: 'AUDITED2' },
      readOnly: false,
    });
  });

  it('keeps neither the change nor the event when the event cannot be written', async () => {
    // The audit insert comes after the user's rows in the same transaction: refusing it must undo them.
    await api.prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_doomed_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW."requestParameters"->>'userName' = 'doomed' THEN RAISE EXCEPTION 'audit store refused the event'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await api.prisma.$executeRawUnsafe(
      'CREATE TRIGGER refuse_doomed_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_doomed_audit()',
    );
    try {
      const response = await client.request(createUser, { input: { userName: 'doomed', tags: [{ key: 'k', value: 'v' }] } });
      const [error] = response.errors!;
      expect(error!.extensions.code).toBe('ServiceFailure');
      expect(error!.extensions.requestId).toBe(response.headers.get('x-amzn-requestid'));
      expect(await api.prisma.user.count({ where: { userName: 'doomed' } })).toBe(0);
      expect(await api.prisma.userTag.count({ where: { user: { userName: 'doomed' } } })).toBe(0);
      expect(await api.prisma.auditEvent.count({ where: { eventName: 'CreateUser', requestId: error!.extensions.requestId } })).toBe(0);
    } finally {
      await api.prisma.$executeRawUnsafe('DROP TRIGGER refuse_doomed_audit ON "AuditEvent"');
      await api.prisma.$executeRawUnsafe('DROP FUNCTION refuse_doomed_audit()');
    }
  });
});

describe('redactSecrets', () => {
  it('hides every member named like a secret, at any depth, and keeps the rest', () => {
    const redacted = redactSecrets({
      userName: 'alice',
      password: 'hunter2',
      accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI' },
      credentials: [{ sessionToken: 'token', expiration: '2026-01-01T00:00:00Z' }],
      virtualMFADevice: { base32StringSeed: 'seed', qrCodePNG: 'png', serialNumber: 'arn:aws:iam::1:mfa/x' },
      authenticationCode1: '123456',
    });
    expect(redacted).toEqual({
      userName: 'alice',
      password: hiddenValue,
      accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: hiddenValue },
      credentials: [{ sessionToken: hiddenValue, expiration: '2026-01-01T00:00:00Z' }],
      virtualMFADevice: { base32StringSeed: hiddenValue, qrCodePNG: hiddenValue, serialNumber: 'arn:aws:iam::1:mfa/x' },
      authenticationCode1: hiddenValue,
    });
  });

  it('keeps settings and dates that only mention a secret in their name', () => {
    const passwordPolicy = {
      minimumPasswordLength: 14,
      passwordResetRequired: true,
      passwordLastUsed: '2026-01-01T00:00:00Z',
      allowUsersToChangePassword: true,
      maxPasswordAge: 90,
      passwordReusePrevention: 5,
    };
    expect(redactSecrets(passwordPolicy)).toEqual(passwordPolicy);
  });

  it('hides the secrets of password changes, MFA enrolment and session tokens, whatever their case', () => {
    const redacted = redactSecrets({
      oldPassword: 'old',
      newPassword: 'new',
      tokenCode: '123456',
      AuthenticationCode2: '654321',
      seed: 'JBSWY3DPEHPK3PXP',
      qrCodeUri: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP',
      serialNumber: 'arn:aws:iam::1:mfa/x',
    });
    expect(redacted).toEqual({
      oldPassword: hiddenValue,
      newPassword: hiddenValue,
      tokenCode: hiddenValue,
      AuthenticationCode2: hiddenValue,
      seed: hiddenValue,
      qrCodeUri: hiddenValue,
      serialNumber: 'arn:aws:iam::1:mfa/x',
    });
  });
});

describe('failed and denied calls (CloudTrail records them with errorCode and errorMessage)', () => {
  const lookup = `query ($errorCode: String, $failed: Boolean, $eventName: String) {
    lookupEvents(errorCode: $errorCode, failed: $failed, eventName: $eventName, first: 50) { edges { node { eventName errorCode readOnly cloudTrailEvent } } }
  }`;

  it('records a denied read and a denied change, a denied AssumeRole and a failed ChangePassword, without their secrets', async () => {
    await client.data(createUser, { input: { userName: 'limited' } });
    const password = 'Limited-Passw0rd!';
    await client.data('mutation ($p: String!) { createLoginProfile(input: { userName: "limited", password: $p }) { userName } }', { p: password });
    const allowChangePassword = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: '*' }] });
    await client.data('mutation ($d: String!) { putUserPolicy(input: { userName: "limited", policyName: "own", policyDocument: $d }) { policyName } }', { d: allowChangePassword });
    const limited = await userSessionClient(api.prisma, api.graphqlUrl, root.accountId, 'limited');

    expect((await limited.error('{ listUsers { totalCount } }')).extensions.code).toBe('AccessDenied');
    expect((await limited.error(createUser, { input: { userName: 'not-allowed' } })).extensions.code).toBe('AccessDenied');
    const assume = 'mutation { assumeRole(input: { roleArn: "arn:aws:iam::000000000000:role/Other", roleSessionName: "session" }) { assumedRoleUser { arn } } }';
    expect((await limited.error(assume)).extensions.code).toBe('AccessDenied');
    const wrongOld = 'Not-The-Old-Passw0rd!';
    const changed = await limited.error('mutation ($i: ChangePasswordInput!) { changePassword(input: $i) }', { i: { oldPassword: wrongOld, newPassword: 'New-Passw0rd-123!' } });
    expect(changed.extensions.code).toBe('AccessDenied');

    const events = await api.prisma.auditEvent.findMany({ where: { principalArn: { endsWith: ':user/limited' } }, orderBy: { eventTime: 'asc' } });
    expect(events.map((event) => [event.eventSource, event.eventName, event.errorCode, event.readOnly])).toEqual([
      ['iam.amazonaws.com', 'ListUsers', 'AccessDenied', true],
      ['iam.amazonaws.com', 'CreateUser', 'AccessDenied', false],
      ['sts.amazonaws.com', 'AssumeRole', 'AccessDenied', false],
      ['iam.amazonaws.com', 'ChangePassword', 'AccessDenied', false],
    ]);
    expect(events[1]!.errorMessage).toMatch(/^User: arn:aws:iam::\d{12}:user\/limited is not authorized to perform: iam:CreateUser/);
    expect(events[3]!.requestParameters).toEqual({ oldPassword: hiddenValue, newPassword: hiddenValue });
    expect(JSON.stringify(events)).not.toContain(wrongOld);

    const byCode = (await client.data(lookup, { errorCode: 'AccessDenied' })).lookupEvents.edges.map((edge: any) => edge.node.eventName);
    expect(byCode).toEqual(expect.arrayContaining(['ListUsers', 'CreateUser', 'AssumeRole', 'ChangePassword']));
    const failed = (await client.data(lookup, { failed: true })).lookupEvents.edges.map((edge: any) => edge.node);
    expect(failed.every((node: any) => node.errorCode !== null)).toBe(true);
    expect(JSON.parse(failed.find((node: any) => node.eventName === 'ChangePassword').cloudTrailEvent)).toMatchObject({ errorCode: 'AccessDenied', errorMessage: 'The old password is incorrect.' });
    const succeeded = (await client.data(lookup, { failed: false, eventName: 'CreateUser' })).lookupEvents.edges.map((edge: any) => edge.node.errorCode);
    expect(succeeded.length).toBeGreaterThan(0);
    expect(succeeded.every((code: unknown) => code === null)).toBe(true);
  });

  it('records a failed call whose arguments or refusal carry lone surrogates or U+0000 (which PostgreSQL cannot store), with U+FFFD in their place', async () => {
    const refused = await client.error(createUser, { input: { userName: 'half-\ud800-pair', tags: [{ key: '\udc00', value: 'v' }] } });
    expect(refused.extensions.code).toBe('InvalidInput');
    const userEvent = await api.prisma.auditEvent.findFirstOrThrow({ where: { requestId: refused.extensions.requestId } });
    expect(userEvent).toMatchObject({ eventName: 'CreateUser', errorCode: 'InvalidInput', requestParameters: { userName: 'half-\ufffd-pair', tags: [{ key: '\ufffd', value: 'v' }] } });

    const authorize = 'query ($i: AuthorizeInput!) { authorize(input: $i) { decision } }';
    const malformed = await client.error(authorize, { i: { action: 'orders:GetOrder', resource: 'arn:aws:orders:::order/\ud800', resourcePolicy: '\u{10000}', principalArn: `arn:aws:iam::${root.accountId}:root` } });
    expect(malformed.extensions).toMatchObject({ code: 'MalformedPolicyDocument' });
    expect(malformed.message).toBe('malformed JSON: unexpected character `\u{10000}`');
    const authorizeEvent = await api.prisma.auditEvent.findFirstOrThrow({ where: { requestId: malformed.extensions.requestId } });
    expect(authorizeEvent).toMatchObject({ eventSource: 'gatehouse', errorCode: 'MalformedPolicyDocument' });
    expect(JSON.stringify(authorizeEvent)).not.toMatch(/\\ud[89a-f]/i);

    // U+0000, which neither PostgreSQL's text nor its json types hold, written in the document as the escape \u0000:
    // the refusal quotes it, and its event was lost with a ServiceFailure answered instead.
    const quotingNul = await client.error(authorize, { i: { action: 'orders:GetOrder', resource: '*', resourcePolicy: '{"Version":"\\u0000","Statement":[]}', principalArn: `arn:aws:iam::${root.accountId}:root` } });
    expect(quotingNul.extensions.code).toBe('MalformedPolicyDocument');
    expect(quotingNul.message).toBe('invalid policy version `\u0000`');
    const nulEvent = await api.prisma.auditEvent.findFirstOrThrow({ where: { requestId: quotingNul.extensions.requestId } });
    expect(nulEvent).toMatchObject({ errorCode: 'MalformedPolicyDocument', errorMessage: 'invalid policy version `\ufffd`' });
  });
});
