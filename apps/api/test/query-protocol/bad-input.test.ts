import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { CreateUserCommand } from '@aws-sdk/client-iam';
import { IamWorld } from '../auth/iam-world';
import type { AwsCredentials } from '../auth/signed-client';
import type { GraphQLClient } from '../support/graphql-client';
import { startTestApi, type TestApi } from '../support/test-api';
import { awsClients } from './aws-clients';
import { expectAwsError } from './expect-aws-error';
import { signedQuery } from './signed-query';

let api: TestApi;
let credentials: AwsCredentials;
let root: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  const world = new IamWorld(api);
  const account = await world.account();
  root = account.root;
  credentials = await world.accessKey(root);
});
afterAll(() => api.stop());

const send = (body: string | Buffer, options?: Parameters<typeof signedQuery>[3]) => signedQuery(api.url, credentials, body, options);

/** The AWS error in the XML answer: its Type, Code and Message. */
function awsError(text: string) {
  const [, type, code, message] = /^<ErrorResponse xmlns="[^"]+"><Error><Type>(\w+)<\/Type><Code>(\w+)<\/Code><Message>(.*)<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/.exec(text) ?? [];
  return { type, code, message };
}

describe('bad input on the Query protocol: an AWS error with its status, never a 5xx, never a change', () => {
  const cases: { name: string; body: string | Buffer; headers?: Record<string, string>; status: number; code: string; message?: RegExp }[] = [
    { name: 'unknown Action', body: 'Action=MakeCoffee&Version=2010-05-08', status: 400, code: 'InvalidAction', message: /Could not find operation MakeCoffee for version 2010-05-08/ },
    { name: 'missing Action', body: 'Version=2010-05-08', status: 400, code: 'MissingAction' },
    { name: 'missing Version', body: 'Action=ListUsers', status: 400, code: 'MissingParameter', message: /Version/ },
    { name: 'wrong Version', body: 'Action=ListUsers&Version=2009-01-01', status: 400, code: 'InvalidAction' },
    { name: 'an STS action with the IAM version', body: 'Action=GetCallerIdentity&Version=2010-05-08', status: 400, code: 'InvalidAction' },
    { name: 'unknown parameter', body: 'Action=ListUsers&Version=2010-05-08&Colour=blue', status: 400, code: 'InvalidInput', message: /Colour is not recognized by ListUsers/ },
    { name: 'a missing required parameter', body: 'Action=CreateUser&Version=2010-05-08', status: 400, code: 'MissingParameter', message: /UserName/ },
    {
      name: 'a JSON body',
      body: '{"Action":"ListUsers","Version":"2010-05-08"}',
      headers: { 'content-type': 'application/json' },
      status: 400,
      code: 'InvalidInput',
      message: /application\/x-www-form-urlencoded/,
    },
    { name: 'invalid UTF-8 bytes', body: Buffer.from([0x41, 0x63, 0x74, 0x69, 0x6f, 0x6e, 0x3d, 0xff, 0xfe]), status: 400, code: 'MalformedQueryString' },
    { name: 'a percent-escape that is not UTF-8', body: 'Action=CreateUser&Version=2010-05-08&UserName=%C3%28', status: 400, code: 'MalformedQueryString' },
    { name: 'a duplicate parameter', body: 'Action=CreateUser&Version=2010-05-08&UserName=a&UserName=b', status: 400, code: 'InvalidInput', message: /UserName is given more than once/ },
    { name: 'member.0', body: 'Action=TagUser&Version=2010-05-08&UserName=x&Tags.member.0.Key=a&Tags.member.0.Value=b', status: 400, code: 'InvalidInput', message: /Tags\.member\.0 is out of range/ },
    { name: 'a huge member.N', body: 'Action=UntagUser&Version=2010-05-08&UserName=x&TagKeys.member.1=a&TagKeys.member.99999999999999999999=b', status: 400, code: 'InvalidInput', message: /out of range/ },
    { name: 'a gap in member.N', body: 'Action=UntagUser&Version=2010-05-08&UserName=x&TagKeys.member.1=a&TagKeys.member.3=b', status: 400, code: 'InvalidInput' },
    { name: 'a list given as a scalar', body: 'Action=UntagUser&Version=2010-05-08&UserName=x&TagKeys=a', status: 400, code: 'InvalidInput', message: /TagKeys is malformed/ },
    {
      name: 'non-numeric MaxItems',
      body: 'Action=ListUsers&Version=2010-05-08&MaxItems=ten',
      status: 400,
      code: 'ValidationError',
      message: /^1 validation error detected: Value &apos;ten&apos; at &apos;maxItems&apos; failed to satisfy constraint: Member must be a number$/,
    },
    { name: 'MaxItems above 1000', body: 'Action=ListUsers&Version=2010-05-08&MaxItems=1001', status: 400, code: 'ValidationError', message: /less than or equal to 1000/ },
    { name: 'a malformed Marker', body: 'Action=ListUsers&Version=2010-05-08&Marker=not-a-cursor', status: 400, code: 'InvalidInput' },
    { name: 'a non-boolean', body: 'Action=ListPolicies&Version=2010-05-08&OnlyAttached=yes', status: 400, code: 'ValidationError' },
  ];

  it.each(cases)('$name → $status $code', async ({ body, headers, status, code, message }) => {
    const response = await send(body, { headers });
    expect(response.headers.get('content-type')).toBe('text/xml');
    const error = awsError(response.text);
    expect({ status: response.status, type: error.type, code: error.code }).toEqual({ status, type: 'Sender', code });
    if (message) expect(error.message).toMatch(message);
  });

  it('a 10 MB body is refused with 413, without reading it all into memory', async () => {
    const body = Buffer.alloc(10 * 1024 * 1024, 'a');
    const response = await fetch(`${api.url}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(response.status).toBe(413);
    expect(awsError(await response.text()).code).toBe('LimitExceeded');
  });

  it('headers over 16 KB, which the HTTP parser refuses before routing: 431 RequestHeaderSectionTooLarge, as the AWS SDK reads it', async () => {
    const { iam } = awsClients(api.url, credentials);
    iam.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers['x-padding'] = 'x'.repeat(20_000);
        return next(args);
      },
      { step: 'finalizeRequest' },
    );
    const error = await expectAwsError(iam.send(new CreateUserCommand({ UserName: 'oversized' })), 'RequestHeaderSectionTooLarge', 431);
    expect(error.message).toBe('The request headers are larger than the server accepts.');
    expect(await api.prisma.user.count({ where: { userName: 'oversized' } })).toBe(0);
  });

  it("an error quoting a character XML cannot hold (U+0001, U+FFFF): U+FFFD in its place, so the AWS SDK still reads the error", async () => {
    const { iam } = awsClients(api.url, credentials);
    const tagged = await expectAwsError(iam.send(new CreateUserCommand({ UserName: 'controls', Tags: [{ Key: 'k', Value: 'a\u0001b\uffff' }] })), 'ValidationError', 400);
    expect(tagged.message).toContain("Value 'a\ufffdb\ufffd' at 'tags.0.value'");
    expect(await api.prisma.user.count({ where: { userName: 'controls' } })).toBe(0);
  });

  it('refused requests change nothing', async () => {
    const users = await api.prisma.user.count();
    await send('Action=CreateUser&Version=2010-05-08&UserName=a&UserName=b');
    await send('Action=CreateUser&Version=2010-05-08&UserName=c&Tags.member.0.Key=a&Tags.member.0.Value=b');
    await send('Action=CreateUser&Version=2010-05-08&UserName=bad%20name');
    expect(await api.prisma.user.count()).toBe(users);
  });
});

describe('authentication on the Query protocol: SigV4 only', () => {
  it('no credentials: 403 MissingAuthenticationToken', async () => {
    const response = await fetch(`${api.url}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=ListUsers&Version=2010-05-08' });
    expect(response.status).toBe(403);
    expect(awsError(await response.text())).toMatchObject({ code: 'MissingAuthenticationToken', message: 'Request is missing Authentication Token' });
  });

  it('a console session cookie is not a credential here', async () => {
    const cookie = root.cookie!;
    expect(cookie).toMatch(/=/);
    const response = await fetch(`${api.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'Action=ListUsers&Version=2010-05-08',
    });
    expect(response.status).toBe(403);
    expect(awsError(await response.text()).code).toBe('MissingAuthenticationToken');
  });

  it('an expired signature: 400 RequestExpired; a tampered body: 403 SignatureDoesNotMatch', async () => {
    const url = new URL(api.url);
    const signer = new SignatureV4({ service: 'iam', region: 'eu-central-1', credentials, sha256: Sha256 });
    const body = 'Action=ListUsers&Version=2010-05-08';
    const request = (signingDate?: Date) =>
      signer.sign(
        { method: 'POST', protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: '/', headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded' }, body },
        { signingDate },
      );
    const expired = await request(new Date(Date.now() - 60 * 60 * 1000));
    const { host: _host, ...expiredHeaders } = expired.headers;
    const late = await fetch(`${api.url}/`, { method: 'POST', headers: expiredHeaders, body });
    expect(late.status).toBe(400);
    expect(awsError(await late.text()).code).toBe('RequestExpired');

    const current = await request();
    const { host: _host2, ...headers } = current.headers;
    const tampered = await fetch(`${api.url}/`, { method: 'POST', headers, body: `${body}&PathPrefix=%2Fx%2F` });
    expect(tampered.status).toBe(403);
    expect(awsError(await tampered.text()).code).toBe('SignatureDoesNotMatch');
  });
});

describe('audit events record the protocol', () => {
  it('query for the Query API, graphql for GraphQL', async () => {
    await send('Action=CreateUser&Version=2010-05-08&UserName=audited-by-query');
    await root.data('mutation { createUser(input: { userName: "audited-by-graphql" }) { userId } }');
    const events = await api.prisma.auditEvent.findMany({ where: { eventName: 'CreateUser' }, select: { resources: true, protocol: true } });
    const protocolOf = (userName: string) => events.find((event) => event.resources.some((arn) => arn.endsWith(`:user/${userName}`)))?.protocol;
    expect(protocolOf('audited-by-query')).toBe('query');
    expect(protocolOf('audited-by-graphql')).toBe('graphql');
    // And in the audit trail GraphQL serves.
    const { lookupEvents } = await root.data<{ lookupEvents: { edges: { node: { resources: string[]; protocol: string; cloudTrailEvent: string } }[] } }>(
      '{ lookupEvents(eventName: "CreateUser") { edges { node { resources protocol cloudTrailEvent } } } }',
    );
    const viaQuery = lookupEvents.edges.find(({ node }) => node.resources.some((arn) => arn.endsWith(':user/audited-by-query')))?.node;
    expect(viaQuery?.protocol).toBe('query');
    expect(JSON.parse(viaQuery!.cloudTrailEvent).additionalEventData).toEqual({ protocol: 'query' });
  });
});
