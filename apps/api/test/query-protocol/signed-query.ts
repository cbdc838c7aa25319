import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentials } from '../auth/signed-client';

/**
 * A raw Query request, signed by the AWS SDKs' signer as they sign it, for what an SDK would never send (bad input)
 * or to read the XML exactly as the server wrote it. `body` is sent as given; `headers` may replace the content type.
 */
export async function signedQuery(
  baseUrl: string,
  credentials: AwsCredentials,
  body: string | Buffer,
  options: { service?: 'iam' | 'sts'; headers?: Record<string, string>; method?: 'POST' | 'GET'; query?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; text: string }> {
  const url = new URL(baseUrl);
  const signer = new SignatureV4({ service: options.service ?? 'iam', region: 'us-east-1', credentials, sha256: Sha256 });
  const method = options.method ?? 'POST';
  const signed = await signer.sign({
    method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    query: options.query ?? {},
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...options.headers },
    body: method === 'POST' ? body : undefined,
  });
  const { host: _host, ...headers } = signed.headers;
  const search = new URLSearchParams(options.query ?? {}).toString();
  const response = await fetch(`${baseUrl}/${search ? `?${search}` : ''}`, { method, headers, body: method === 'POST' ? body : undefined });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
