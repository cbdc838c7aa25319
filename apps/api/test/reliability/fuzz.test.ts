import fc from 'fast-check';
import { OidcTestIssuer } from '../../src/testing/oidc-test-issuer';
import { createRootAccount, startTestApi, type TestApi } from '../support/test-api';
import { GraphQLClient } from '../support/graphql-client';
import { SignedJsonClient } from '../json-protocol/signed-json-client';
import {
  authorizeJsonProperty,
  authorizeProperty,
  cookieProperty,
  graphqlArgumentsProperty,
  policyDocumentProperty,
  queryProtocolProperty,
  sigV4Property,
  webIdentityFuzzTarget,
  webIdentityProperty,
  writesOnFailure,
  type HttpFuzzTarget,
  type WebIdentityFuzzTarget,
} from './fuzz';

// The bounded form of `npm run soak`'s fuzzing: 6,100 cases here, 100,000 and more there (scripts/soak.ts).

let api: TestApi;
let issuer: OidcTestIssuer;
let target: HttpFuzzTarget;
let fuzzTargetArn: string;
let identity: WebIdentityFuzzTarget;
let rootJson: SignedJsonClient;

beforeAll(async () => {
  issuer = await OidcTestIssuer.start({ protocol: 'http' });
  api = await startTestApi({ oidc: { allowInsecureLoopback: true } });
  const root = await createRootAccount(api.prisma);
  const client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  fuzzTargetArn = (await client.data('mutation { createUser(input: { userName: "fuzz-target" }) { arn } }')).createUser.arn;
  identity = await webIdentityFuzzTarget(client, issuer);
  rootJson = new SignedJsonClient(api.url, (await client.data('mutation { createAccessKey { accessKeyId secretAccessKey } }')).createAccessKey);
  target = { graphqlUrl: api.graphqlUrl, cookie: client.cookie!, figures: { cases: 0, http: 0, fiveXX: 0, unanswered: 0, uncoded: 0 }, failedRequestIds: [] };
});
afterAll(async () => {
  await api.stop();
  await issuer.stop();
});

async function expectServing(): Promise<void> {
  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
}

describe('fuzzing: never a 5xx, always an AWS code, nothing written by a failed request, the server stays up', () => {
  it('GraphQL operations with hostile arguments (800 cases)', async () => {
    await fc.assert(graphqlArgumentsProperty(target), { numRuns: 800 });
    await expectServing();
  }, 300_000);

  it('SigV4 Authorization headers (600 cases) and session cookies (600 cases)', async () => {
    await fc.assert(sigV4Property(target), { numRuns: 600 });
    await fc.assert(cookieProperty(target), { numRuns: 600 });
    await expectServing();
  }, 120_000);

  it('authorize and authorizeBatch with hostile policies, context entries, signed requests and principals (300 cases)', async () => {
    await fc.assert(authorizeProperty(target, fuzzTargetArn), { numRuns: 300 });
    await expectServing();
  }, 180_000);

  it('authorize and authorizeBatch over the AWS JSON protocol, signed by the root user, with the same hostile inputs (200 cases)', async () => {
    await fc.assert(authorizeJsonProperty(target, rootJson, fuzzTargetArn), { numRuns: 200 });
    await expectServing();
  }, 180_000);

  it('AssumeRoleWithWebIdentity with garbage, alg none, huge and wrongly issued tokens (200 cases)', async () => {
    await fc.assert(webIdentityProperty(target, identity), { numRuns: 200 });
    await expectServing();
  }, 180_000);

  it('the AWS Query protocol with hostile forms, unknown actions, bad encodings and repeated keys (400 cases), answering in AWS XML', async () => {
    await fc.assert(queryProtocolProperty(target), { numRuns: 400 });
    await expectServing();
  }, 180_000);

  it('policy documents through the parser and the validator (3,000 cases)', () => {
    const figures = { cases: 0, http: 0, fiveXX: 0, unanswered: 0, uncoded: 0 };
    fc.assert(policyDocumentProperty(figures), { numRuns: 3000 });
    expect(figures.cases).toBe(3000);
  }, 120_000);

  it('left no change behind for any request that failed', async () => {
    expect(target.figures).toMatchObject({ http: 3100, fiveXX: 0, unanswered: 0, uncoded: 0 });
    expect(target.failedRequestIds.length).toBeGreaterThan(1000);
    expect(await writesOnFailure(api.prisma, target.failedRequestIds)).toBe(0);
  });
});
