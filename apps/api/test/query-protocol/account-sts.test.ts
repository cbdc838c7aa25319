import { randomBytes } from 'node:crypto';
import {
  CreateAccountAliasCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccountAliasCommand,
  DeleteAccountPasswordPolicyCommand,
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListAccountAliasesCommand,
  PutUserPolicyCommand,
  CreateAccessKeyCommand,
  UpdateAccountPasswordPolicyCommand,
  ListUsersCommand,
  paginateGetAccountAuthorizationDetails,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { startTestApi, type TestApi } from '../support/test-api';
import { recordSecret, recordSecretMembers } from '../support/test-artifacts';
import type { AwsCredentials } from '../auth/signed-client';
import { awsClients, rootClients } from './aws-clients';
import { expectAwsError } from './expect-aws-error';

let api: TestApi;
let iam: IAMClient;
let sts: STSClient;
let accountId: string;
let rootCredentials: AwsCredentials;

beforeAll(async () => {
  api = await startTestApi();
  const clients = await rootClients(api);
  ({ iam, sts } = clients);
  accountId = clients.account.accountId;
  rootCredentials = clients.credentials;
});
afterAll(() => api.stop());

const document = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

describe('account settings through @aws-sdk/client-iam', () => {
  it('CreateAccountAlias, ListAccountAliases, DeleteAccountAlias', async () => {
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: `query-${accountId}` }));
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([`query-${accountId}`]);
    await expectAwsError(iam.send(new CreateAccountAliasCommand({ AccountAlias: 'Not_Valid' })), 'ValidationError', 400);
    await iam.send(new DeleteAccountAliasCommand({ AccountAlias: `query-${accountId}` }));
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([]);
    await expectAwsError(iam.send(new DeleteAccountAliasCommand({ AccountAlias: `query-${accountId}` })), 'NoSuchEntityException', 404);
  });

  it('UpdateAccountPasswordPolicy, GetAccountPasswordPolicy, DeleteAccountPasswordPolicy', async () => {
    await expectAwsError(iam.send(new GetAccountPasswordPolicyCommand({})), 'NoSuchEntityException', 404);
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 14, RequireSymbols: true, MaxPasswordAge: 90 }));
    expect((await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy).toMatchObject({
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: false,
      MaxPasswordAge: 90,
      ExpirePasswords: true,
    });
    await expectAwsError(iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 3 })), 'ValidationError', 400);
    await iam.send(new DeleteAccountPasswordPolicyCommand({}));
    await expectAwsError(iam.send(new DeleteAccountPasswordPolicyCommand({})), 'NoSuchEntityException', 404);
  });

  it('GetAccountSummary answers a map; a user without permission is refused it and GenerateCredentialReport', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'summary-user' }));
    const { SummaryMap } = await iam.send(new GetAccountSummaryCommand({}));
    expect(SummaryMap?.['Users']).toBeGreaterThanOrEqual(1);
    expect(SummaryMap?.['UsersQuota']).toEqual(expect.any(Number));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'summary-user' }));
    recordSecret('secret access key', AccessKey!.SecretAccessKey!);
    const asUser = awsClients(api.url, { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! });
    await expectAwsError(asUser.iam.send(new GetAccountSummaryCommand({})), 'AccessDenied', 403);
    await expectAwsError(asUser.iam.send(new GenerateCredentialReportCommand({})), 'AccessDenied', 403);
  });

  it('GetAccountAuthorizationDetails pages, with every policy document URL-encoded', async () => {
    for (const UserName of ['detail-1', 'detail-2', 'detail-3']) {
      await iam.send(new CreateUserCommand({ UserName }));
      await iam.send(new PutUserPolicyCommand({ UserName, PolicyName: 'inline', PolicyDocument: document('s3:GetObject') }));
    }
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'detail-role',
        AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
      }),
    );
    const users: string[] = [];
    const documents: string[] = [];
    for await (const page of paginateGetAccountAuthorizationDetails({ client: iam, pageSize: 2 }, { Filter: ['User', 'Role'] })) {
      for (const user of page.UserDetailList ?? []) {
        users.push(user.UserName!);
        documents.push(...(user.UserPolicyList ?? []).map((policy) => policy.PolicyDocument!));
      }
      documents.push(...(page.RoleDetailList ?? []).map((role) => role.AssumeRolePolicyDocument!));
    }
    expect(users.filter((name) => name.startsWith('detail-')).sort()).toEqual(['detail-1', 'detail-2', 'detail-3']);
    expect(new Set(users).size).toBe(users.length);
    expect(documents.length).toBeGreaterThanOrEqual(4);
    for (const encoded of documents) {
      expect(encoded).toMatch(/^%7B/);
      expect(JSON.parse(decodeURIComponent(encoded)).Version).toBe('2012-10-17');
    }
    await expectAwsError(iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Users' as 'User'] })), 'ValidationError', 400);
  });

  it('GenerateCredentialReport, GetCredentialReport (the CSV as a blob); before one is generated, ReportNotPresent 410', async () => {
    await expectAwsError(iam.send(new GetCredentialReportCommand({})), 'CredentialReportNotPresentException', 410);
    const generated = await iam.send(new GenerateCredentialReportCommand({}));
    expect(generated.State).toEqual(expect.stringMatching(/^(STARTED|INPROGRESS|COMPLETE)$/));
    const report = await iam.send(new GetCredentialReportCommand({}));
    expect(report.ReportFormat).toBe('text/csv');
    expect(report.GeneratedTime).toBeInstanceOf(Date);
    const csv = Buffer.from(report.Content!).toString('utf8');
    expect(csv.split('\n')[0]).toMatch(/^user,arn,user_creation_time,/);
    expect(csv).toContain('<root_account>');
  });
});

describe('STS through @aws-sdk/client-sts', () => {
  it('GetCallerIdentity, in any region; a wrong secret is SignatureDoesNotMatch, an unknown key InvalidClientTokenId', async () => {
    expect(await sts.send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: accountId, Arn: `arn:aws:iam::${accountId}:root` });
    const elsewhere = awsClients(api.url, rootCredentials, 'sa-east-1');
    expect((await elsewhere.sts.send(new GetCallerIdentityCommand({}))).Account).toBe(accountId);
    const wrongSecret = awsClients(api.url, { ...rootCredentials, secretAccessKey: `${rootCredentials.secretAccessKey}x` });
    await expectAwsError(wrongSecret.sts.send(new GetCallerIdentityCommand({})), 'SignatureDoesNotMatch', 403);
    const unknownKey = awsClients(api.url, { accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: randomBytes(30).toString('base64') });
    await expectAwsError(unknownKey.sts.send(new GetCallerIdentityCommand({})), 'InvalidClientTokenId', 403);
  });

  it('answers a presigned sts:GetCallerIdentity (GET, as Vault and aws-iam-authenticator send it)', async () => {
    const url = new URL(api.url);
    const signer = new SignatureV4({ service: 'sts', region: 'us-west-2', credentials: rootCredentials, sha256: Sha256 });
    const presigned = await signer.presign(
      { method: 'GET', protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: '/', query: { Action: 'GetCallerIdentity', Version: '2011-06-15' }, headers: { host: url.host } },
      { expiresIn: 60 },
    );
    const query = new URLSearchParams(presigned.query as Record<string, string>).toString();
    const response = await fetch(`${api.url}/?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml');
    const body = await response.text();
    expect(body).toContain(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>`);
    expect(body).toContain(`<Account>${accountId}</Account>`);

    // Signed for IAM, the STS action is refused: the signing name must be the action's service.
    const iamSigner = new SignatureV4({ service: 'iam', region: 'us-east-1', credentials: rootCredentials, sha256: Sha256 });
    const wrongService = await iamSigner.presign(
      { method: 'GET', protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: '/', query: { Action: 'GetCallerIdentity', Version: '2011-06-15' }, headers: { host: url.host } },
      { expiresIn: 60 },
    );
    const refused = await fetch(`${api.url}/?${new URLSearchParams(wrongService.query as Record<string, string>).toString()}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('<Code>SignatureDoesNotMatch</Code><Message>Credential should be scoped to correct service: &apos;sts&apos;.</Message>');
  });

  it('AssumeRole, then calls with the session; refused without trust; ExternalId; GetSessionToken', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'assumer' }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'assumer', PolicyName: 'assume', PolicyDocument: document('sts:AssumeRole') }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'assumer' }));
    recordSecret('secret access key', AccessKey!.SecretAccessKey!);
    const asAssumer = awsClients(api.url, { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! });
    const trustUser = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:user/assumer` }, Action: 'sts:AssumeRole' }],
    });
    await iam.send(new CreateRoleCommand({ RoleName: 'assumable', AssumeRolePolicyDocument: trustUser }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'assumable', PolicyName: 'list', PolicyDocument: document('iam:ListUsers') }));

    const assumed = await asAssumer.sts.send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/assumable`, RoleSessionName: 'query-session', DurationSeconds: 900 }),
    );
    recordSecretMembers(assumed.Credentials);
    expect(assumed.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${accountId}:assumed-role/assumable/query-session`);
    expect(assumed.Credentials?.Expiration).toBeInstanceOf(Date);
    const session = awsClients(api.url, {
      accessKeyId: assumed.Credentials!.AccessKeyId!,
      secretAccessKey: assumed.Credentials!.SecretAccessKey!,
      sessionToken: assumed.Credentials!.SessionToken!,
    });
    expect((await session.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(assumed.AssumedRoleUser?.Arn);
    // The role allows iam:ListUsers and nothing else.
    await session.iam.send(new ListUsersCommand({}));
    await expectAwsError(session.iam.send(new ListAccountAliasesCommand({})), 'AccessDenied', 403);

    await expectAwsError(
      sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/nope`, RoleSessionName: 'ok-session' })),
      'AccessDenied',
      403,
    );
    await expectAwsError(
      asAssumer.sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/assumable`, RoleSessionName: 'bad name!' })),
      'ValidationError',
      400,
    );
    const unsupported = await expectAwsError(
      asAssumer.sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/assumable`, RoleSessionName: 'ok-session', SourceIdentity: 'someone' })),
      'InvalidInput',
      400,
    );
    expect(unsupported.message).toBe('Gatehouse does not support the parameter SourceIdentity of AssumeRole.');

    // A trust policy that asks for an external id, as a third party's role does.
    const trustWithExternalId = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${accountId}:user/assumer` },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'customer-4711' } },
        },
      ],
    });
    await iam.send(new CreateRoleCommand({ RoleName: 'third-party', AssumeRolePolicyDocument: trustWithExternalId }));
    const thirdParty = { RoleArn: `arn:aws:iam::${accountId}:role/third-party`, RoleSessionName: 'vendor' };
    await expectAwsError(asAssumer.sts.send(new AssumeRoleCommand(thirdParty)), 'AccessDenied', 403);
    await expectAwsError(asAssumer.sts.send(new AssumeRoleCommand({ ...thirdParty, ExternalId: 'customer-0000' })), 'AccessDenied', 403);
    const vendor = await asAssumer.sts.send(new AssumeRoleCommand({ ...thirdParty, ExternalId: 'customer-4711' }));
    recordSecretMembers(vendor.Credentials);
    expect(vendor.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${accountId}:assumed-role/third-party/vendor`);

    const token = await asAssumer.sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    recordSecretMembers(token.Credentials);
    expect(token.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    await expectAwsError(session.sts.send(new GetSessionTokenCommand({})), 'AccessDenied', 403);
  });

  it('expired temporary credentials: 400 ExpiredToken, as on every other protocol', async () => {
    const token = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    recordSecretMembers(token.Credentials);
    await api.prisma.stsSession.update({ where: { accessKeyId: token.Credentials!.AccessKeyId! }, data: { expiration: new Date(Date.now() - 1000) } });
    await api.server.caughtUp();
    const expired = awsClients(api.url, {
      accessKeyId: token.Credentials!.AccessKeyId!,
      secretAccessKey: token.Credentials!.SecretAccessKey!,
      sessionToken: token.Credentials!.SessionToken!,
    });
    await expectAwsError(expired.sts.send(new GetCallerIdentityCommand({})), 'ExpiredToken', 400);
  });
});
