import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentials } from '../auth/signed-client';
import { recordSecretMembers } from '../support/test-artifacts';

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export interface JsonCallOptions {
  signingDate?: Date;
  /** Signed and sent as is in place of the JSON of the input (a malformed body). */
  rawBody?: string;
  /** Sent in place of the signed body (a tampered request). */
  tamperedBody?: string;
  contentType?: string;
  /** The signing name; `gatehouse` unless given. */
  service?: string;
  unsigned?: boolean;
}

/**
 * A client of the API's AWS JSON 1.0 protocol, signing each call with the AWS SDK's own signer
 * (`@smithy/signature-v4`, signing name `gatehouse`) as a service using an AWS SDK would. Its credentials and the
 * secrets in its inputs are recorded for the suite's secrets scan, unless `recordSecrets` is false (outside jest: the
 * soak, which has no scan).
 */
export class SignedJsonClient {
  private readonly recordSecrets: boolean;

  constructor(
    readonly baseUrl: string,
    readonly credentials: AwsCredentials,
    options: { recordSecrets?: boolean } = {},
  ) {
    this.recordSecrets = options.recordSecrets ?? true;
    if (this.recordSecrets) recordSecretMembers(credentials);
  }

  async call(target: string, input: unknown, options: JsonCallOptions = {}): Promise<JsonAnswer> {
    if (this.recordSecrets) recordSecretMembers(input);
    const url = new URL(this.baseUrl);
    const body = options.rawBody ?? JSON.stringify(input);
    const headers: Record<string, string> = {
      host: url.host,
      'content-type': options.contentType ?? 'application/x-amz-json-1.0',
      'x-amz-target': `Gatehouse.${target}`,
    };
    const signer = new SignatureV4({ service: options.service ?? 'gatehouse', region: 'us-east-1', credentials: this.credentials, sha256: Sha256 });
    const signed = options.unsigned
      ? { headers }
      : await signer.sign({ method: 'POST', protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: '/', query: {}, headers, body }, { signingDate: options.signingDate });
    const { host: _host, ...sent } = signed.headers;
    const response = await fetch(new URL('/', url), { method: 'POST', headers: sent, body: options.tamperedBody ?? body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }
}
