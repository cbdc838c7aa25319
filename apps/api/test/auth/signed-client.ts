import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { GraphQLErrorBody, GraphQLResponse } from '../support/graphql-client';
import { recordSecret, recordSecretLiterals, recordSecretMembers } from '../support/test-artifacts';

/** Credentials as AWS hands them out: long-term (AKIA) or temporary (ASIA with a session token). */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SigningOptions {
  /** Signs as if the clock showed this date (an expired or future signature). */
  signingDate?: Date;
  /** Changes the body after signing (a tampered request). */
  tamperBody?: (body: string) => string;
  /** A console session cookie sent along, outside the signature. */
  cookie?: string;
  /**
   * Presigns instead (AWS query-string authentication, `SignatureV4#presign`): the signature travels in the URL,
   * valid for `expiresIn` seconds from the signing date.
   */
  presign?: { expiresIn: number; tamperUrl?: (url: URL) => void; unsignedPayload?: boolean };
}

/**
 * A GraphQL client that signs every POST with AWS Signature Version 4 using the AWS SDK's own signer
 * (`@smithy/signature-v4`), service `iam`, region `us-east-1`, as the AWS CLI would. Its credentials and every
 * secret it sends or receives are recorded for the suite's secrets scan.
 */
export class SignedGraphQLClient {
  constructor(
    readonly graphqlUrl: string,
    readonly credentials: AwsCredentials,
  ) {
    recordSecretMembers(credentials);
  }

  async request<TData = any>(query: string, variables?: Record<string, unknown>, options: SigningOptions = {}): Promise<GraphQLResponse<TData>> {
    recordSecretLiterals(query);
    recordSecretMembers(variables);
    const url = new URL(this.graphqlUrl);
    const body = JSON.stringify({ query, variables });
    const signer = new SignatureV4({ service: 'iam', region: 'us-east-1', credentials: this.credentials, sha256: Sha256 });
    if (options.presign) return this.sendPresigned(signer, url, body, options);
    const signed = await signer.sign(
      {
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: {},
        headers: { host: url.host, 'content-type': 'application/json' },
        body,
      },
      { signingDate: options.signingDate },
    );
    const { host: _host, ...headers } = signed.headers;
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, ...(options.cookie ? { cookie: options.cookie } : {}) },
      body: options.tamperBody ? options.tamperBody(body) : body,
    });
    return this.readResponse<TData>(response);
  }

  private async sendPresigned<TData>(signer: SignatureV4, url: URL, body: string, options: SigningOptions): Promise<GraphQLResponse<TData>> {
    const { expiresIn, tamperUrl, unsignedPayload } = options.presign!;
    const presigned = await signer.presign(
      {
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: {},
        headers: { host: url.host, ...(unsignedPayload ? { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } : {}) },
        body,
      },
      { signingDate: options.signingDate, expiresIn },
    );
    // The signature is what the URL's bearer needs: the suite's secrets scan looks for it in logs and audit events.
    const query = presigned.query ?? {};
    recordSecret('X-Amz-Signature', String(query['X-Amz-Signature']));
    const target = new URL(url);
    for (const [name, value] of Object.entries(query)) target.searchParams.set(name, String(value));
    tamperUrl?.(target);
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: options.tamperBody ? options.tamperBody(body) : body,
    });
    return this.readResponse<TData>(response);
  }

  private async readResponse<TData>(response: Response): Promise<GraphQLResponse<TData>> {
    const parsed = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorBody[] };
    recordSecretMembers(parsed.data);
    return { status: response.status, headers: response.headers, data: parsed.data, errors: parsed.errors };
  }

  async data<TData = any>(query: string, variables?: Record<string, unknown>, options?: SigningOptions): Promise<TData> {
    const response = await this.request<TData>(query, variables, options);
    if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  async error(query: string, variables?: Record<string, unknown>, options?: SigningOptions): Promise<GraphQLErrorBody & { status: number }> {
    const response = await this.request(query, variables, options);
    const [error] = response.errors ?? [];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
    return { ...error, status: response.status };
  }
}
