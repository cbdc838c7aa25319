import { decodeInput } from '../../src/query-protocol/decode-input';
import { parseFormParameters } from '../../src/query-protocol/form-parameters';
import type { ServiceModel, Shape } from '../../src/query-protocol/service-models';
import { startTestApi, type TestApi } from '../support/test-api';
import { IamWorld } from '../auth/iam-world';
import type { AwsCredentials } from '../auth/signed-client';
import { signedQuery } from './signed-query';

/**
 * AWS's awsQuery protocol test vectors (smithy-aws-protocol-tests, model/awsQuery), re-expressed as Gatehouse's
 * own table: the request vectors a server decodes, against shapes written here like the vectors' test service; the
 * response vectors through the real server, each on the IAM action that has the same shape of output.
 */

const shapes: Record<string, Shape> = {
  StringList: { type: 'list', member: {} },
  GreetingList: { type: 'list', member: { type: 'structure', members: { hi: {} } } },
  StructArg: { type: 'structure', members: { StringArg: {}, OtherArg: { type: 'boolean' }, RecursiveArg: { shape: 'StructArg' } } },
};
const testService: ServiceModel = {
  service: 'iam',
  apiVersion: '2020-01-08',
  xmlNamespace: 'https://example.com/',
  operations: {},
  resolveShape: (shape) => (shape.shape === undefined ? shape : { ...shapes[shape.shape] }),
};
const inputs: Record<string, Shape> = {
  SimpleInputParams: {
    type: 'structure',
    members: { Foo: {}, Bar: {}, Baz: { type: 'boolean' }, Bam: { type: 'integer' }, Boo: { type: 'double' }, Qux: { type: 'blob' }, FooEnum: {} },
  },
  QueryTimestamps: { type: 'structure', members: { normalFormat: { type: 'timestamp' }, epochMember: { type: 'timestamp' }, epochTarget: { type: 'timestamp' } } },
  NestedStructures: { type: 'structure', members: { Nested: { shape: 'StructArg' } } },
  QueryLists: { type: 'structure', members: { ListArg: { shape: 'StringList' }, ComplexListArg: { shape: 'GreetingList' } } },
};

const requestVectors: { id: string; body: string; params: Record<string, unknown> }[] = [
  { id: 'QuerySimpleInputParamsStrings', body: 'Action=SimpleInputParams&Version=2020-01-08&Foo=val1&Bar=val2', params: { Foo: 'val1', Bar: 'val2' } },
  { id: 'QuerySimpleInputParamsStringAndBooleanTrue', body: 'Action=SimpleInputParams&Version=2020-01-08&Foo=val1&Baz=true', params: { Foo: 'val1', Baz: true } },
  { id: 'QuerySimpleInputParamsStringsAndBooleanFalse', body: 'Action=SimpleInputParams&Version=2020-01-08&Baz=false', params: { Baz: false } },
  { id: 'QuerySimpleInputParamsInteger', body: 'Action=SimpleInputParams&Version=2020-01-08&Bam=10', params: { Bam: 10 } },
  { id: 'QuerySimpleInputParamsFloat', body: 'Action=SimpleInputParams&Version=2020-01-08&Boo=10.8', params: { Boo: 10.8 } },
  { id: 'QuerySimpleInputParamsBlob', body: 'Action=SimpleInputParams&Version=2020-01-08&Qux=dmFsdWU%3D', params: { Qux: 'value' } },
  { id: 'QueryEnums', body: 'Action=SimpleInputParams&Version=2020-01-08&FooEnum=Foo', params: { FooEnum: 'Foo' } },
  {
    id: 'QueryTimestampsInput',
    body: 'Action=QueryTimestamps&Version=2020-01-08&normalFormat=2015-01-25T08%3A00%3A00Z&epochMember=1422172800&epochTarget=1422172800',
    params: { normalFormat: '2015-01-25T08:00:00.000Z', epochMember: '2015-01-25T08:00:00.000Z', epochTarget: '2015-01-25T08:00:00.000Z' },
  },
  {
    id: 'NestedStructures',
    body: 'Action=NestedStructures&Version=2020-01-08&Nested.StringArg=foo&Nested.OtherArg=true&Nested.RecursiveArg.StringArg=baz',
    params: { Nested: { StringArg: 'foo', OtherArg: true, RecursiveArg: { StringArg: 'baz' } } },
  },
  {
    id: 'QueryLists',
    body: 'Action=QueryLists&Version=2020-01-08&ListArg.member.1=foo&ListArg.member.2=bar&ListArg.member.3=baz&ComplexListArg.member.1.hi=hello&ComplexListArg.member.2.hi=hola',
    params: { ListArg: ['foo', 'bar', 'baz'], ComplexListArg: [{ hi: 'hello' }, { hi: 'hola' }] },
  },
  // Older SDKs leave an empty list out; newer ones send `ListArg=`.
  { id: 'EmptyQueryLists', body: 'Action=QueryLists&Version=2020-01-08&ListArg=', params: { ListArg: [] } },
  { id: 'EmptyQueryLists (omitted)', body: 'Action=QueryLists&Version=2020-01-08', params: {} },
];

describe('awsQuery request vectors, decoded', () => {
  it.each(requestVectors)('$id', ({ body, params }) => {
    const parameters = parseFormParameters(Buffer.from(body));
    const action = parameters.get('Action')!;
    expect(parameters.get('Version')).toBe('2020-01-08');
    parameters.delete('Action');
    parameters.delete('Version');
    expect(decodeInput(testService, action, inputs[action]!, parameters)).toEqual(params);
  });
});

describe('awsQuery response vectors, as the server writes them', () => {
  let api: TestApi;
  let credentials: AwsCredentials;
  const iam = (body: string) => signedQuery(api.url, credentials, body);

  beforeAll(async () => {
    api = await startTestApi();
    const world = new IamWorld(api);
    credentials = await world.accessKey((await world.account()).root);
  });
  afterAll(() => api.stop());

  it('QueryNoInputAndNoOutput: an action without output answers ResponseMetadata only', async () => {
    await iam('Action=UpdateAccountPasswordPolicy&Version=2010-05-08&MinimumPasswordLength=12');
    const response = await iam('Action=DeleteAccountPasswordPolicy&Version=2010-05-08');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(response.headers.get('date')).toEqual(expect.any(String));
    const requestId = response.headers.get('x-amzn-requestid');
    expect(response.text).toBe(
      `<DeleteAccountPasswordPolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></DeleteAccountPasswordPolicyResponse>`,
    );
  });

  it('QueryEmptyInputAndEmptyOutput: an empty output structure is an empty result element', async () => {
    await iam(`Action=CreateRole&Version=2010-05-08&RoleName=empty-output&AssumeRolePolicyDocument=${encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }))}`);
    const response = await iam('Action=UpdateRole&Version=2010-05-08&RoleName=empty-output&Description=x');
    expect(response.text).toMatch(/^<UpdateRoleResponse xmlns="https:\/\/iam.amazonaws.com\/doc\/2010-05-08\/"><UpdateRoleResult><\/UpdateRoleResult><ResponseMetadata>/);
  });

  it('QuerySimpleScalarProperties: booleans and integers as text', async () => {
    await iam('Action=UpdateAccountPasswordPolicy&Version=2010-05-08&MinimumPasswordLength=12&RequireSymbols=true');
    const response = await iam('Action=GetAccountPasswordPolicy&Version=2010-05-08');
    expect(response.text).toContain('<PasswordPolicy><MinimumPasswordLength>12</MinimumPasswordLength><RequireSymbols>true</RequireSymbols><RequireNumbers>false</RequireNumbers>');
  });

  it('QueryXmlLists and QueryXmlEmptyLists: lists as <member> elements, an empty list as an empty element', async () => {
    const empty = await iam('Action=ListUsers&Version=2010-05-08');
    expect(empty.text).toContain('<ListUsersResult><Users></Users><IsTruncated>false</IsTruncated></ListUsersResult>');
    await iam('Action=CreateUser&Version=2010-05-08&UserName=listed-1');
    await iam('Action=CreateUser&Version=2010-05-08&UserName=listed-2');
    const listed = await iam('Action=ListUsers&Version=2010-05-08');
    expect(listed.text).toMatch(/<Users><member><Path>\/<\/Path><UserName>listed-1<\/UserName>.*<\/member><member><Path>\/<\/Path><UserName>listed-2<\/UserName>.*<\/member><\/Users>/);
  });

  it('QueryXmlMaps: a map as <entry><key/><value/></entry>', async () => {
    const response = await iam('Action=GetAccountSummary&Version=2010-05-08');
    expect(response.text).toMatch(/<SummaryMap>(<entry><key>\w+<\/key><value>\d+<\/value><\/entry>)+<\/SummaryMap>/);
  });

  it('QueryXmlBlobs: a blob in base64', async () => {
    await iam('Action=GenerateCredentialReport&Version=2010-05-08');
    const response = await iam('Action=GetCredentialReport&Version=2010-05-08');
    const content = /<Content>([A-Za-z0-9+/=]+)<\/Content>/.exec(response.text)?.[1];
    expect(Buffer.from(content!, 'base64').toString('utf8')).toMatch(/^user,arn,/);
  });

  it('QueryXmlTimestamps: ISO 8601 UTC', async () => {
    const response = await iam('Action=CreateUser&Version=2010-05-08&UserName=stamped');
    expect(response.text).toMatch(/<CreateDate>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/CreateDate>/);
  });

  it('QueryXmlNamespaces: the service namespace on the response element, STS its own', async () => {
    const response = await signedQuery(api.url, credentials, 'Action=GetCallerIdentity&Version=2011-06-15', { service: 'sts' });
    expect(response.text).toMatch(/^<GetCallerIdentityResponse xmlns="https:\/\/sts.amazonaws.com\/doc\/2011-06-15\/"><GetCallerIdentityResult><UserId>/);
  });

  it('QueryInvalidGreetingError / QueryComplexError: <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>', async () => {
    const response = await iam('Action=GetUser&Version=2010-05-08&UserName=nobody');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(response.text).toBe(
      `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The user with name nobody cannot be found.</Message></Error><RequestId>${response.headers.get('x-amzn-requestid')}</RequestId></ErrorResponse>`,
    );
  });
});
