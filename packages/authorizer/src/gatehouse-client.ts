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

/**
 * Asks Gatehouse for one decision through its AWS JSON 1.0 protocol (`POST /`, `X-Amz-Target: Gatehouse.Authorize`),
 * signing the call as an AWS SDK signs a JSON service's (signing name `gatehouse`, region `us-east-1`). The body
 * travels as its SHA-256 only: Gatehouse needs no more to check the signature. Nothing is cached: each answer
 * reflects the policies as they are now.
 */
export class GatehouseClient {
  private readonly signer: SignatureV4;
  private readonly url: URL;

  /** `gatehouseUrl`: the server's base URL, e.g. `https://gatehouse.example.com`. */
  constructor(gatehouseUrl: string, credentials: GatehouseCredentials) {
    this.url = new URL(gatehouseUrl);
    this.signer = new SignatureV4({ service: 'gatehouse', region: 'us-east-1', credentials, sha256: Sha256 });
  }

  async authorize(action: string, resource: string, request: ForwardedRequest): Promise<Decision> {
    const { body, ...rest } = request;
    const payload = JSON.stringify({ action, resource, signedRequest: { ...rest, bodySha256: createHash('sha256').update(body).digest('hex') } });
    const signed = await this.signer.sign({
      method: 'POST',
      protocol: this.url.protocol,
      hostname: this.url.hostname,
      ...(this.url.port ? { port: Number(this.url.port) } : {}),
      path: this.url.pathname,
      query: {},
      headers: { host: this.url.host, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'Gatehouse.Authorize' },
      body: payload,
    });
    const { host: _host, ...headers } = signed.headers;
    const response = await fetch(this.url, { method: 'POST', headers, body: payload });
    const answer = (await response.json().catch(() => undefined)) as (Decision & { __type?: string; message?: string }) | undefined;
    if (response.ok && answer?.decision) return { decision: answer.decision, principalArn: answer.principalArn, accountId: answer.accountId };
    // AWS's JSON error shape: the code in `__type` (and `x-amzn-ErrorType`), the message in `message`.
    const code = answer?.__type ?? response.headers.get('x-amzn-errortype') ?? 'ServiceFailure';
    throw new GatehouseRefusal(response.status >= 500 ? 'ServiceFailure' : code, answer?.message ?? `Gatehouse answered HTTP ${response.status}`);
  }
}
