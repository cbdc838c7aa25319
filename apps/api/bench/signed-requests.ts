import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export interface SignedRequests {
  /** The next body, in turn. */
  body(): string;
  /** The signed headers that go with a body `body()` returned. */
  headersFor(body: string): Record<string, string>;
}

/**
 * Bodies signed ahead with AWS Signature Version 4 (the AWS SDK's signer), as a script using an access key sends
 * them: autocannon builds each request synchronously, and signing is asynchronous. A signature stays valid for 15
 * minutes, far longer than a run, and may be sent again, as AWS allows.
 */
export async function signRequests(
  endpointUrl: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  bodies: string[],
  contentType = 'application/json',
  /** The signing name (`gatehouse` for the JSON protocol) and headers the signature covers besides host and content type. */
  signing: { service?: string; headers?: Record<string, string> } = {},
): Promise<SignedRequests> {
  const url = new URL(endpointUrl);
  const signer = new SignatureV4({ service: signing.service ?? 'iam', region: 'us-east-1', credentials, sha256: Sha256 });
  const headers = new Map<string, Record<string, string>>();
  for (const body of bodies) {
    const signed = await signer.sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: { host: url.host, 'content-type': contentType, ...signing.headers },
      body,
    });
    const { host: _host, ...rest } = signed.headers;
    headers.set(body, rest);
  }
  let next = 0;
  return {
    body: () => bodies[next++ % bodies.length]!,
    headersFor: (body) => headers.get(body)!,
  };
}
