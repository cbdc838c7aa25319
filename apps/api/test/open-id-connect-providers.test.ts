import { IamWorld } from './auth/iam-world';
import { startTestApi, type TestApi } from './support/test-api';

let api: TestApi;
let world: IamWorld;
let home: Awaited<ReturnType<IamWorld['account']>>;
let other: Awaited<ReturnType<IamWorld['account']>>;

const providerFields = 'arn url clientIDList thumbprintList createDate tags { key value }';
const create = `mutation ($input: CreateOpenIDConnectProviderInput!) { createOpenIDConnectProvider(input: $input) { ${providerFields} } }`;
const get = `query ($arn: String!) { getOpenIDConnectProvider(openIDConnectProviderArn: $arn) { ${providerFields} } }`;
const list = '{ listOpenIDConnectProviders { totalCount edges { node { arn url } } } }';
const remove = 'mutation ($arn: String!) { deleteOpenIDConnectProvider(input: { openIDConnectProviderArn: $arn }) }';
const addClientID = 'mutation ($arn: String!, $id: String!) { addClientIDToOpenIDConnectProvider(input: { openIDConnectProviderArn: $arn, clientID: $id }) { clientIDList } }';
const removeClientID =
  'mutation ($arn: String!, $id: String!) { removeClientIDFromOpenIDConnectProvider(input: { openIDConnectProviderArn: $arn, clientID: $id }) { clientIDList } }';
const updateThumbprint =
  'mutation ($arn: String!, $list: [String!]!) { updateOpenIDConnectProviderThumbprint(input: { openIDConnectProviderArn: $arn, thumbprintList: $list }) { thumbprintList } }';
const tag = 'mutation ($arn: String!, $tags: [TagInput!]!) { tagOpenIDConnectProvider(input: { openIDConnectProviderArn: $arn, tags: $tags }) { arn } }';
const untag = 'mutation ($arn: String!, $keys: [String!]!) { untagOpenIDConnectProvider(input: { openIDConnectProviderArn: $arn, tagKeys: $keys }) { arn } }';
const listTags = 'query ($arn: String!) { listOpenIDConnectProviderTags(openIDConnectProviderArn: $arn) { totalCount edges { node { key value } } } }';

const thumbprint = (digit: string) => digit.repeat(40);

beforeAll(async () => {
  api = await startTestApi({ quotas: { openIdConnectProvidersPerAccount: 3 } });
  world = new IamWorld(api);
  home = await world.account();
  other = await world.account();
});
afterAll(() => api.stop());

describe('createOpenIDConnectProvider', () => {
  it('registers the issuer under AWS\'s ARN and answers it as GetOpenIDConnectProvider and ListOpenIDConnectProviders do', async () => {
    const { createOpenIDConnectProvider: created } = await home.root.data(create, {
      input: {
        url: 'https://token.actions.githubusercontent.com',
        clientIDList: ['sts.amazonaws.com', 'sts.amazonaws.com'],
        thumbprintList: [thumbprint('a')],
        tags: [{ key: 'team', value: 'platform' }],
      },
    });
    const arn = `arn:aws:iam::${home.accountId}:oidc-provider/token.actions.githubusercontent.com`;
    expect(created).toMatchObject({ arn, url: 'token.actions.githubusercontent.com', clientIDList: ['sts.amazonaws.com'], thumbprintList: [thumbprint('a')] });
    expect((await home.root.data(get, { arn })).getOpenIDConnectProvider).toEqual(created);
    const listed = (await home.root.data(list)).listOpenIDConnectProviders;
    expect(listed.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({ arn, url: 'token.actions.githubusercontent.com' });
    expect((await other.root.data(list)).listOpenIDConnectProviders).toEqual({ totalCount: 0, edges: [] });

    const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'CreateOpenIDConnectProvider', resources: { has: arn } } });
    expect(event).toMatchObject({ accountId: home.accountId, eventSource: 'iam.amazonaws.com', responseElements: { openIDConnectProviderArn: arn } });
  });

  it('refuses the same issuer twice, URLs that are not https:// issuers, and bad thumbprints, creating nothing', async () => {
    const again = await home.root.error(create, { input: { url: 'https://token.actions.githubusercontent.com' } });
    expect(again).toMatchObject({ message: 'Provider with url https://token.actions.githubusercontent.com already exists.', extensions: { code: 'EntityAlreadyExists' } });
    for (const url of ['http://issuer.example.com', 'issuer.example.com', 'https://issuer.example.com/?tenant=1', 'https://issuer.example.com/#x', 'http://127.0.0.1:8080']) {
      expect((await home.root.error(create, { input: { url } })).extensions).toMatchObject({ code: 'InvalidInput', field: 'input.url' });
    }
    expect((await home.root.error(create, { input: { url: 'https://x.example.com', thumbprintList: ['abc'] } })).extensions.code).toBe('InvalidInput');
    expect((await home.root.error(create, { input: { url: 'https://x.example.com', thumbprintList: [thumbprint('z')] } })).extensions.code).toBe('InvalidInput');
    const six = ['1', '2', '3', '4', '5', '6'].map(thumbprint);
    expect(await home.root.error(create, { input: { url: 'https://x.example.com', thumbprintList: six } })).toMatchObject({
      message: 'Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: 5.',
      extensions: { code: 'LimitExceeded' },
    });
    expect(await api.prisma.openIdConnectProvider.count({ where: { accountId: home.accountId, url: 'x.example.com' } })).toBe(0);
  });

  it('stops at the account\'s quota of providers', async () => {
    const account = await world.account();
    for (const n of [1, 2, 3]) await account.root.data(create, { input: { url: `https://issuer${n}.example.com/tenant` } });
    expect(await account.root.error(create, { input: { url: 'https://issuer4.example.com' } })).toMatchObject({
      message: 'Cannot exceed quota for OpenIdConnectProvidersPerAccount: 3.',
      extensions: { code: 'LimitExceeded' },
    });
  });

  it('accepts a plain-HTTP loopback issuer only on a server that allows them', async () => {
    const insecure = await startTestApi({ oidc: { allowInsecureLoopback: true } });
    try {
      const account = await new IamWorld(insecure).account();
      const { createOpenIDConnectProvider } = await account.root.data(create, { input: { url: 'http://127.0.0.1:8080/dev' } });
      expect(createOpenIDConnectProvider.arn).toBe(`arn:aws:iam::${account.accountId}:oidc-provider/127.0.0.1:8080/dev`);
      expect((await account.root.error(create, { input: { url: 'http://issuer.example.com' } })).extensions.code).toBe('InvalidInput');
    } finally {
      await insecure.stop();
    }
  });
});

describe('a provider\'s client IDs, thumbprints and tags', () => {
  let arn: string;
  beforeAll(async () => {
    ({
      createOpenIDConnectProvider: { arn },
    } = await home.root.data(create, { input: { url: 'https://kubernetes.example.com/cluster-1', clientIDList: ['sts.amazonaws.com'] } }));
  });

  it('adds and removes client IDs, doing nothing for one already there or absent', async () => {
    expect((await home.root.data(addClientID, { arn, id: 'payments' })).addClientIDToOpenIDConnectProvider.clientIDList).toEqual(['sts.amazonaws.com', 'payments']);
    expect((await home.root.data(addClientID, { arn, id: 'payments' })).addClientIDToOpenIDConnectProvider.clientIDList).toEqual(['sts.amazonaws.com', 'payments']);
    expect((await home.root.data(removeClientID, { arn, id: 'sts.amazonaws.com' })).removeClientIDFromOpenIDConnectProvider.clientIDList).toEqual(['payments']);
    expect((await home.root.data(removeClientID, { arn, id: 'absent' })).removeClientIDFromOpenIDConnectProvider.clientIDList).toEqual(['payments']);
  });

  it('replaces the thumbprints, at most five', async () => {
    expect((await home.root.data(updateThumbprint, { arn, list: [thumbprint('b'), thumbprint('c')] })).updateOpenIDConnectProviderThumbprint.thumbprintList).toEqual([
      thumbprint('b'),
      thumbprint('c'),
    ]);
    const six = ['1', '2', '3', '4', '5', '6'].map(thumbprint);
    expect((await home.root.error(updateThumbprint, { arn, list: six })).extensions.code).toBe('LimitExceeded');
    expect((await home.root.data(get, { arn })).getOpenIDConnectProvider.thumbprintList).toEqual([thumbprint('b'), thumbprint('c')]);
  });

  it('tags and untags with AWS\'s tag rules', async () => {
    await home.root.data(tag, { arn, tags: [{ key: 'Env', value: 'prod' }, { key: 'team', value: 'payments' }] });
    await home.root.data(tag, { arn, tags: [{ key: 'env', value: 'staging' }] });
    expect((await home.root.data(listTags, { arn })).listOpenIDConnectProviderTags.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { key: 'env', value: 'staging' },
      { key: 'team', value: 'payments' },
    ]);
    expect((await home.root.error(tag, { arn, tags: [{ key: 'aws:reserved', value: 'x' }] })).extensions.code).toBe('InvalidInput');
    await home.root.data(untag, { arn, keys: ['TEAM', 'missing'] });
    expect((await home.root.data(get, { arn })).getOpenIDConnectProvider.tags).toEqual([{ key: 'env', value: 'staging' }]);
  });

  it('is out of reach from another account, which is refused as AWS refuses across accounts', async () => {
    const error = await other.root.error(get, { arn });
    expect(error.extensions.code).toBe('AccessDenied');
    expect((await other.root.error(remove, { arn })).extensions.code).toBe('AccessDenied');
  });

  it('is deleted idempotently, as AWS documents, and is then no longer found', async () => {
    expect((await home.root.data(remove, { arn })).deleteOpenIDConnectProvider).toBe(true);
    expect((await home.root.data(remove, { arn })).deleteOpenIDConnectProvider).toBe(true);
    expect(await home.root.error(get, { arn })).toMatchObject({ message: `OpenIDConnect Provider not found for arn ${arn}`, extensions: { code: 'NoSuchEntity' } });
    expect((await home.root.error(addClientID, { arn, id: 'x' })).extensions.code).toBe('NoSuchEntity');
    expect(await api.prisma.openIdConnectProviderTag.count({ where: { provider: { arn } } })).toBe(0);
  });
});
