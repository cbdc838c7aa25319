// What the authorize benches set up through the API: users with an inline policy and an access key, and requests to
// the orders service signed as a client's SDK signs them (the evidence a protected service passes on).
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export type Credentials = { accessKeyId: string; secretAccessKey: string };

/** A GraphQL call as the console makes it (session cookie); returns the data and the cookie it was given. */
export async function call(graphqlUrl: string, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const setCookie = response.headers.getSetCookie()[0];
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`setup failed: ${JSON.stringify(body.errors)}`);
  return { data: body.data, cookie: setCookie?.split(';')[0] ?? cookie };
}

/** A user allowed `statement` (inline policy), with an access key: its credentials and its user id. */
export async function userWithKey(graphqlUrl: string, cookie: string, userName: string, statement: object): Promise<Credentials & { userId: string }> {
  const { userId } = (await call(graphqlUrl, cookie, 'mutation ($u: String!) { createUser(input: { userName: $u }) { userId } }', { u: userName })).data.createUser;
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
  await call(graphqlUrl, cookie, 'mutation ($u: String!, $d: String!) { putUserPolicy(input: { userName: $u, policyName: "p", policyDocument: $d }) { policyName } }', { u: userName, d: document });
  const key = (await call(graphqlUrl, cookie, 'mutation ($u: String!) { createAccessKey(input: { userName: $u }) { accessKeyId secretAccessKey } }', { u: userName })).data.createAccessKey;
  return { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, userId };
}

/** `count` requests to the orders service, each for another order, signed as `alice`'s SDK would: `authorize` inputs. */
export async function evidence(accountId: string, alice: Credentials, count: number) {
  const signer = new SignatureV4({ service: 'orders', region: 'us-east-1', credentials: alice, sha256: Sha256 });
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const path = `/orders/${i}`;
      const signed = await signer.sign({ method: 'GET', protocol: 'https:', hostname: 'orders.example.com', path, query: {}, headers: { host: 'orders.example.com' } });
      return {
        action: 'orders:GetOrder',
        resource: `arn:aws:orders:us-east-1:${accountId}:order/${i}`,
        signedRequest: { method: 'GET', url: `https://orders.example.com${path}`, headers: Object.entries(signed.headers).map(([name, value]) => ({ name, value })) },
      };
    }),
  );
}
