// A local OpenID Connect issuer for the web identity tests (the API's and the console's browser tests, through
// `@gatehouse/api/testing`): HTTPS on 127.0.0.1 with a certificate from a test CA made with the openssl binary (or
// plain HTTP, for the loopback mode), serving any number of issuers ("tenants") by path, each with its discovery
// document and key set, keys made with jose. Never used by the API itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

/** A CA and a server certificate for 127.0.0.1 signed by it, as PEM files in a temporary folder. */
export interface TestCertificates {
  dir: string;
  caFile: string;
  keyFile: string;
  certFile: string;
}

export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-oidc-ca-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '2', '-subj', '/CN=Gatehouse test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  openssl('req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1');
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  openssl('x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial',
    '-out', file('server.pem'), '-days', '2', '-extfile', file('server.ext'));
  return { dir, caFile: file('ca.pem'), keyFile: file('server.key'), certFile: file('server.pem') };
}

export type SigningAlgorithm = 'RS256' | 'ES256';

export interface SigningKey {
  kid: string;
  alg: SigningAlgorithm;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  publicJwk: JWK;
  /** The public key as PEM: what an algorithm-confusion attack would use as an HMAC secret. */
  publicPem: string;
}

/** How an issuer's key set is served. */
export type KeySetMode = 'normal' | 'oversized' | 'unreachable' | 'hanging' | 'redirect-to-other-host';

/** One issuer: `${origin}/${name}`. */
export class TestIssuerTenant {
  readonly published: SigningKey[] = [];
  mode: KeySetMode = 'normal';
  /** How many times its key set was fetched. */
  keySetFetches = 0;

  constructor(
    readonly issuer: string,
    private readonly otherHostOrigin: string,
  ) {}

  /** AWS's form of the URL (without the scheme): what the provider's ARN and condition keys are named after. */
  get providerUrl(): string {
    return this.issuer.replace(/^https?:\/\//, '');
  }

  async newKey(alg: SigningAlgorithm, options: { publish?: boolean } = {}): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const kid = `${alg.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}`;
    const key: SigningKey = { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }, publicPem: await exportSPKI(publicKey) };
    if (options.publish ?? true) this.published.push(key);
    return key;
  }

  publish(key: SigningKey): void {
    this.published.push(key);
  }

  /**
   * A token signed by `key` with the issuer as `iss`, valid for five minutes unless the claims say otherwise; with
   * `withoutKid`, its header names no key, as some issuers' tokens do.
   */
  sign(key: SigningKey, claims: JWTPayload, options: { withoutKid?: boolean } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iat: now, nbf: now, exp: now + 300, ...claims, iss: claims.iss ?? this.issuer })
      .setProtectedHeader({ alg: key.alg, typ: 'JWT', ...(options.withoutKid ? {} : { kid: key.kid }) })
      .sign(key.privateKey);
  }

  /** GitHub Actions' claim set for a push to `ref` of `repository`. */
  githubActionsClaims(repository: string, ref = 'refs/heads/main', audience = 'sts.amazonaws.com'): JWTPayload {
    const [owner = ''] = repository.split('/');
    return {
      aud: audience,
      sub: `repo:${repository}:ref:${ref}`,
      jti: `jti-${Math.random().toString(36).slice(2)}`,
      ref,
      sha: 'a'.repeat(40),
      repository,
      repository_owner: owner,
      repository_id: '123456789',
      actor: 'octocat',
      actor_id: '583231',
      workflow: 'Deploy',
      job_workflow_ref: `${repository}/.github/workflows/deploy.yml@${ref}`,
      event_name: 'push',
      ref_type: 'branch',
      runner_environment: 'github-hosted',
    };
  }

  /** A Kubernetes projected service account token's claim set (audience list, `kubernetes.io` claim). */
  kubernetesClaims(namespace: string, serviceAccount: string, audience = 'sts.amazonaws.com'): JWTPayload {
    return {
      aud: [audience],
      sub: `system:serviceaccount:${namespace}:${serviceAccount}`,
      'kubernetes.io': {
        namespace,
        serviceaccount: { name: serviceAccount, uid: '6f0e0c3e-0a4b-4f5e-9a3f-0c1f0e2d3c4b' },
        pod: { name: `${serviceAccount}-7d9c6b8f5-x2k4q`, uid: '0b4a9f8e-1c2d-4e3f-8a7b-6c5d4e3f2a1b' },
      },
    };
  }

  respond(path: string, res: ServerResponse): void {
    if (path === '/.well-known/openid-configuration') {
      return json(res, { issuer: this.issuer, jwks_uri: `${this.issuer}/jwks`, id_token_signing_alg_values_supported: ['RS256', 'ES256'] });
    }
    if (path !== '/jwks') return json(res, { error: 'not found' }, 404);
    this.keySetFetches += 1;
    switch (this.mode) {
      case 'unreachable':
        res.socket?.destroy();
        return;
      case 'hanging':
        // Headers, then nothing: the body never ends.
        res.writeHead(200, { 'content-type': 'application/json' }).write('{"keys": [');
        return;
      case 'redirect-to-other-host':
        res.writeHead(302, { location: `${this.otherHostOrigin}${new URL(this.issuer).pathname}/jwks` }).end();
        return;
      case 'oversized':
        return json(res, { keys: [...this.published.map((key) => key.publicJwk), { kty: 'oct', kid: 'padding', k: 'A'.repeat(300_000) }] });
      case 'normal':
        return json(res, { keys: this.published.map((key) => key.publicJwk) }, 200, { 'cache-control': 'public, max-age=3600' });
    }
  }
}

function json(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** The issuer server: HTTPS with the test CA's certificate, or plain HTTP for the loopback mode. */
export class OidcTestIssuer {
  private readonly tenants = new Map<string, TestIssuerTenant>();

  private constructor(
    private readonly server: Server,
    readonly origin: string,
    readonly certificates: TestCertificates | undefined,
    private readonly ownsCertificates: boolean,
  ) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const [, name = '', ...rest] = (req.url ?? '/').split('/');
      const tenant = this.tenants.get(name);
      if (!tenant) return json(res, { error: 'no such issuer' }, 404);
      tenant.respond(`/${rest.join('/')}`, res);
    });
  }

  /** `certificates`: ones made beforehand (the API process that must trust them starts first); they are then not removed. */
  static async start(options: { protocol?: 'https' | 'http'; certificates?: TestCertificates } = {}): Promise<OidcTestIssuer> {
    const certificates = options.protocol === 'http' ? undefined : (options.certificates ?? makeTestCertificates());
    const server = certificates
      ? createHttpsServer({ key: readFileSync(certificates.keyFile), cert: readFileSync(certificates.certFile) })
      : createHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new OidcTestIssuer(server, `${certificates ? 'https' : 'http'}://127.0.0.1:${port}`, certificates, options.certificates === undefined);
  }

  /** A new issuer at `${origin}/${name}`. */
  tenant(name: string): TestIssuerTenant {
    // The same server under another host name: a redirect there leaves the issuer's host.
    const tenant = new TestIssuerTenant(`${this.origin}/${name}`, this.origin.replace('127.0.0.1', 'localhost'));
    this.tenants.set(name, tenant);
    return tenant;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.certificates && this.ownsCertificates) rmSync(this.certificates.dir, { recursive: true, force: true });
  }
}
