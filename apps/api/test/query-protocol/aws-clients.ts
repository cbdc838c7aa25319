import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { IamWorld } from '../auth/iam-world';
import type { AwsCredentials } from '../auth/signed-client';
import { recordSecretMembers } from '../support/test-artifacts';
import type { TestApi } from '../support/test-api';

/** The AWS SDK v3 clients, unmodified but for the endpoint, as a user points them at Gatehouse. */
export function awsClients(url: string, credentials: AwsCredentials, region = 'eu-west-3') {
  recordSecretMembers(credentials);
  const common = { endpoint: url, region, credentials, maxAttempts: 1 };
  return { iam: new IAMClient(common), sts: new STSClient(common) };
}

/** A new account whose root user holds an access key, with the SDK clients signed by it. */
export async function rootClients(api: TestApi) {
  const world = new IamWorld(api);
  const account = await world.account();
  const credentials = await world.accessKey(account.root);
  return { world, account, credentials, ...awsClients(api.url, credentials) };
}
