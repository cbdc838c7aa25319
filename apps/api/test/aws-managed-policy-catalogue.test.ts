// With AWS's whole managed policy catalogue present (~1,600 policies, as `npm start` seeds it), the lists and counts
// behave as AWS's: Scope, pages, attachment filters, GetAccountAuthorizationDetails and the account summary. Other test
// files keep a small set of AWS managed policies: creating each test database stays fast.
import { syncAwsManagedPolicies } from '@gatehouse/seed';
import { createRootAccount, startTestApi, type RootAccount, type TestApi } from './support/test-api';
import { GraphQLClient } from './support/graphql-client';

let api: TestApi;
let root: RootAccount;
let client: GraphQLClient;
let catalogueSize: number;

beforeAll(async () => {
  api = await startTestApi();
  catalogueSize = (await syncAwsManagedPolicies(api.prisma)).policies;
  root = await createRootAccount(api.prisma);
  client = new GraphQLClient(api.graphqlUrl);
  await client.signIn(root.email, root.password);
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] });
  await client.data('mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { arn } }', { input: { policyName: 'TeamBuckets', policyDocument: document } });
  await client.data('mutation { createUser(input: { userName: "reader" }) { userId } }');
  await client.data('mutation { attachUserPolicy(input: { userName: "reader", policyArn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" }) { arn } }');
}, 180_000);
afterAll(() => api.stop());

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { policyName: string; arn: string } }[];
}

async function page(args: string): Promise<Page> {
  return (await client.data(`{ listPolicies(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { policyName arn } } } }`)).listPolicies;
}

/** Follows the cursor to the end, as an AWS SDK paginator does with Marker. */
async function everyPolicy(scope: string): Promise<{ names: string[]; pages: number; totalCount: number }> {
  const names: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  do {
    const current: Page = await page(`scope: ${scope}, first: 1000${after ? `, after: "${after}"` : ''}`);
    names.push(...current.edges.map((edge) => edge.node.policyName));
    totalCount = current.totalCount;
    after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
    pages += 1;
  } while (after);
  return { names, pages, totalCount };
}

it('lists AWS managed, local and all policies by Scope, over as many pages as the catalogue needs', async () => {
  expect(catalogueSize).toBeGreaterThan(1500);
  const aws = await everyPolicy('AWS');
  expect(aws).toMatchObject({ totalCount: catalogueSize, pages: 2 });
  expect(new Set(aws.names).size).toBe(catalogueSize);
  expect(aws.names).toEqual(expect.arrayContaining(['AdministratorAccess', 'AmazonS3ReadOnlyAccess', 'ViewOnlyAccess', 'AWSLambdaBasicExecutionRole']));

  expect(await everyPolicy('Local')).toEqual({ names: ['TeamBuckets'], pages: 1, totalCount: 1 });
  const all = await everyPolicy('All');
  expect(all.totalCount).toBe(catalogueSize + 1);
  expect(all.names.sort()).toEqual([...aws.names, 'TeamBuckets'].sort());

  // The default page is AWS's 100.
  const first = await page('scope: AWS');
  expect(first.edges).toHaveLength(100);
  expect(first.pageInfo.hasNextPage).toBe(true);
});

it('filters the catalogue by path and by attachment in this account', async () => {
  const jobFunctions = await page('scope: AWS, pathPrefix: "/job-function/"');
  expect(jobFunctions.edges.map((edge) => edge.node.arn)).toContain('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess');
  expect(jobFunctions.edges.every((edge) => edge.node.arn.startsWith('arn:aws:iam::aws:policy/job-function/'))).toBe(true);
  const attached = await page('scope: AWS, onlyAttached: true');
  expect(attached.edges.map((edge) => edge.node.policyName)).toEqual(['AmazonS3ReadOnlyAccess']);
});

it('reports only the AWS managed policies attached in the account in its authorization details, and counts only its own in the summary', async () => {
  const details = (await client.data('{ getAccountAuthorizationDetails(filter: [AWSManagedPolicy, LocalManagedPolicy]) { policies { policyName } } }'))
    .getAccountAuthorizationDetails;
  expect(details.policies.map((policy: { policyName: string }) => policy.policyName).sort()).toEqual(['AmazonS3ReadOnlyAccess', 'TeamBuckets']);
  const summary = (await client.data('{ getAccountSummary { summaryMap { key value } } }')).getAccountSummary.summaryMap as { key: string; value: number }[];
  expect(summary.find((entry) => entry.key === 'Policies')?.value).toBe(1);
});
