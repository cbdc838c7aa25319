import { sessionCookieName } from '../../src/auth/session-cookie';
import { recordSecret, recordSecretLiterals, recordSecretMembers } from './test-artifacts';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; requestId?: string; field?: string; conflicts?: string[]; [key: string]: unknown };
}

export interface GraphQLResponse<TData = any> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: GraphQLErrorBody[];
}

/**
 * A GraphQL-over-HTTP client for tests: JSON POSTs, and a cookie jar of one cookie, as a browser would keep it. Every
 * secret it sends or receives is recorded for the suite's secrets scan.
 */
export class GraphQLClient {
  cookie: string | undefined;

  constructor(readonly graphqlUrl: string) {}

  async request<TData = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>> {
    recordSecretLiterals(query);
    recordSecretMembers(variables);
    const response = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const expired = /expires=Thu, 01 Jan 1970/i.test(setCookie);
      this.cookie = expired ? undefined : pair;
      if (!expired && pair.startsWith(`${sessionCookieName}=`)) recordSecret('session cookie', pair.slice(sessionCookieName.length + 1));
    }
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorBody[] };
    recordSecretMembers(body.data);
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async data<TData = any>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const response = await this.request<TData>(query, variables);
    if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  /** The single error of a request that must fail. */
  async error(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorBody> {
    const response = await this.request(query, variables);
    const [error] = response.errors ?? [];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
    return error;
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.data('mutation ($input: SignInInput!) { signIn(input: $input) { state } }', { input: { email, password } });
  }
}
