// OpenID Connect providers and AssumeRoleWithWebIdentity through the AWS SDKs, unmodified but for the endpoint. The
// issuer is the local test issuer in its plain-HTTP loopback mode, which this server allows (the HTTPS path, with its
// CA, is assume-role-with-web-identity.test.ts's).
import {
  AddClientIDToOpenIDConnectProviderCommand,
  CreateOpenIDConnectProviderCommand,
  CreateRoleCommand,
  DeleteOpenIDConnectProviderCommand,
  GetOpenIDConnectProviderCommand,
  ListOpenIDConnectProvidersCommand,
  ListOpenIDConnectProviderTagsCommand,
  TagOpenIDConnectProviderCommand,
  UpdateOpenIDConnectProviderThumbprintCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { OidcTestIssuer } from '../../src/testing/oidc-test-issuer';
import { startTestApi, type TestApi } from '../support/test-api';
import { recordSecretMembers } from '../support/test-artifacts';
import { awsClients, rootClients } from './aws-clients';
import { expectAwsError } from './expect-aws-error';

let api: TestApi;
let issuer: OidcTestIssuer;
let iam: IAMClient;
let accountId: string;

beforeAll(async () => {
  issuer = await OidcTestIssuer.start({ protocol: 'http' });
  api = await startTestApi({ oidc: { allowInsecureLoopback: true } });
  const clients = await rootClients(api);
  iam = clients.iam;
  accountId = clients.account.accountId;
});
afterAll(async () => {
  await api.stop();
  await issuer.stop();
});

/** An STS client without credentials: AssumeRoleWithWebIdentity is an unsigned call, as the SDK sends it. */
const anonymousSts = () => new STSClient({ endpoint: api.url, region: 'eu-west-3', maxAttempts: 1, credentials: { accessKeyId: '', secretAccessKey: '' } });

it('manages an OpenID Connect provider with @aws-sdk/client-iam', async () => {
  const url = 'https://token.actions.githubusercontent.com';
  const created = await iam.send(new CreateOpenIDConnectProviderCommand({ Url: url, ClientIDList: ['sts.amazonaws.com'], Tags: [{ Key: 'team', Value: 'ci' }] }));
  const arn = `arn:aws:iam::${accountId}:oidc-provider/token.actions.githubusercontent.com`;
  expect(created.OpenIDConnectProviderArn).toBe(arn);
  await expectAwsError(iam.send(new CreateOpenIDConnectProviderCommand({ Url: url })), 'EntityAlreadyExistsException', 409);

  await iam.send(new AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, ClientID: 'web-app' }));
  await iam.send(new UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn: arn, ThumbprintList: ['a'.repeat(40)] }));
  await iam.send(new TagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, Tags: [{ Key: 'env', Value: 'prod' }] }));
  const provider = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
  expect(provider).toMatchObject({
    Url: 'token.actions.githubusercontent.com',
    ClientIDList: ['sts.amazonaws.com', 'web-app'],
    ThumbprintList: ['a'.repeat(40)],
    Tags: [
      { Key: 'env', Value: 'prod' },
      { Key: 'team', Value: 'ci' },
    ],
  });
  expect(provider.CreateDate).toBeInstanceOf(Date);
  expect((await iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList).toEqual([{ Arn: arn }]);
  expect((await iam.send(new ListOpenIDConnectProviderTagsCommand({ OpenIDConnectProviderArn: arn }))).Tags).toHaveLength(2);

  await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
  await expectAwsError(iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn })), 'NoSuchEntityException', 404);
});

it('exchanges a token for a role\'s credentials with AssumeRoleWithWebIdentityCommand, refusing bad tokens with AWS\'s errors', async () => {
  const tenant = issuer.tenant('sdk');
  const key = await tenant.newKey('RS256');
  const { OpenIDConnectProviderArn: providerArn } = await iam.send(new CreateOpenIDConnectProviderCommand({ Url: tenant.issuer, ClientIDList: ['sts.amazonaws.com'] }));
  const trust = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${tenant.providerUrl}:sub`]: 'system:serviceaccount:payments:deployer' } },
      },
    ],
  };
  const { Role: role } = await iam.send(new CreateRoleCommand({ RoleName: 'SdkWebIdentity', AssumeRolePolicyDocument: JSON.stringify(trust) }));

  const sts = anonymousSts();
  const token = await tenant.sign(key, tenant.kubernetesClaims('payments', 'deployer'));
  recordSecretMembers({ webIdentityToken: token });
  const result = await sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: role!.Arn, RoleSessionName: 'sdk', WebIdentityToken: token, DurationSeconds: 900 }));
  recordSecretMembers({ secretAccessKey: result.Credentials?.SecretAccessKey, sessionToken: result.Credentials?.SessionToken });
  expect(result).toMatchObject({
    AssumedRoleUser: { Arn: `arn:aws:sts::${accountId}:assumed-role/SdkWebIdentity/sdk`, AssumedRoleId: `${role!.RoleId}:sdk` },
    SubjectFromWebIdentityToken: 'system:serviceaccount:payments:deployer',
    Provider: tenant.issuer,
    Audience: 'sts.amazonaws.com',
  });
  const session = awsClients(api.url, {
    accessKeyId: result.Credentials!.AccessKeyId!,
    secretAccessKey: result.Credentials!.SecretAccessKey!,
    sessionToken: result.Credentials!.SessionToken!,
  });
  expect((await session.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(`arn:aws:sts::${accountId}:assumed-role/SdkWebIdentity/sdk`);

  const wrongAudience = await tenant.sign(key, tenant.kubernetesClaims('payments', 'deployer', 'other'));
  await expectAwsError(sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: role!.Arn, RoleSessionName: 'sdk', WebIdentityToken: wrongAudience })), 'InvalidIdentityTokenException', 400);
  const otherSubject = await tenant.sign(key, tenant.kubernetesClaims('payments', 'intruder'));
  await expectAwsError(sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: role!.Arn, RoleSessionName: 'sdk', WebIdentityToken: otherSubject })), 'AccessDenied', 403);
  // Managed session policies pass through; an OAuth 2.0 ProviderId, which Gatehouse does not take, is refused.
  const narrowed = await sts.send(
    new AssumeRoleWithWebIdentityCommand({ RoleArn: role!.Arn, RoleSessionName: 'sdk', WebIdentityToken: token, PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/NoSuchPolicy' }] }),
  ).catch((error: Error) => error);
  expect(narrowed).toMatchObject({ name: 'NoSuchEntity' });
  await expectAwsError(sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: role!.Arn, RoleSessionName: 'sdk', WebIdentityToken: token, ProviderId: 'www.amazon.com' })), 'InvalidInput', 400);
  const now = Math.floor(Date.now() / 1000);
  const expired = await tenant.sign(key, { ...tenant.kubernetesClaims('payments', 'deployer'), iat: now - 900, nbf: now - 900, exp: now - 600 });
  await expectAwsError(sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: role!.Arn, RoleSessionName: 'sdk', WebIdentityToken: expired })), 'ExpiredTokenException', 400);
});
