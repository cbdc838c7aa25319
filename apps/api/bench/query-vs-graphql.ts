import { buildApiSchema } from '../src/graphql/build-schema';
import { buildQueryOperation } from '../src/query-protocol/query-operation';
import { serviceModels } from '../src/query-protocol/service-models';
import { benchUserName } from './bench-database';
import type { ChildServer } from './child-server';
import type { Scenario } from './measure';
import { signRequests } from './signed-requests';

/**
 * The same operations through AWS's Query protocol and through GraphQL, each request signed with SigV4 by the same
 * IAM user (the Query protocol takes no console cookie), and the GraphQL request selecting exactly what the Query
 * protocol selects: the difference is the translation (form decoding, XML writing), nothing else.
 */
export async function queryVsGraphqlScenarios(
  api: ChildServer,
  cookie: { cookie: string },
  sizes: { mainUsers: number; creates: number },
): Promise<Array<{ graphql: Scenario; query: Scenario }>> {
  const graphqlUrl = `${api.url}/graphql`;
  const queryUrl = `${api.url}/`;
  const credentials = await createAdminScript(graphqlUrl, cookie);
  const schema = await buildApiSchema();
  const [iam] = serviceModels;
  const documentOf = (action: string) => buildQueryOperation(schema, iam!, action)!.document;
  const randomUserName = () => benchUserName(1 + Math.floor(Math.random() * sizes.mainUsers));
  let created = 0;
  const newName = () => `query-bench-${process.pid}-${++created}`;

  const operations = [
    {
      name: 'GetUser',
      count: 1000,
      graphql: () => JSON.stringify({ query: documentOf('GetUser'), variables: { userName: randomUserName() } }),
      query: () => `Action=GetUser&Version=2010-05-08&UserName=${randomUserName()}`,
    },
    {
      name: 'ListUsers of 100',
      count: 1,
      graphql: () => JSON.stringify({ query: documentOf('ListUsers'), variables: { first: 100 } }),
      query: () => 'Action=ListUsers&Version=2010-05-08&MaxItems=100',
    },
    {
      name: 'CreateUser',
      count: sizes.creates,
      graphql: () => JSON.stringify({ query: documentOf('CreateUser'), variables: { input: { userName: newName() } } }),
      query: () => `Action=CreateUser&Version=2010-05-08&UserName=${newName()}`,
    },
  ];
  const scenarios: Array<{ graphql: Scenario; query: Scenario }> = [];
  for (const operation of operations) {
    const graphqlSigned = await signRequests(graphqlUrl, credentials, Array.from({ length: operation.count }, operation.graphql));
    const querySigned = await signRequests(queryUrl, credentials, Array.from({ length: operation.count }, operation.query), 'application/x-www-form-urlencoded');
    scenarios.push({
      graphql: { name: `${operation.name}, GraphQL (SigV4)`, server: api, url: graphqlUrl, headers: {}, ...graphqlSigned },
      query: { name: `${operation.name}, Query API (SigV4)`, server: api, url: queryUrl, headers: {}, ...querySigned },
    });
  }
  return scenarios;
}

/** An IAM user allowed GetUser, ListUsers and CreateUser, with an access key: the caller of both protocols. */
async function createAdminScript(graphqlUrl: string, cookie: { cookie: string }): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const call = async (query: string) => {
    const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...cookie }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
    if (!body.data || body.errors) throw new Error(`setting up the protocol bench user failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListUsers', 'iam:CreateUser'], Resource: '*' }] });
  await call('mutation { createUser(input: { userName: "protocol-bench" }) { userId } }');
  await call(`mutation { putUserPolicy(input: { userName: "protocol-bench", policyName: "users", policyDocument: ${JSON.stringify(document)} }) { policyName } }`);
  return (await call('mutation { createAccessKey(input: { userName: "protocol-bench" }) { accessKeyId secretAccessKey } }')).createAccessKey;
}

