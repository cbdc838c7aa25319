import { hiddenValue, redactSecrets } from '../src/audit/redact-secrets';
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

  it('writes no event for a refused change', async () => {
    const before = await api.prisma.auditEvent.count();
    const error = await client.error(createUser, { input: { userName: 'AUDITED2' } });
    expect(error.extensions.code).toBe('EntityAlreadyExists');
    expect(await api.prisma.auditEvent.count()).toBe(before);
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
