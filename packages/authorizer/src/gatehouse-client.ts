import { createHash } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

/** The protected service's own Gatehouse credentials: it needs `gatehouse:Authorize` on its service prefix. */
export interface GatehouseCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The request the protected service received, as `authorize` takes it. */
export interface ForwardedRequest {
  method: string;
  url: string;
  headers: Array<{ name: string; value: string }>;
  body: Buffer;
  /** The client's address as the service saw it: Gatehouse throttles wrong signatures per service and address. */
  sourceIpAddress?: string;
}

export interface Decision {
  decision: 'allowed' | 'explicitDeny' | 'implicitDeny';
  principalArn: string;
  accountId: string;
}

/** Gatehouse's refusal of the evidence (SignatureDoesNotMatch, InvalidClientTokenId, ExpiredToken, RequestExpired…). */
export class GatehouseRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const AUTHORIZE = `query ($input: AuthorizeInput!) { authorize(input: $input) { decision principalArn accountId } }`;

/**
 * Asks Gatehouse's GraphQL `authorize` for one decision, signing the call as the AWS CLI signs IAM calls (service
 * `iam`, region `us-east-1`). The body travels as its SHA-256 only: Gatehouse needs no more to check the signature.
 * Nothing is cached: each answer reflects the policies as they are now.
 */
export class GatehouseClient {
  private readonly signer: SignatureV4;
  private readonly url: URL;

  constructor(graphqlUrl: string, credentials: GatehouseCredentials) {
    this.url = new URL(graphqlUrl);
    this.signer = new SignatureV4({ service: 'iam', region: 'us-east-1', credentials, sha256: Sha256 });
  }

  async authorize(action: string, resource: string, request: ForwardedRequest): Promise<Decision> {
    const { body, ...rest } = request;
    const signedRequest = { ...rest, bodySha256: createHash('sha256').update(body).digest('hex') };
    const payload = JSON.stringify({ query: AUTHORIZE, variables: { input: { action, resource, signedRequest } } });
    const signed = await this.signer.sign({
      method: 'POST',
      protocol: this.url.protocol,
      hostname: this.url.hostname,
      ...(this.url.port ? { port: Number(this.url.port) } : {}),
      path: this.url.pathname,
      query: {},
      headers: { host: this.url.host, 'content-type': 'application/json' },
      body: payload,
    });
    const { host: _host, ...headers } = signed.headers;
    const response = await fetch(this.url, { method: 'POST', headers, body: payload });
    const answer = (await response.json()) as { data?: { authorize: Decision } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    const [error] = answer.errors ?? [];
    if (error || !answer.data) throw new GatehouseRefusal(error?.extensions?.code ?? 'ServiceFailure', error?.message ?? `Gatehouse answered HTTP ${response.status}`);
    return answer.data.authorize;
  }
}
