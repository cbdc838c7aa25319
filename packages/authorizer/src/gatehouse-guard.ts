import { accessDenied, type AccessDeniedResponse } from './access-denied';
import { GatehouseClient, GatehouseRefusal, type Decision, type GatehouseCredentials } from './gatehouse-client';
import { RouteTable, type Route } from './route-table';

export interface AuthorizerOptions {
  /** Gatehouse's base URL, e.g. `https://gatehouse.example.com` (its AWS JSON protocol is served at `/`). */
  gatehouseUrl: string;
  /** The service's own access key, allowed `gatehouse:Authorize` on `arn:aws:gatehouse::ACCOUNT:service/PREFIX`. */
  credentials: GatehouseCredentials;
  routes: readonly Route[];
  /** How clients reach the service, for `aws:SecureTransport`: behind a TLS-terminating proxy, `https`. */
  protocol?: 'http' | 'https';
}

/** The request as a framework hands it over: method, path with query, headers, the raw body's bytes. */
export interface IncomingSignedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  encrypted: boolean;
  /** The client's address, passed on so that Gatehouse throttles forged signatures per client of this service. */
  sourceIpAddress?: string;
}

export type GuardOutcome = { allowed: true; decision: Decision; action: string; resource: string } | { allowed: false; response: AccessDeniedResponse };

/**
 * The framework-independent step: the route table names the action and resource, Gatehouse decides for the request's
 * signer. A request no route declares is refused, so that a forgotten route is closed rather than open.
 */
export class GatehouseGuard {
  private readonly client: GatehouseClient;
  private readonly routes: RouteTable;

  constructor(private readonly options: AuthorizerOptions) {
    this.client = new GatehouseClient(options.gatehouseUrl, options.credentials);
    this.routes = new RouteTable(options.routes);
  }

  async check(request: IncomingSignedRequest): Promise<GuardOutcome> {
    const path = request.url.split('?')[0] ?? '/';
    const route = this.routes.match(request.method, path);
    if (!route) return { allowed: false, response: accessDenied(`No route allows ${request.method} ${path}`) };
    const protocol = this.options.protocol ?? (request.encrypted ? 'https' : 'http');
    const headers = Object.entries(request.headers).flatMap(([name, value]) =>
      value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((one) => ({ name, value: one })),
    );
    try {
      const decision = await this.client.authorize(route.action, route.resource, {
        method: request.method,
        url: `${protocol}://${headerValue(request.headers.host) ?? 'localhost'}${request.url}`,
        headers,
        body: request.body,
        ...(request.sourceIpAddress ? { sourceIpAddress: request.sourceIpAddress } : {}),
      });
      if (decision.decision === 'allowed') return { allowed: true, decision, ...route };
      const reason = decision.decision === 'explicitDeny' ? 'with an explicit deny' : `because no policy allows the ${route.action} action`;
      return {
        allowed: false,
        response: accessDenied(`User: ${decision.principalArn} is not authorized to perform: ${route.action} on resource: ${route.resource} ${reason}`),
      };
    } catch (error) {
      if (error instanceof GatehouseRefusal) return { allowed: false, response: accessDenied(error.message, error.code, error.code === 'ServiceFailure' ? 503 : 403) };
      throw error;
    }
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
