import type { AwsCredentials } from '../auth/signed-client';
import type { GraphQLClient } from './graphql-client';

/** A new IAM user of the signed-in client's account with an access key and, if given, an inline policy. */
export async function userWithKey(admin: GraphQLClient, userName: string, document?: string): Promise<AwsCredentials> {
  await admin.data('mutation ($u: String!) { createUser(input: { userName: $u }) { userName } }', { u: userName });
  if (document) {
    await admin.data('mutation ($u: String!, $d: String!) { putUserPolicy(input: { userName: $u, policyName: "p", policyDocument: $d }) { policyName } }', { u: userName, d: document });
  }
  const { createAccessKey } = await admin.data('mutation ($u: String!) { createAccessKey(input: { userName: $u }) { accessKeyId secretAccessKey } }', { u: userName });
  return createAccessKey;
}
